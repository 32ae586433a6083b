package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"broadsheet/internal/gen"
)

// bigSite writes a generated site of n articles.
func bigSite(t *testing.T, n int) string {
	t.Helper()
	site := t.TempDir()
	if err := gen.Write(site, n, 1); err != nil {
		t.Fatal(err)
	}
	return site
}

// broadsheetCmd returns the command that runs this test binary as
// broadsheet (see TestMain), in its own process.
func broadsheetCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	bin, err := exec.LookPath("broadsheet")
	if err != nil {
		t.Skipf("broadsheet is not on PATH: %v", err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "CI=true", "GITHUB_ACTIONS=", "BROADSHEET_NOW=2026-12-31")
	return cmd
}

// fresh lists the fresh output folders of builds in site.
func fresh(t *testing.T, site string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(site, ".public.new-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// waitFor polls cond for up to a minute.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatal("timed out")
}
