package article

import (
	"path"
	"strings"

	"broadsheet/internal/slug"
)

// slugFromName is the file name without extension and leading date:
// "2026-02-13-geneva-talks.txt" gives "geneva-talks".
func slugFromName(p string) string {
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
