package scaffold

import (
	"strings"
	"unicode"
)

// Title turns a folder name such as "morning-digest" into a site title,
// "Morning digest": words of letters and digits, the first capitalised.
// Everything else separates words, so the title never needs escaping
// between quotes in TOML.
func Title(name string) string {
	words := strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	title := strings.ToLower(strings.Join(words, " "))
	for i, r := range title {
		return title[:i] + string(unicode.ToUpper(r)) + title[i+len(string(r)):]
	}
	return ""
}
