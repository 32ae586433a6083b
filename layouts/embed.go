// Package layouts holds broadsheet's default theme: the html/template
// layouts of every kind of page and the assets they use (style.css,
// favicon.svg). The files live in the repository's own layouts/ folder,
// which is also the example site's, so there is one copy; they are
// compiled into the binary, and a site's layouts/ overrides them name by
// name. See package internal/render for what each layout receives.
//
// The stylesheet is one file, not inlined into each page: it is about
// 7 KB, a reader who opens a digest goes on to several articles, and a
// cached file costs those pages nothing, while inlined CSS would be sent
// again with every page and in every diff a deploy uploads. The theme
// needs no JavaScript and no web fonts (the serif comes from the system).
package layouts

import (
	"embed"
	"io/fs"
)

//go:embed *.html *.css *.svg
var files embed.FS

// FS returns the default layouts and assets, with the files at its root
// ("article.html", "style.css", ...).
func FS() fs.FS { return files }
