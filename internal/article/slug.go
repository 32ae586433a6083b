package article

import (
	"path"
	"strings"

	"broadsheet/internal/slug"
)

// SlugFromName is the slug a file name gives, without its extension and
// the leading date DateFromPath reads: "2026-02-13-geneva-talks.txt"
// gives "geneva-talks", and "2026-02-13.md" gives "". Plain-text and
// Markdown articles both take it, so one name gives one address.
func SlugFromName(p string) string {
	base := path.Base(strings.ReplaceAll(p, `\`, "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	if _, _, _, n, ok := baseDate(base); ok {
		base = base[n:]
	}
	if base == "." || base == "/" {
		return ""
	}
	return slug.Make(base)
}
