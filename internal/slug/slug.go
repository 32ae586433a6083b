// Package slug turns titles, names and file names into the lower-case
// ASCII words joined by hyphens that broadsheet uses in URLs and file
// names. The parser, the site model and the scaffolding all use it, so an
// article, an author or an outlet gets the same slug wherever it is made.
package slug

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxSlugLen keeps file names well under file-system limits.
const maxSlugLen = 80

// Make turns s into a slug: lower-case ASCII letters and digits, in
// words joined by single hyphens, with no hyphen at either end, so it is
// safe as a path segment on every file system and in every URL.
//
// Accents are dropped ("Café" gives "cafe"), apostrophes join their word
// ("Zelenskyy’s plan" gives "zelenskyys-plan"), Cyrillic and Greek are
// transliterated, and any other letter or digit is written as "u" and
// its hexadecimal code point, so the result is empty only when s has no
// letter or digit at all (apostrophes and the Cyrillic hard and soft
// signs, which are written as nothing, do not count). Long results are cut at a word boundary near
// 80 bytes. Make(Make(s)) == Make(s).
func Make(s string) string {
	if isSlug(s) {
		return s // most slugs come from a parser that made them already
	}
	return slugify(s)
}

// slugify is Make the long way, for any s.
func slugify(s string) string {
	var w slugWriter
	for _, r := range s {
		switch {
		case isApostrophe(r):
		case r < utf8.RuneSelf:
			w.ascii(r)
		default:
			w.foreign(r)
		}
	}
	return cutSlug(w.b.String(), maxSlugLen)
}

// isSlug reports whether s is already what Make makes of it: words of
// lower-case ASCII letters and digits joined by single hyphens, short
// enough.
func isSlug(s string) bool {
	if s == "" || len(s) > maxSlugLen || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' && s[i-1] == '-' {
			return false
		}
		if c != '-' && (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// slugWriter writes words, putting one hyphen between words however many
// separators came between them.
type slugWriter struct {
	b       strings.Builder
	pending bool
}

func (w *slugWriter) word(s string) {
	if s == "" {
		return
	}
	w.sep()
	w.b.WriteString(s)
}

// sep writes the hyphen a pending separator asks for, unless the slug is
// still empty.
func (w *slugWriter) sep() {
	if w.pending && w.b.Len() > 0 {
		w.b.WriteByte('-')
	}
	w.pending = false
}

func (w *slugWriter) ascii(r rune) {
	if 'A' <= r && r <= 'Z' {
		r += 'a' - 'A'
	}
	if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
		w.sep()
		w.b.WriteByte(byte(r))
		return
	}
	w.pending = true
}

// foreign writes a non-ASCII rune: transliterated, else decomposed into
// ASCII with its accents dropped, else as a code point if it is a letter
// or digit, else as a separator.
func (w *slugWriter) foreign(r rune) {
	if t, ok := translit[unicode.ToLower(r)]; ok {
		w.word(t) // the signs map to "": they join their word like an apostrophe
		return
	}
	wrote := false
	for _, d := range norm.NFKD.String(string(r)) {
		t, ok := translit[unicode.ToLower(d)]
		switch {
		case ok:
			w.word(t)
			wrote = wrote || t != ""
		case d < utf8.RuneSelf:
			n := w.b.Len()
			w.ascii(d)
			wrote = wrote || w.b.Len() > n
		case !unicode.IsMark(d):
			w.pending = true
		}
	}
	if !wrote && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		w.pending = true
		w.word(fmt.Sprintf("u%x", r))
		w.pending = true
	}
}

// isApostrophe reports whether r joins the parts of a word ("don't").
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc'
}

// cutSlug shortens s to at most n bytes, at a hyphen when there is one.
func cutSlug(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, "-")
}

// translit maps lower-case letters that have no ASCII decomposition.
// Cyrillic follows a simple, readable scheme, not an official standard.
var translit = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d",
	'þ': "th", 'ı': "i", 'ħ': "h", 'ŋ': "n", 'ĸ': "k", 'ſ': "s",
	'а': "a", 'б': "b", 'в': "v", 'г': "h", 'ґ': "g", 'д': "d", 'е': "e",
	'є': "ye", 'ж': "zh", 'з': "z", 'и': "y", 'і': "i", 'ї': "yi", 'й': "y",
	'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch",
	'ш': "sh", 'щ': "shch", 'ъ': "", 'ь': "", 'ы': "y", 'э': "e", 'ю': "yu",
	'я': "ya", 'ё': "yo",
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i",
	'θ': "th", 'ι': "i", 'κ': "k", 'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x",
	'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t", 'υ': "y",
	'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}
