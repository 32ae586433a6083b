package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The dateline patterns, matched by hand. They were regular expressions:
//
//	caps:     ^(PLACE REGION{0,2})(?:\s*TAG)?END
//	mixed:    ^(MIXED REGION{0,2})\s*TAG END
//	tag only: ^TAG END
//
//	PLACE  = \p{Lu}[\p{Lu}'’.\-]*(?:\s+(?:\p{Lu}[\p{Lu}'’.\-]*|de|del|la|el|do|da|dos|al|of|on|upon))*
//	MIXED  = \p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}
//	REGION = ,\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|\d{1,2}|of|and|de))*
//	TAG    = \(([^()]{1,40})\)
//	END    = \s+(?:--|-|–|—|―|_)\s+ | \s*[–—―]\s* | \s*:\s+
//
// The matcher tries the same choices in the same order as a backtracking
// regular expression engine (greedy repetition first, alternatives left
// to right) and stops at the first complete match, so it finds the same
// match with the same groups. A word always runs to its last letter: a
// shorter word would leave a letter where a space, comma, bracket, dash
// or colon must follow.

// placeParticles and regionParticles are the lower-case words a place and
// a region may hold, in the order the patterns try them.
var (
	placeParticles  = [...]string{"de", "del", "la", "el", "do", "da", "dos", "al", "of", "on", "upon"}
	regionParticles = [...]string{"of", "and", "de"}
)

// datelineMatch is one match: h[:end] is the whole dateline, h[:place]
// the place with its regions, and h[tagStart:tagEnd] the agency tag.
type datelineMatch struct {
	h                string
	mixed            bool
	place, end       int
	tagStart, tagEnd int
}

// matchDateline matches the caps pattern, or with mixed set the mixed one,
// at the start of h.
func matchDateline(h string, mixed bool) (datelineMatch, bool) {
	m := datelineMatch{h: h, mixed: mixed}
	e := m.word(0, mixed)
	if e < 0 {
		return m, false
	}
	if mixed {
		return m, m.mixedWords(e, 0)
	}
	return m, m.capsWords(e)
}

// matchTagOnly matches the tag-only pattern at the start of h.
func matchTagOnly(h string) (datelineMatch, bool) {
	m := datelineMatch{h: h}
	if !strings.HasPrefix(h, "(") {
		return m, false
	}
	return m, m.tagThenEnd(0, true)
}

// word returns where the word opening at i ends: a capital, then capitals
// (or, with anyCase, letters), apostrophes, full stops and hyphens. It
// returns -1 when no word opens at i.
func (m *datelineMatch) word(i int, anyCase bool) int {
	r, n := utf8.DecodeRuneInString(m.h[i:])
	if !unicode.IsUpper(r) {
		return -1
	}
	for i += n; i < len(m.h); i += n {
		r, n = utf8.DecodeRuneInString(m.h[i:])
		ok := unicode.IsUpper(r) || anyCase && unicode.IsLetter(r)
		if !ok && r != '\'' && r != '’' && r != '.' && r != '-' {
			break
		}
	}
	return i
}

// capsWords continues PLACE after a word ending at i: another word or
// particle after spaces, else the regions.
func (m *datelineMatch) capsWords(i int) bool {
	if j := i + spaceRun(m.h[i:]); j > i {
		if e := m.word(j, false); e >= 0 && m.capsWords(e) {
			return true
		}
		for _, p := range placeParticles {
			if strings.HasPrefix(m.h[j:], p) && m.capsWords(j+len(p)) {
				return true
			}
		}
	}
	return m.regions(i, 0)
}

// mixedWords continues MIXED after its first word and n more; a
// particle may join them ("Villarrica del Sur").
func (m *datelineMatch) mixedWords(i, n int) bool {
	if j := i + spaceRun(m.h[i:]); n < 3 && j > i {
		if e := m.word(j, true); e >= 0 && m.mixedWords(e, n+1) {
			return true
		}
		for _, p := range placeParticles {
			if strings.HasPrefix(m.h[j:], p+" ") && m.mixedWords(j+len(p), n+1) {
				return true
			}
		}
	}
	return m.regions(i, 0)
}

// regions tries another REGION at i when fewer than two were read, then
// what follows the place.
func (m *datelineMatch) regions(i, n int) bool {
	if n == 0 {
		i = m.bracketedRegion(i) // "Valparaíso (Chile), 3 mar"
	}
	if n < 2 && strings.HasPrefix(m.h[i:], ",") {
		if j := i + 1 + spaceRun(m.h[i+1:]); j > i+1 {
			if e := m.word(j, true); e >= 0 && m.regionWords(e, n) {
				return true
			}
			if e := dayMonth(m.h, j); e > j && m.regions(e, n+1) {
				return true // "MONTREVAL, 3 mars 2026", "MADRID, 3 Mar."
			}
		}
	}
	if y := yearAt(m.h, i); y > i {
		i = y // "LYON, March 3, 2026 (AFP) -"
	}
	m.place = i
	return m.tagThenEnd(i, m.mixed)
}

