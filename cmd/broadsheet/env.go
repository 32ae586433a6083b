package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// env is what a command takes from its environment rather than its flags.
type env struct {
	now       time.Time // the build's clock
	annotate  bool      // GITHUB_ACTIONS=true: also print diagnostics as annotations
	workspace string    // GITHUB_WORKSPACE: the checkout annotation paths are relative to
	progress  bool      // stderr is a terminal outside CI: show progress
}

// readEnv reads the environment. BROADSHEET_NOW (RFC 3339, or a date)
// replaces the clock, so a build can be repeated exactly: "future"
// articles and "today" then mean the same thing on every run.
func readEnv(stderr io.Writer) (env, error) {
	e := env{
		now:       time.Now(),
		annotate:  os.Getenv("GITHUB_ACTIONS") == "true",
		workspace: os.Getenv("GITHUB_WORKSPACE"),
	}
	if s := os.Getenv("BROADSHEET_NOW"); s != "" {
		t, err := parseNow(s)
		if err != nil {
			return e, err
		}
		e.now = t
	}
	ci := os.Getenv("CI") != "" && os.Getenv("CI") != "false"
	e.progress = !ci && !e.annotate && isTerminal(stderr)
	return e, nil
}

// parseNow parses BROADSHEET_NOW.
func parseNow(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("BROADSHEET_NOW=%q is neither a date (2026-02-13) nor a time (2026-02-13T09:30:00Z)", s)
}

// fromWorkspace returns dir relative to the workspace when it lies in it;
// else dir as given, which is right when the command runs from the
// checkout.
func (e env) fromWorkspace(dir string) string {
	abs, err := filepath.Abs(dir)
	if e.workspace == "" || err != nil {
		return filepath.ToSlash(dir)
	}
	if rel, err := filepath.Rel(e.workspace, abs); err == nil && (rel == "." || within(abs, e.workspace)) {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(dir)
}

// isTerminal reports whether w is a character device such as a terminal,
// not a pipe or a file.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
