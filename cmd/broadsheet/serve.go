package main

import (
	"context"
	"fmt"
	"io"
)

// runServe runs "broadsheet serve ARGS".
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "broadsheet serve: not available yet")
	return 1
}
