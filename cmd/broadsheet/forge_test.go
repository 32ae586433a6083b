//go:build unix

package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestDiagnosticsCannotForgeCommands builds a site whose file names hold
// a newline followed by a workflow command, and a terminal escape code:
// every line on stderr must be one the build wrote, under GitHub Actions
// too, and no escape code may reach the terminal.
func TestDiagnosticsCannotForgeCommands(t *testing.T) {
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_WORKSPACE", "")
	t.Setenv("CI", "true")
	site := t.TempDir()
	day := filepath.Join(site, "content", "2026", "02", "13")
	writeFile(t, filepath.Join(day, "x\n::error file=forged.txt::forged\n::add-mask::x.txt"), "no date here\n")
	writeFile(t, filepath.Join(day, "\x1b[2Jclear.txt"), "no date here either\n")
	var stderr bytes.Buffer
	run(context.Background(), []string{"build", "-s", site}, &bytes.Buffer{}, &stderr)
	for _, line := range strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "::add-mask::"), strings.HasPrefix(line, "::error file=forged"):
			t.Errorf("forged workflow command: %q", line)
		case strings.Contains(line, "\x1b"):
			t.Errorf("escape code reached the terminal: %q", line)
		}
	}
	if !strings.Contains(stderr.String(), `"content/2026/02/13/x\n::error file=forged.txt::forged\n::add-mask::x.txt"`) {
		t.Errorf("the file name is not quoted:\n%s", &stderr)
	}
}
