package article

import "strings"

// The byline patterns of a fixed shape, matched by hand. Each function
// says which pattern it matches; a match found at the first space of a
// run of spaces is the leftmost one, and one that fails there fails at
// every space of the run, so the scans skip whole runs.

// bySeparators are the separators of `\s+(?:\||/|--|-|–|—)\s+`, in the
// order the pattern tries them.
var bySeparators = [...]string{"|", "/", "--", "-", "–", "—"}

// separatorAt matches a byline separator at i and returns where it ends.
func separatorAt(s string, i int) (int, bool) {
	q := i + spaceRun(s[i:])
	if q == i {
		return 0, false
	}
	for _, d := range bySeparators {
		if strings.HasPrefix(s[q:], d) {
			if sp := spaceRun(s[q+len(d):]); sp > 0 {
				return q + len(d) + sp, true
			}
		}
	}
	return 0, false
}

// findSeparator returns the leftmost byline separator in s at or after
// from, as start and end.
func findSeparator(s string, from int) (int, int, bool) {
	if strings.IndexByte(s[from:], '-') < 0 && strings.IndexByte(s[from:], '|') < 0 &&
		strings.IndexByte(s[from:], '/') < 0 && strings.IndexByte(s[from:], '\xe2') < 0 {
		return 0, 0, false // no separator at all ("–" and "—" open with 0xe2)
	}
	for i := from; i < len(s); {
		if !isRegexpSpace(rune(s[i])) {
			i++
			continue
		}
		if end, ok := separatorAt(s, i); ok {
			return i, end, true
		}
		i += spaceRun(s[i:])
	}
	return 0, 0, false
}

// splitSeparators appends the pieces of s between byline separators to
// out, as Regexp.Split(s, -1) would.
func splitSeparators(out []string, s string) []string {
	if s == "" {
		return append(out, "")
	}
	beg := 0
	for {
		start, end, ok := findSeparator(s, beg)
		if !ok {
			return append(out, s[beg:])
		}
		out = append(out, s[beg:start])
		beg = end
	}
}

// prepOutletMatch matches `\s+(?i:PREP)\s+(.+)$` for a preposition such
// as "for" or "with": it returns where the match starts and the rest of s
// after the preposition.
func prepOutletMatch(s, prep string) (int, string, bool) {
	if indexFoldASCII(s, prep) < 0 {
		return 0, "", false
	}
	for i := 0; i < len(s); {
		if !isRegexpSpace(rune(s[i])) {
			i++
			continue
		}
		q := i + spaceRun(s[i:])
		if _, ok := prefixFold(s[q:], prep); ok {
			if sp := spaceRun(s[q+len(prep):]); sp > 0 {
				if g, ok := lineTail(s, q+len(prep), sp); ok {
					return i, g, true
				}
			}
		}
		i = q
	}
	return 0, "", false
}

// lineTail matches `\s+(.+)$` where the spaces are s[i:i+sp]: the rest of
// s, which must hold no line break; with nothing after the spaces, the
// last space is the rest.
func lineTail(s string, i, sp int) (string, bool) {
	g := s[i+sp:]
	switch {
	case g == "" && sp >= 2 && s[len(s)-1] != '\n':
		return s[len(s)-1:], true
	case g == "" || strings.IndexByte(g, '\n') >= 0:
		return "", false
	}
	return g, true
}

// inPlaceIndex matches `\s+in\s+\p{Lu}` and returns where the match starts,
// or -1.
func inPlaceIndex(s string) int {
	if !strings.Contains(s, "in") {
		return -1
	}
	for i := 0; i < len(s); {
		if !isRegexpSpace(rune(s[i])) {
			i++
			continue
		}
		q := i + spaceRun(s[i:])
		if strings.HasPrefix(s[q:], "in") {
			if sp := spaceRun(s[q+2:]); sp > 0 && startsUpper(s[q+2+sp:]) {
				return i
			}
		}
		i = q
	}
	return -1
}

// byPrefixLen returns the length of the match of
// `^(?i:by|written by|words by|story by)\s*:?\s+` at the start of s, or
// 0. The alternatives open with different letters, so the first literal
// that matches decides.
func byPrefixLen(s string) int {
	if s == "" || strings.IndexByte("bBwWsSpPvVdDaA", s[0]) < 0 {
		return 0 // no literal opens with any other letter
	}
	for _, lit := range [...]string{"by", "written by", "words by", "story by", "por", "von", "par", "di", "door", "av", "af"} {
		n, ok := prefixFold(s, lit)
		if !ok {
			continue
		}
		// \s*:?\s+ : the spaces, then a colon with spaces after it, or
		// the spaces alone when there are some.
		q := n + spaceRun(s[n:])
		if q+1 < len(s) && s[q] == ':' && isRegexpSpace(rune(s[q+1])) {
			return q + 1 + spaceRun(s[q+1:])
		}
		if q > n {
			return q
		}
		return 0
	}
	return 0
}

