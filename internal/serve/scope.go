package serve

import (
	"path"
	"strings"

	"broadsheet/internal/build"
)

// scope decides which paths under a site root are sources worth watching.
// Paths are slash-separated and relative to the root; the root is ".".
type scope struct {
	dest string // output folder relative to the root, cleaned; "" when outside the root
}

// newScope returns the scope of a site whose output goes to dest (relative
// to the site root, or absolute and then ignored).
func newScope(dest string) scope {
	dest = path.Clean(strings.ReplaceAll(dest, "\\", "/"))
	if dest == "." || path.IsAbs(dest) || strings.HasPrefix(dest, "../") || dest == ".." {
		dest = ""
	}
	return scope{dest: dest}
}

// sourceDirs are the folders at the root of a site that hold its sources:
// i18n/ holds the translation files, part of the configuration.
var sourceDirs = map[string]bool{"content": true, "layouts": true, "static": true, "i18n": true}

// dir reports whether the folder rel should be watched (and walked).
func (s scope) dir(rel string) bool {
	if rel == "." {
		return true
	}
	if s.inDest(rel) || isScratch(path.Base(rel)) {
		return false
	}
	top, _, _ := strings.Cut(rel, "/")
	return sourceDirs[top]
}

// file reports whether a change to the file rel matters to the build.
func (s scope) file(rel string) bool {
	if rel == "site.toml" {
		return true
	}
	if s.inDest(rel) || isScratch(path.Base(rel)) {
		return false
	}
	top, rest, nested := strings.Cut(rel, "/")
	return nested && rest != "" && sourceDirs[top]
}

// inDest reports whether rel is the output folder or inside it, so that a
// build writing its output never triggers another build.
func (s scope) inDest(rel string) bool {
	return s.dest != "" && (rel == s.dest || strings.HasPrefix(rel, s.dest+"/"))
}

// isScratch reports whether the base name of a file marks it as an editor's
// or tool's scratch file rather than a source: the build's own rule, so the
// watcher never rebuilds for a file the build would not read.
func isScratch(name string) bool {
	return build.Ignored(name)
}
