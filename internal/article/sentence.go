package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"st": true, "gov": true, "sen": true, "rep": true, "gen": true, "col": true, "lt": true,
	"sgt": true, "capt": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "no": true, "vs": true, "prof": true, "rev": true, "ft": true, "mt": true,
	"a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true,
}

// sentences splits text after ".", "!" or "?" (and any closing quote or
// bracket) when a space and an upper-case letter, digit or quote follow,
// unless the full stop ends an abbreviation or an initial.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end, ok := sentenceEnd(text, start, i)
		if !ok {
			continue
		}
		out = append(out, text[start:end])
		start = end + 1
		i = end
	}
	if start < len(text) {
		out = append(out, text[start:])
	}
	return out
}

// lastSentence returns what sentences(text) would end with, and whether it
// would find more than one sentence, without building the list.
func lastSentence(text string) (last string, more bool) {
	start := 0
	stopsOnlyAtDots := strings.IndexByte(text, '!') < 0 && strings.IndexByte(text, '?') < 0
	for i := 0; i < len(text); i++ {
		if stopsOnlyAtDots {
			j := strings.IndexByte(text[i:], '.')
			if j < 0 {
				break
			}
			i += j
		}
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		end, ok := sentenceEnd(text, start, i)
		if !ok {
			continue
		}
		more = true
		start = end + 1
		i = end
	}
	return text[start:], more
}

// sentenceEnd decides whether the stop at text[i] ends the sentence that
// began at start: it must be followed, after any closing quotes or
// brackets, by a space and a sentence opener, and a full stop must not end
// an abbreviation or an initial. end is where the sentence's text ends.
func sentenceEnd(text string, start, i int) (end int, ok bool) {
	end = i + 1
	for end < len(text) && strings.ContainsRune(`"')]`, rune(text[end])) {
		end++
	}
	if r, n := utf8.DecodeRuneInString(text[end:]); r == '”' || r == '’' {
		end += n
	}
	if end >= len(text) || text[end] != ' ' || !opensSentence(text[end+1:]) {
		return 0, false
	}
	if text[i] == '.' && abbreviated(text[start:i]) {
		return 0, false
	}
	return end, true
}

func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘(`, r)
}

// abbreviated reports whether the text before a full stop ends in an
// abbreviation or a one-letter initial.
func abbreviated(before string) bool {
	w := before
	if i := strings.LastIndexByte(before, ' '); i >= 0 {
		w = before[i+1:]
	}
	w = strings.TrimLeft(w, `("'“‘`)
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return lookupLower(abbreviations, w)
}

// words returns the lower-case words of s, without punctuation, for
// comparing texts that differ in quotes, case or spacing.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}
