package serve

import (
	"sort"
	"strings"
)

// tree remembers the source files and folders a watcher has seen, so that
// the removal of a folder can be reported as the removal of each file in
// it: inotify names only the folder.
type tree struct {
	files map[string]bool
	dirs  map[string]bool
}

func newTree() *tree {
	return &tree{files: map[string]bool{}, dirs: map[string]bool{}}
}

// forget drops rel and everything under it, and returns the files and
// folders dropped, each in sorted order.
func (t *tree) forget(rel string) (files, dirs []string) {
	if t.files[rel] {
		files = append(files, rel)
		delete(t.files, rel)
	}
	if !t.dirs[rel] {
		return files, nil
	}
	prefix := rel + "/"
	for f := range t.files {
		if strings.HasPrefix(f, prefix) {
			files = append(files, f)
			delete(t.files, f)
		}
	}
	for d := range t.dirs {
		if d == rel || strings.HasPrefix(d, prefix) {
			dirs = append(dirs, d)
			delete(t.dirs, d)
		}
	}
	sort.Strings(files)
	sort.Strings(dirs)
	return files, dirs
}
