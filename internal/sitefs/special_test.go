//go:build unix

package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func TestSpecialFilesAreRefused(t *testing.T) {
	dir, _ := site(t)
	fifo := filepath.Join(dir, "content", "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	must(t, os.Symlink("/dev/zero", filepath.Join(dir, "content", "zero.txt")))
	f := open(t, dir)
	for _, name := range []string{"content/pipe.txt", "content/zero.txt"} {
		for _, fsys := range []fs.FS{f, f.FollowLinks()} {
			start := time.Now()
			_, err := fs.ReadFile(fsys, name)
			if err == nil {
				t.Errorf("%s: read, want refused", name)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("%s: refused after %v", name, d)
			}
		}
	}
	var se *SpecialError
	if _, err := fs.ReadFile(f.FollowLinks(), "content/zero.txt"); !errors.As(err, &se) {
		t.Errorf("/dev/zero with FollowLinks: got %v, want a SpecialError", err)
	}
}
