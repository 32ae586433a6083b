package site

import (
	"path"
	"regexp"
	"strings"

	"broadsheet/internal/slug"
)

// leadingDate matches the date that file names often start with.
var leadingDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}[-_ .]*`)

// slugFromPath derives a slug from a source file name, without its
// extension and leading date: "2026-02-13-geneva-talks.md" gives
// "geneva-talks".
func slugFromPath(p string) string {
	base := path.Base(p)
	base = strings.TrimSuffix(base, path.Ext(base))
	return slug.Make(leadingDate.ReplaceAllString(base, ""))
}
