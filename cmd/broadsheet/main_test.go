package main

import (
	"errors"
	"flag"
	"os"
	"os/exec"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script with what the commands print")

// TestMain makes the test binary double as the broadsheet command, which
// the scripts run as "exec broadsheet".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"broadsheet": func() { os.Exit(runMain(os.Args[1:])) },
	})
}

// TestScripts runs the command-line scripts in testdata/script. Each
// script starts in a fresh folder with a fixed clock and no CI variables.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"exits": exits},
		Setup: func(e *testscript.Env) error {
			e.Setenv("BROADSHEET_NOW", "2026-02-13T09:30:00Z")
			e.Setenv("CI", "")
			e.Setenv("GITHUB_ACTIONS", "")
			e.Setenv("GITHUB_WORKSPACE", "")
			return nil
		},
	})
}

// exits runs a command and checks its exit status, which "! exec" cannot
// tell apart: "exits 2 broadsheet frobnicate".
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits STATUS COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	var exit *exec.ExitError
	if err := ts.Exec(args[1], args[2:]...); errors.As(err, &exit) {
		got = exit.ExitCode()
	} else if err != nil {
		ts.Fatalf("%s: %v", args[1], err)
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}
