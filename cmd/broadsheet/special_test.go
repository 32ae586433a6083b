//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSpecialLayoutsRefused builds a site whose layouts/ holds a FIFO and
// a link to /dev/zero: the build must refuse both at once rather than
// wait for a writer or read forever.
func TestSpecialLayoutsRefused(t *testing.T) {
	site := t.TempDir()
	writeFile(t, filepath.Join(site, "content", "2026", "02", "13", "talks.txt"), "title: Talks\n\nNegotiators met.\n")
	layouts := filepath.Join(site, "layouts")
	if err := os.MkdirAll(layouts, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(layouts, "pipe.css"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(layouts, "zero.css")); err != nil {
		t.Fatal(err)
	}
	for _, trust := range []string{"", "[build]\nfollow_symlinks = true\n"} {
		writeFile(t, filepath.Join(site, "site.toml"), trust)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		var stderr bytes.Buffer
		start := time.Now()
		code := run(ctx, []string{"build", "-s", site}, &bytes.Buffer{}, &stderr)
		took := time.Since(start)
		cancel()
		if code != exitErrors {
			t.Errorf("exit %d, want %d; stderr:\n%s", code, exitErrors, &stderr)
		}
		for _, want := range []string{"layouts/pipe.css: error:", "layouts/zero.css: error:"} {
			if !strings.Contains(stderr.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, &stderr)
			}
		}
		if took > time.Second {
			t.Errorf("refused after %v, want under a second", took)
		}
	}
}
