package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// runVersion runs "broadsheet version".
func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version")
	rest, status := parseFlags(fs, "", args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if len(rest) > 0 {
		return usageError(stderr, "version takes no arguments")
	}
	fmt.Fprintf(stdout, "broadsheet %s %s %s/%s\n", version(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return exitOK
}

// version is the module version the binary was built from, as "go
// install broadsheet/cmd/broadsheet@v1.2.3" records it, or "devel" for a
// build from a working tree.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" || info.Main.Version == "(devel)" {
		return "devel"
	}
	return info.Main.Version
}
