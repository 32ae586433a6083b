//go:build !pipeline

package main

import (
	"context"
	"fmt"
	"io"
)

const (
	buildSynopsis = "[-s SITE] [-o DEST] [--base-url URL] [--drafts] [--future] [--strict]"
	checkSynopsis = "[-s SITE] [--strict]"
)

func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "broadsheet build: not available yet")
	return exitErrors
}

func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "broadsheet check: not available yet")
	return exitErrors
}
