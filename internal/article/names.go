package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// particles are the lower-case words that may sit inside a personal name.
var particles = map[string]bool{
	"de": true, "da": true, "das": true, "do": true, "dos": true, "du": true, "del": true,
	"della": true, "di": true, "der": true, "den": true, "van": true, "von": true, "la": true,
	"le": true, "bin": true, "ibn": true, "al": true, "el": true, "ter": true, "ten": true, "y": true,
}

// suffixes may follow a surname.
var suffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// jobWords mark a byline segment as a job title rather than a person.
var jobWords = map[string]bool{
	"writer": true, "writers": true, "reporter": true, "reporters": true, "correspondent": true,
	"correspondents": true, "editor": true, "editors": true, "columnist": true, "contributor": true,
	"staff": true, "journalist": true, "critic": true, "producer": true, "analyst": true,
	"photographer": true, "bureau": true, "chief": true, "desk": true, "team": true, "intern": true,
	"freelance": true, "freelancer": true, "stringer": true, "commentator": true, "contributing": true,
}

// isJobTitle reports whether s is a job title such as "Staff Writer",
// "Tokyo Correspondent", "AP Sports Writer" or "Special to The Post".
func isJobTitle(s string) bool {
	if n := countFields(s); n == 0 || n > 6 {
		return false
	}
	i, special := 0, false
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		w := s[start:end]
		if i == 0 {
			special = strings.EqualFold(w, "special")
		} else if i == 1 && special && strings.EqualFold(w, "to") {
			return true
		}
		if lookupLower(jobWords, strings.Trim(w, ".,")) {
			return true
		}
		i++
	}
	return false
}

// isName reports whether s is shaped like a person's name: two to six
// words, each capitalised, an initial, a particle or a suffix, no digits.
func isName(s string) bool {
	n := countFields(s)
	if n < 2 || n > 6 {
		return false
	}
	caps, i := 0, -1
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		w := s[start:end]
		i++
		switch {
		case isInitial(w):
		case i > 0 && lookupLower(suffixes, w):
		case particles[w] && i > 0 && i < n-1:
		case isNameWord(w):
			caps++
		default:
			return false
		}
	}
	return caps >= 1
}

// isNameWord reports a capitalised word of letters, apostrophes and hyphens.
func isNameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letters++
		case r == '\'' || r == '’' || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// isInitial matches "J.", "J.R." or a bare "J".
func isInitial(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 1 && (letters == 1 || strings.Contains(w, "."))
}

// nameCase turns an ALL-CAPS name into title case ("JOHN MCDONALD" gives
// "John McDonald", "MARY O'NEIL-SMITH" gives "Mary O'Neil-Smith"); names
// that already have lower-case letters are kept as written.
func nameCase(s string) string {
	if !isUpperCase(s) || !strings.ContainsFunc(s, unicode.IsLetter) {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case isInitial(w) || lw == "ii" || lw == "iii" || lw == "iv":
		case particles[lw] && i > 0 && i < len(words)-1:
			words[i] = lw
		default:
			words[i] = titleWord(lw)
		}
	}
	return strings.Join(words, " ")
}

// isUpperCase reports whether strings.ToUpper(s) == s without the copy:
// no rune that upper-cases to another, and no byte that is not UTF-8.
func isUpperCase(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += size
	}
	return true
}

// titleWord capitalises each part of a lower-case word after a hyphen or
// apostrophe ("o'malley-mcdonald" gives "O'Malley-McDonald"), and the
// letter after "Mc" at the start of a part.
func titleWord(w string) string {
	r := []rune(w)
	start := true
	for i := range r {
		if start && unicode.IsLetter(r[i]) {
			r[i] = unicode.ToUpper(r[i])
			if r[i] == 'M' && i+2 < len(r) && r[i+1] == 'c' && unicode.IsLetter(r[i+2]) {
				r[i+2] = unicode.ToUpper(r[i+2])
			}
			start = false
		}
		if r[i] == '-' || r[i] == '\'' || r[i] == '’' {
			start = true
		}
	}
	return string(r)
}
