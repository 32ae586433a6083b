package markdown

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lead returns the opening of a paragraph for a digest entry: its first
// two sentences when they fit in max characters, else its first sentence,
// else as many whole words as fit followed by "…". Runs of white space
// become single spaces.
func lead(paragraph string, max int) string {
	text := strings.Join(strings.Fields(paragraph), " ")
	one := sentenceEnd(text, 0)
	two := sentenceEnd(text, one)
	switch {
	case utf8.RuneCountInString(text[:two]) <= max:
		return strings.TrimSpace(text[:two])
	case utf8.RuneCountInString(text[:one]) <= max:
		return text[:one]
	}
	return truncateWords(text, max)
}

// truncateWords cuts text to whole words of at most max-1 characters and
// adds "…" to show that it was cut.
func truncateWords(text string, max int) string {
	n := 0
	cut := 0 // byte offset of the last space seen within the limit
	for i, r := range text {
		if n == max-1 {
			if cut == 0 || r == ' ' {
				cut = i // one long word, or a word ending exactly at the limit
			}
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	return strings.TrimRight(text[:cut], " ,;:-–—") + "…"
}

// sentenceEnd returns the byte offset just after the sentence of text that
// starts at from, or len(text) when the text has no further sentence end.
func sentenceEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		if c := text[i]; c == '.' || c == '!' || c == '?' {
			if end, ok := endsSentence(text, i); ok {
				return end
			}
		}
	}
	return len(text)
}

// endsSentence reports whether the stop at text[i] ends a sentence, and
// where the sentence ends: after any closing quotes or brackets. A stop
// ends a sentence when a capital, a digit or an opening quote follows
// after a space, and, for a full stop, when it does not close an
// abbreviation or an initial ("Feb. 13", "Gov. Roe", "J. Roe", "U.S.").
func endsSentence(text string, i int) (int, bool) {
	j := i + 1
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune(`"')]”’»`, r) {
			break
		}
		j += size
	}
	if j == len(text) {
		return j, true
	}
	if text[j] != ' ' {
		return 0, false
	}
	next, _ := utf8.DecodeRuneInString(text[j+1:])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"'(“‘«`, next) {
		return 0, false
	}
	if text[i] == '.' && isAbbreviation(wordBefore(text, i)) {
		return 0, false
	}
	return j, true
}

// wordBefore returns the word that ends at text[i], without opening quotes
// or brackets.
func wordBefore(text string, i int) string {
	start := strings.LastIndexByte(text[:i], ' ') + 1
	return strings.TrimLeft(text[start:i], `"'([“‘«`)
}

// isAbbreviation reports whether w followed by a full stop is usually an
// abbreviation in news copy rather than the end of a sentence.
func isAbbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 || strings.Contains(w, ".") {
		return true // an initial, or "U.S", "a.m"
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "Ft", "Sen", "Rep", "Gov",
		"Gen", "Lt", "Col", "Sgt", "Capt", "Adm", "Rev", "Jr", "Sr", "No", "Nos",
		"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
		"Nov", "Dec", "Inc", "Corp", "Co", "Ltd", "vs", "approx", "est":
		return true
	}
	return false
}
