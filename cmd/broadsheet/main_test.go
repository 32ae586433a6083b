package main

import (
	"bytes"
	"errors"
	"flag"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
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
		Cmds:                map[string]func(*testscript.TestScript, bool, []string){"exits": exits, "picture": makePicture},
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

// makePicture writes a PNG of the given size, in one colour, since a
// script cannot hold a picture's bytes: "picture static/img/x.png 1200 800".
func makePicture(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: picture FILE WIDTH HEIGHT")
	}
	w, err := strconv.Atoi(args[1])
	ts.Check(err)
	h, err := strconv.Atoi(args[2])
	ts.Check(err)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(40 + i%3*60)
	}
	var buf bytes.Buffer
	ts.Check(png.Encode(&buf, img))
	name := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(filepath.Dir(name), 0o755))
	ts.Check(os.WriteFile(name, buf.Bytes(), 0o644))
}
