package build

import (
	"path"
	"strings"
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
	config  bool     // site.toml
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
		case p == configFile:
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

// under reports whether p is dir or inside it.
func under(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

// ignored reports whether a file or folder name is not part of the site:
// dotfiles and editors' scratch and backup files.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") ||
		strings.HasSuffix(name, "~") || strings.HasSuffix(name, ".swp") ||
		strings.HasSuffix(name, ".swx") || strings.HasSuffix(name, ".tmp")
}

// hidden reports whether any element of the slash path p is ignored.
func hidden(p string) bool {
	for _, el := range strings.Split(p, "/") {
		if ignored(el) {
			return true
		}
	}
	return false
}
