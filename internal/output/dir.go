// Package output writes a built site to disk safely. A build writes into a
// fresh folder beside the destination and swaps it in only when it has
// succeeded, so a failed build leaves the last good site in place and
// files of deleted articles never linger. Files whose bytes did not change
// are carried over from the old site (hard-linked, or copied with their
// modification time), so deploys that compare mtimes stay small.
package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
)

// Dir is a fresh output folder being filled; Commit swaps it in for the
// destination and Abort throws it away. WriteFile may be called from
// several goroutines at once.
type Dir struct {
	dest string // the folder the site is published in

	// tmp is the fresh folder, a sibling of dest. It is also the only
	// record of the names written or kept: a set of them in memory would
	// hold tens of megabytes for the whole build of a site of a million
	// files. Each file is created in it exclusively, so the second writer
	// of a name finds the first one's file there and fails.
	tmp string

	mu      sync.Mutex
	done    bool // Commit, Patch or Abort was called
	patched bool // Patch moved the written files into dest

	// files counts the files written or kept. Until there is one, Stamp
	// takes a folder's stamp from the destination: the fresh folder, still
	// empty, says nothing yet of the site it will become.
	files atomic.Int64

	// link is os.Link; a test stands in a file system without hard links.
	link func(oldname, newname string) error

	// swap is held for the whole of Commit and Abort, so an Abort from a
	// signal handler waits for a Commit in progress rather than removing
	// the folder between its two renames.
	swap sync.Mutex
}

// Begin creates a fresh folder beside dest (in the same parent, so the
// final rename is atomic) and returns it ready for writing. dest need not
// exist yet, but when it does it must be a folder, not a symbolic link.
func Begin(dest string) (*Dir, error) {
	dest = filepath.Clean(dest)
	fi, err := os.Lstat(dest)
	switch {
	case err == nil && fi.Mode()&fs.ModeSymlink != 0:
		// Swapping in a fresh folder would replace the link itself, and
		// whatever it points at would never be updated.
		return nil, fmt.Errorf("output %s: a symbolic link; name the folder it points at", dest)
	case err == nil && !fi.IsDir():
		return nil, fmt.Errorf("output %s: not a folder", dest)
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	if err := removeLeftovers(dest); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, freshPrefix(dest))
	if err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	// MkdirTemp makes the folder 0700; a published site must be readable by the web server.
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("output: %w", err)
	}
	return &Dir{dest: dest, tmp: tmp, link: os.Link}, nil
}

// freshPrefix starts the name of the fresh folders of dest: ".public.new-".
func freshPrefix(dest string) string {
	return "." + filepath.Base(dest) + ".new-"
}

// removeLeftovers removes the fresh folders that builds into dest left
// when they were killed before they could clean up. Two builds into one
// destination at once are not supported: the later would remove the
// earlier's folder here, as the earlier's swap would undo the later's.
func removeLeftovers(dest string) error {
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	prefix := freshPrefix(dest)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), prefix) {
			if err := os.RemoveAll(filepath.Join(filepath.Dir(dest), e.Name())); err != nil {
				return fmt.Errorf("output: removing the leftover of a killed build: %w", err)
			}
		}
	}
	return nil
}

// Path returns the fresh folder's path, where files land before Commit.
func (d *Dir) Path() string { return d.tmp }

// Commit swaps the fresh folder in: dest becomes a side folder, the fresh
// folder becomes dest, and the side folder is removed. When the swap fails
// the old site is put back in place.
func (d *Dir) Commit() error {
	d.swap.Lock()
	defer d.swap.Unlock()
	if err := d.finish(); err != nil {
		return err
	}
	old := d.tmp + ".old"
	hadOld := true
	if err := os.Rename(d.dest, old); errors.Is(err, fs.ErrNotExist) {
		hadOld = false
	} else if err != nil {
		os.RemoveAll(d.tmp)
		return fmt.Errorf("output %s: %w", d.dest, err)
	}
	if err := os.Rename(d.tmp, d.dest); err != nil {
		if hadOld {
			os.Rename(old, d.dest)
		}
		os.RemoveAll(d.tmp)
		return fmt.Errorf("output %s: %w", d.dest, err)
	}
	if hadOld {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("output: removing the previous site: %w", err)
		}
	}
	return nil
}

// Abort removes the fresh folder and leaves dest untouched.
func (d *Dir) Abort() error {
	d.swap.Lock()
	defer d.swap.Unlock()
	if err := d.finish(); err != nil {
		return err
	}
	if err := os.RemoveAll(d.tmp); err != nil {
		return fmt.Errorf("output: %w", err)
	}
	return nil
}

// finish marks d as done, so a second Commit or Abort fails instead of
// touching a folder that is no longer ours.
func (d *Dir) finish() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return errors.New("output: folder already committed or aborted")
	}
	d.done = true
	return nil
}
