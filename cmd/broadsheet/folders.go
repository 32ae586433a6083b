package main

import (
	"errors"
	"fmt"
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
// such as "-o ~" cannot wipe a home folder.
func checkDest(site, dest string) error {
	s, err1 := filepath.Abs(site)
	d, err2 := filepath.Abs(dest)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("output %s: cannot resolve the path", dest)
	}
	if d == s || within(s, d) {
		return fmt.Errorf("output %s: refusing to replace a folder that holds the site", dest)
	}
	for _, src := range []string{"content", "layouts", "static"} {
		if p := filepath.Join(s, src); d == p || within(d, p) {
			return fmt.Errorf("output %s: refusing to write into the site's %s/ folder", dest, src)
		}
	}
	return checkBuilt(dest)
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