// yearAt matches `,\s+\d{4}\b` at i, a year after a dateline's month and
// day, and returns where it ends, or i.
func yearAt(h string, i int) int {
	if !strings.HasPrefix(h[i:], ",") {
		return i
	}
	j := i + 1 + spaceRun(h[i+1:])
	if j == i+1 || digits(h[j:], 5) != 4 {
		return i
	}
	return j + 4
}

// regionWords continues a REGION after a word ending at i.
func (m *datelineMatch) regionWords(i, n int) bool {
	if j := i + spaceRun(m.h[i:]); j > i {
		if e := m.word(j, true); e >= 0 && m.regionWords(e, n) {
			return true
		}
		for d := digits(m.h[j:], 2); d > 0; d-- {
			if m.regionWords(j+d, n) {
				return true
			}
		}
		for _, p := range regionParticles {
			if strings.HasPrefix(m.h[j:], p) && m.regionWords(j+len(p), n) {
				return true
			}
		}
	}
	return m.regions(i, n+1)
}

// tagThenEnd reads spaces and the agency tag at i, then END; the tag may
// be left out unless need is set. (A tag-only lead opens with the
// bracket, so it has no spaces to read.)
func (m *datelineMatch) tagThenEnd(i int, need bool) bool {
	j := i + spaceRun(m.h[i:])
	if strings.HasPrefix(m.h[j:], "(") {
		k, runes := j+1, 0
		for k < len(m.h) && runes < 40 {
			r, n := utf8.DecodeRuneInString(m.h[k:])
			if r == '(' || r == ')' {
				break
			}
			k, runes = k+n, runes+1
		}
		if runes > 0 && strings.HasPrefix(m.h[k:], ")") {
			if end, ok := datelineEnd(m.h, k+1); ok {
				m.tagStart, m.tagEnd, m.end = j+1, k, end
				return true
			}
		}
	}
	if need {
		return false
	}
	end, ok := datelineEnd(m.h, i)
	m.tagStart, m.tagEnd, m.end = i, i, end
	return ok
}

// datelineEnd matches END at i and returns where it ends.
func datelineEnd(h string, i int) (int, bool) {
	sp := spaceRun(h[i:])
	j := i + sp
	if sp > 0 {
		for _, d := range [...]string{"--", "-", "–", "—", "―", "_"} {
			if strings.HasPrefix(h[j:], d) {
				if after := spaceRun(h[j+len(d):]); after > 0 || j+len(d) == len(h) {
					return j + len(d) + after, true // a dateline alone in its paragraph ends the text
				}
			}
		}
	}
	for _, d := range [...]string{"–", "—", "―"} {
		if strings.HasPrefix(h[j:], d) {
			return j + len(d) + spaceRun(h[j+len(d):]), true
		}
	}
	for _, d := range [...]string{".-", ".–", ".—", ". -"} {
		// EFE and other Spanish-language agencies: "BOGOTÁ (EFE).- ".
		if strings.HasPrefix(h[j:], d) && spaceRun(h[j+len(d):]) > 0 {
			return j + len(d) + spaceRun(h[j+len(d):]), true
		}
	}
	if strings.HasPrefix(h[j:], ":") {
		if after := spaceRun(h[j+1:]); after > 0 {
			return j + 1 + after, true
		}
	}
	return 0, false
}

// bracketedRegion skips a country in brackets after the place when a
// comma follows it: "Valparaíso (Chile), 3 mar (EFE).-".
func (m *datelineMatch) bracketedRegion(i int) int {
	j := i + spaceRun(m.h[i:])
	if j == i || !strings.HasPrefix(m.h[j:], "(") {
		return i
	}
	k := strings.IndexByte(m.h[j:], ')')
	if k < 3 || k > 32 || !strings.HasPrefix(m.h[j+k+1:], ",") || strings.IndexByte(m.h[j+1:j+k], '(') >= 0 {
		return i
	}
	if r, _ := utf8.DecodeRuneInString(m.h[j+1:]); !unicode.IsUpper(r) {
		return i
	}
	return j + k + 1
}

// dayMonth matches a day and a month word in any case, as agencies in
// other languages write them after the place ("3 mars", "03 MAR", "3
// Mar."), and returns where it ends, or j.
func dayMonth(h string, j int) int {
	d := digits(h[j:], 2)
	if d == 0 {
		return j
	}
	k := j + d + spaceRun(h[j+d:])
	if k == j+d {
		return j
	}
	w := monthWord(h[k:])
	if w == 0 {
		return j
	}
	if _, ok := lookupMonth(h[k : k+w]); !ok {
		return j
	}
	k += w
	if k < len(h) && h[k] == '.' {
		k++
	}
	if sp := spaceRun(h[k:]); sp > 0 && digits(h[k+sp:], 5) == 4 {
		k += sp + 4 // the year
	}
	return k
}
