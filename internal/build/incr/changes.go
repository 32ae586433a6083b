package incr

import (
	"path"
	"slices"
	"strings"

	"broadsheet/internal/config"
)

// The parts of a site folder.
const (
	ConfigFile = "site.toml"
	ContentDir = "content"
	LayoutsDir = "layouts"
	StaticDir  = "static"
)

// Changes sorts the paths given to a rebuild by the part of the site
// they touch.
type Changes struct {
	Config  bool     // site.toml, or a translation file under i18n/
	Layouts bool     // anything under layouts/
	Content []string // paths under content/ (files or folders)
	Static  []string // paths under static/ (files or folders)
}

// Classify sorts changed slash paths, relative to the site folder; paths
// outside the site's parts are ignored.
func Classify(paths []string) Changes {
	var ch Changes
	for _, p := range Dedupe(paths) {
		p = path.Clean(strings.TrimPrefix(p, "./"))
		switch {
		case p == ConfigFile, Under(p, config.TranslationDir):
			// Translation files are part of the configuration: they
			// change the words of every page.
			ch.Config = true
		case Under(p, LayoutsDir):
			ch.Layouts = true
		case Under(p, ContentDir):
			ch.Content = append(ch.Content, p)
		case Under(p, StaticDir):
			ch.Static = append(ch.Static, p)
		}
	}
	return ch
}

// Pictures reports whether a changed path may be a picture an article
// shows: one that isPicture accepts, or a folder that may hold some.
// A picture's size is in the page of every article that shows it, so
// the pipeline cannot patch its model then.
func (ch Changes) Pictures(isPicture func(name string) bool) bool {
	for _, list := range [][]string{ch.Content, ch.Static} {
		for _, p := range list {
			if isPicture(p) || path.Ext(p) == "" {
				return true
			}
		}
	}
	return false
}

// Under reports whether the slash path p is dir or inside it.
func Under(p, dir string) bool {
	return p == dir || strings.HasPrefix(p, dir+"/")
}

// Dedupe returns the distinct strings of list, sorted, leaving list as
// it was: a rebuild's changed paths are the caller's.
func Dedupe(list []string) []string {
	out := slices.Clone(list)
	slices.Sort(out)
	return slices.Compact(out)
}
