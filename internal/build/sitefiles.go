package build

import (
	"strings"

	"broadsheet/internal/build/incr"
)

// The parts of a site folder, named where a rebuild's changed paths are
// sorted by them.
const (
	configFile = incr.ConfigFile
	contentDir = incr.ContentDir
	layoutsDir = incr.LayoutsDir
	staticDir  = incr.StaticDir
)

// scratchSuffixes end the names of files editors write beside the real
// one while saving: vim swap files, generic temporaries, JetBrains
// safe-write files, Helix backups, Kate swap files, Chrome's File System
// Access swap files.
var scratchSuffixes = []string{
	"~", ".swp", ".swx", ".swo", ".tmp", ".bck", ".kate-swp", ".crswap",
	"___jb_tmp___", "___jb_old___", "___jb_bak___",
}

// Ignored reports whether a file or folder name is not part of the site:
// dotfiles, emacs auto-saves ("#x#"), vim's write probe "4913", and
// editors' scratch and backup files. The preview server's watcher uses it
// too, so a full build and a rebuild agree on what a site holds.
func Ignored(name string) bool {
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || name == "4913" {
		return true
	}
	for _, suf := range scratchSuffixes {
		if strings.HasSuffix(name, suf) {
			return true
		}
	}
	return false
}

// hidden reports whether any element of the slash path p is ignored.
func hidden(p string) bool {
	for _, el := range strings.Split(p, "/") {
		if Ignored(el) {
			return true
		}
	}
	return false
}
