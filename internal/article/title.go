package article

import (
	"path"
	"strings"
	"unicode"
)

// maxDerivedTitle is about how long a title taken from the first sentence
// may be; it is cut on a word boundary.
const maxDerivedTitle = 70

// TitleFromName turns a file name made of words into a title:
// "geneva-talks-resume.txt" gives "Geneva talks resume". A leading date or
// number ("2026-02-13-", "01-") is skipped. ok is false for names such as
// "a8f3e2.txt" or "article1.txt" that are not words.
func TitleFromName(p string) (string, bool) {
	ws := nameWords(p)
	letters := 0
	for _, w := range ws {
		if !isAllLetters(w) && !isAllDigits(w) {
			return "", false
		}
		if isAllLetters(w) && len(w) >= 2 {
			letters++
		}
	}
	if letters < 2 {
		return "", false
	}
	t := strings.Join(ws, " ")
	r := []rune(t)
	r[0] = unicode.ToUpper(r[0])
	return string(r), true
}

// nameWords splits the base name, without extension and leading numbers,
// on hyphens, underscores, dots and spaces.
func nameWords(p string) []string {
	base := path.Base(strings.ReplaceAll(p, `\`, "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	ws := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == ' ' })
	for len(ws) > 0 && isAllDigits(ws[0]) {
		ws = ws[1:]
	}
	return ws
}

// titleFromText is the first sentence of text, cut on a word boundary
// near maxDerivedTitle characters with an ellipsis.
func titleFromText(text string) string {
	s := strings.TrimRight(sentences(head(text, 1000))[0], ".")
	r := []rune(s)
	if len(r) <= maxDerivedTitle {
		return s
	}
	cut := maxDerivedTitle
	for cut > maxDerivedTitle/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:-–—") + "…"
}

func isAllLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && r != '\'' {
			return false
		}
	}
	return s != ""
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
