package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		args   []string
		rest   []string
		site   string
		status int
	}{
		{[]string{"Some", "title"}, []string{"Some", "title"}, ".", exitProceed},
		{[]string{"-s", "x", "Some", "title"}, []string{"Some", "title"}, "x", exitProceed},
		{[]string{"Some", "-s", "x", "title"}, []string{"Some", "title"}, "x", exitProceed},
		{[]string{"Some", "title", "--s=x"}, []string{"Some", "title"}, "x", exitProceed},
		{[]string{"--", "-s", "x"}, []string{"-s", "x"}, ".", exitProceed},
		{[]string{"a", "--", "-s"}, []string{"a", "-s"}, ".", exitProceed},
		{[]string{"a", "-h"}, nil, ".", exitOK},
		{[]string{"-x"}, nil, ".", exitUsage},
		{[]string{"a", "-s"}, nil, ".", exitUsage},
	}
	for _, tt := range tests {
		fs := newFlags("test")
		site := fs.String("s", ".", "site")
		var stdout, stderr bytes.Buffer
		rest, status := parseFlags(fs, "[-s SITE] ARGS", tt.args, &stdout, &stderr)
		if status != tt.status || !slices.Equal(rest, tt.rest) || *site != tt.site {
			t.Errorf("parseFlags(%q) = %q, status %d, -s %q; want %q, %d, %q",
				tt.args, rest, status, *site, tt.rest, tt.status, tt.site)
		}
		// Help asked for goes to stdout; help after a mistake, to stderr.
		if help := map[int]*bytes.Buffer{exitOK: &stdout, exitUsage: &stderr}[status]; help != nil &&
			!strings.Contains(help.String(), "usage: broadsheet test [-s SITE] ARGS") {
			t.Errorf("parseFlags(%q): no usage in %q", tt.args, help)
		}
	}
}

// TestRunStatus checks the exit status of each kind of outcome, in
// process: the scripts in testdata/script cover the same ground in depth.
func TestRunStatus(t *testing.T) {
	site := t.TempDir()
	t.Setenv("BROADSHEET_NOW", "2026-02-13T09:30:00Z")
	t.Setenv("GITHUB_ACTIONS", "")
	article := filepath.Join(site, "content", "2026", "02", "13", "talks.txt")
	writeFile(t, article, "title: Talks resume\ndate: 2026-02-13\n\nNegotiators met again.\n")
	writeFile(t, filepath.Join(site, "undated.txt"), "title: No date\n\nNothing says when.\n")
	tests := []struct {
		args   []string
		status int
		stderr string
	}{
		{nil, exitUsage, "usage:"},
		{[]string{"help"}, exitOK, ""},
		{[]string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{[]string{"version"}, exitOK, ""},
		{[]string{"build", "-no-such-flag"}, exitUsage, "unknown flag -no-such-flag"},
		{[]string{"convert"}, exitUsage, "convert needs a FILE"},
		{[]string{"convert", article}, exitOK, ""},
		{[]string{"convert", filepath.Join(site, "undated.txt")}, exitErrors, "error: "},
		{[]string{"check", "-s", site}, exitOK, "checked 1 article"},
		{[]string{"build", "-s", site}, exitOK, "built "},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(context.Background(), tt.args, &stdout, &stderr)
		if status != tt.status || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("broadsheet %q: status %d, stderr %q; want %d and %q", tt.args, status, stderr.String(), tt.status, tt.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "public", "index.html")); err != nil {
		t.Errorf("build wrote no home page: %v", err)
	}
}

// writeFile writes data to name, making its folders.
func writeFile(t *testing.T, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// FuzzParseFlags checks that any command line parses without a panic and
// that the arguments handed back are the user's own, in their order.
func FuzzParseFlags(f *testing.F) {
	for _, s := range []string{"Some title -s x", "-- -s", "a -s", "-h", "--s=x a -- -x b", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := strings.Fields(line)
		fs := newFlags("test")
		fs.String("s", ".", "site")
		fs.Bool("strict", false, "strict")
		rest, status := parseFlags(fs, "", args, io.Discard, io.Discard)
		if status != exitProceed {
			return
		}
		i := 0
		for _, a := range args {
			if i < len(rest) && rest[i] == a {
				i++
			}
		}
		if i != len(rest) {
			t.Fatalf("parseFlags(%q) = %q: not a subsequence of the arguments", args, rest)
		}
	})
}
