package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// checkSite makes sure -s names a folder, so a typo is reported rather
// than built as an empty site.
func checkSite(site string) error {
	fi, err := os.Stat(site)
	if err != nil {
		return fmt.Errorf("site %s: %w", site, errors.Unwrap(err))
	}
	if !fi.IsDir() {
		return fmt.Errorf("site %s: not a folder", site)
	}
	return nil
}

// checkDest refuses a destination that a build must not replace. A build
// swaps DEST for a fresh folder, so DEST must not be the site, hold it,
// or lie in one of its source folders; and a folder that is not empty
// must look like an earlier build, with an index.html, so that a slip
// such as "-o ~" cannot wipe a home folder. The paths are compared once
// symbolic links are resolved, since a name can lead into the site by
// another way.
func checkDest(site, dest string) error {
	s, err1 := resolve(site)
	d, err2 := resolve(dest)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("output %s: cannot resolve the path", dest)
	}
	if d == s || within(s, d) || sameFolder(s, d) {
		return fmt.Errorf("output %s: refusing to replace a folder that holds the site", dest)
	}
	for _, src := range []string{"content", "layouts", "static"} {
		p, err := resolve(filepath.Join(s, src))
		if err != nil {
			return fmt.Errorf("output %s: cannot resolve the site's %s/ folder", dest, src)
		}
		if d == p || within(d, p) || within(p, d) || sameFolder(p, d) {
			return fmt.Errorf("output %s: refusing to write into the site's %s/ folder", dest, src)
		}
	}
	return checkBuilt(d)
}

// resolve returns the absolute path of p with every symbolic link in it
// resolved, also when p or its last folders do not exist yet.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	var rest []string
	for {
		real, err := filepath.EvalSymlinks(abs)
		if err == nil {
			return filepath.Join(append([]string{real}, rest...)...), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", err
		}
		rest = append([]string{filepath.Base(abs)}, rest...)
		abs = parent
	}
}

// sameFolder reports whether a and b are one folder by device and inode,
// which catches bind mounts that resolving names does not.
func sameFolder(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// checkBuilt accepts a missing or empty folder, or one with an index.html
// at its top, which every build writes.
func checkBuilt(dest string) error {
	entries, err := os.ReadDir(dest)
	if err != nil || len(entries) == 0 {
		return nil // missing, or not a folder: output.Begin says which
	}
	if _, err := os.Stat(filepath.Join(dest, "index.html")); err == nil {
		return nil
	}
	return fmt.Errorf("output %s: refusing to replace a folder that holds files but no index.html, so it was not built by broadsheet", dest)
}

// within reports whether path lies strictly inside dir.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
