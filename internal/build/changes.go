package build

import (
	"path"
	"slices"
	"strings"

	"broadsheet/internal/config"
)

// The parts of a site folder.
const (
	configFile = "site.toml"
	contentDir = "content"
	layoutsDir = "layouts"
	staticDir  = "static"
)

// changes sorts the paths given to Rebuild by the part of the site they touch.
type changes struct {
	config  bool     // site.toml, or a translation file under i18n/
	layouts bool     // anything under layouts/
	content []string // paths under content/ (files or folders)
	static  []string // paths under static/ (files or folders)
}

// classify sorts changed paths; paths outside the site's parts are ignored.
func classify(paths []string) changes {
	var ch changes
	for _, p := range dedupe(paths) {
		p = path.Clean(strings.TrimPrefix(p, "./"))
		switch {
		case p == configFile, under(p, config.TranslationDir):
			// Translation files are part of the configuration: they
			// change the words of every page.
			ch.config = true
		case under(p, layoutsDir):
			ch.layouts = true
		case under(p, contentDir):
			ch.content = append(ch.content, p)
		case under(p, staticDir):
			ch.static = append(ch.static, p)
		}
	}
	return ch
}

// pictures reports whether a changed path may be a picture an article
// shows: a picture file, or a folder that may hold some.
func (ch changes) pictures() bool {
	for _, p := range append(slices.Clone(ch.content), ch.static...) {
		if isPicture(p) || path.Ext(p) == "" {
			return true
		}
	}
	return false
}

// under reports whether p is dir or inside it.
func under(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

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
