// Package layouts holds broadsheet's default theme: the html/template
// layouts of every kind of page and the assets they use (style.css,
// favicon.svg). The files live in the repository's own layouts/ folder,
// which is also the example site's, so there is one copy; they are
// compiled into the binary, and a site's layouts/ overrides them name by
// name. See package internal/render for what each layout receives.
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
