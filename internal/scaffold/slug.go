package scaffold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a title into a file name: lower-case ASCII words joined by
// hyphens. Accents are dropped ("Café" gives "cafe") and apostrophes join
// rather than split ("Zelenskyy’s plan" gives "zelenskyys-plan"), the way
// the article parser makes slugs, so the file name and the page address
// agree. Letters outside the Latin alphabet are left out; the result is
// empty when nothing is left.
func Slug(title string) string {
	var b strings.Builder
	gap := false
	for _, r := range norm.NFKD.String(title) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if gap && b.Len() > 0 {
				b.WriteByte('-')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
			// Apostrophes and combining accents belong to the word they sit in.
		default:
			gap = true
		}
	}
	return b.String()
}

// Title turns a folder name such as "morning-digest" into a site title,
// "Morning digest". It keeps only what Slug keeps, so the title is safe
// to put between quotes in TOML.
func Title(name string) string {
	words := strings.ReplaceAll(Slug(name), "-", " ")
	if words == "" {
		return ""
	}
	return strings.ToUpper(words[:1]) + words[1:]
}