// opensWithName is a cheap necessary condition for a byline: its first
// author, which every cut of an outlet, a place or a job title leaves at
// least two words long, opens the text. So the first two words (split at
// spaces, commas and semicolons, as the byline is) must be words a name
// may hold; "The council said" fails at "council".
func opensWithName(rest string) bool {
	t0, more := nextToken(rest)
	t1, _ := nextToken(more)
	if t1 == "" {
		return false
	}
	return (isInitial(t0) || isNameWord(t0)) &&
		(isInitial(t1) || lookupLower(suffixes, t1) || particles[t1] || isNameWord(t1))
}

// nextToken returns the first run of s between spaces, commas and
// semicolons, and what follows it.
func nextToken(s string) (string, string) {
	i := 0
	for i < len(s) && isTokenBreak(s[i:]) {
		i += runeLen(s[i:])
	}
	j := i
	for j < len(s) && !isTokenBreak(s[j:]) {
		j += runeLen(s[j:])
	}
	return s[i:j], s[j:]
}

func isTokenBreak(s string) bool { return s[0] == ',' || s[0] == ';' || isFieldSpace(s) }

// splitAuthors splits s as the pattern
// `\s*(?:;|,\s*(?:and\s+|&\s+)?|\s(?i:and)\s|\s&\s)\s*` would: at each
// ";", at each "," (with an "and" or "&" after it), and at " and " or
// " & ", the spaces around each cut going with it.
func splitAuthors(out []string, s string) []string {
	n := len(out)
	out = splitAuthorSeps(out, s)
	if len(out)-n == 1 && !strings.Contains(s, " ") {
		return out
	}
	for i := n; i < len(out); i++ {
		if a, b, ok := cutConjunction(out[i]); ok {
			out = append(out[:i+1], out[i:]...)
			out[i], out[i+1] = a, b
		}
	}
	return out
}

// conjunctions are "and" in the languages of the bylines the parser reads.
var conjunctions = [...]string{" und ", " y ", " et ", " e ", " en ", " og ", " och ", " ed "}

// cutConjunction splits "Lukas Beispiel und Mira Muster" at a conjunction
// of another language when both sides are at least two words, so that
// "José Ortega y Gasset" stays one name.
func cutConjunction(s string) (string, string, bool) {
	for _, c := range conjunctions {
		i := strings.Index(s, c)
		if i < 0 {
			continue
		}
		a, b := s[:i], s[i+len(c):]
		if countFields(a) >= 2 && countFields(b) >= 2 {
			return a, b, true
		}
	}
	return "", "", false
}

// splitAuthorSeps splits at the English separators.
func splitAuthorSeps(out []string, s string) []string {
	if !strings.ContainsAny(s, ",;&") && indexFoldASCII(s, "and") < 0 {
		return append(out, s)
	}
	beg := 0
	for i := 0; i < len(s); {
		end, ok := authorSepAt(s, i)
		if !ok {
			// A match fails at every space of a run once it fails at the first.
			i += max(spaceRun(s[i:]), 1)
			continue
		}
		out = append(out, s[beg:i])
		beg, i = end, end
	}
	return append(out, s[beg:])
}

// authorSepAt matches the author separator at i and returns where the
// match ends.
func authorSepAt(s string, i int) (int, bool) {
	q := i + spaceRun(s[i:])
	if q >= len(s) {
		return 0, false
	}
	switch s[q] {
	case ';':
		return q + 1 + spaceRun(s[q+1:]), true
	case ',':
		k := q + 1 + spaceRun(s[q+1:])
		for _, w := range [...]string{"and", "&"} {
			if strings.HasPrefix(s[k:], w) && spaceRun(s[k+len(w):]) > 0 {
				return k + len(w) + spaceRun(s[k+len(w):]), true
			}
		}
		return k, true
	}
	if q == i {
		return 0, false // " and " and " & " need a space before them
	}
	if _, ok := prefixFold(s[q:], "and"); ok && q+3 < len(s) && isRegexpSpace(rune(s[q+3])) {
		return q + 4 + spaceRun(s[q+4:]), true
	}
	if s[q] == '&' && q+1 < len(s) && isRegexpSpace(rune(s[q+1])) {
		return q + 2 + spaceRun(s[q+2:]), true
	}
	return 0, false
}
