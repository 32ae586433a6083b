package article

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The helpers in this file are cheap byte-level tests that let the
// recognisers skip a regular expression, or a copy, when it cannot match.
// Each one is a necessary condition for the pattern it guards, never a
// replacement with a different meaning: where a pattern folds case with
// (?i), they fold the same way, including the two non-ASCII letters that
// Unicode folds onto ASCII ones (ſ onto s, the Kelvin sign onto k).

// lowerASCII lower-cases an ASCII letter and leaves any other byte alone.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldsTo reports whether r matches the lower-case ASCII byte c in a
// (?i) pattern.
func foldsTo(r rune, c byte) bool {
	if r < utf8.RuneSelf {
		return lowerASCII(byte(r)) == c
	}
	return c == 's' && r == 'ſ' || c == 'k' && r == '\u212a'
}

// prefixFold reports whether s starts with lit, a lower-case ASCII
// literal, as a (?i) pattern would match it, and how many bytes of s that
// prefix takes.
func prefixFold(s, lit string) (int, bool) {
	i := 0
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return 0, false
		}
		if c := s[i]; c < utf8.RuneSelf {
			if lowerASCII(c) != lit[j] {
				return 0, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !foldsTo(r, lit[j]) {
			return 0, false
		}
		i += size
	}
	return i, true
}

// mayContainFold reports whether s might contain one of lits (lower-case
// ASCII) under (?i) folding. It answers true for any s holding ſ or the
// Kelvin sign, which fold onto ASCII letters.
func mayContainFold(s string, lits ...string) bool {
	if strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
		return true
	}
	var buf [256]byte
	if len(s) > len(buf) {
		for _, lit := range lits {
			if indexFoldASCII(s, lit) >= 0 {
				return true
			}
		}
		return false
	}
	// Lower-case the ASCII letters once, then search for each word.
	low := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		low[i] = lowerASCII(s[i])
	}
	for _, lit := range lits {
		if containsLower(low, lit) {
			return true
		}
	}
	return false
}

// containsLower reports whether low holds lit, a non-empty literal.
func containsLower(low []byte, lit string) bool {
	for off := 0; off+len(lit) <= len(low); {
		j := bytes.IndexByte(low[off:len(low)-len(lit)+1], lit[0])
		if j < 0 {
			return false
		}
		off += j
		if string(low[off:off+len(lit)]) == lit {
			return true
		}
		off++
	}
	return false
}

// indexFoldASCII finds lit (lower-case ASCII) in s ignoring ASCII case.
func indexFoldASCII(s, lit string) int {
	if lit == "" {
		return 0
	}
	first, upper := lit[0], lit[0]
	if 'a' <= first && first <= 'z' {
		upper = first - 'a' + 'A'
	}
	for i := 0; i+len(lit) <= len(s); i++ {
		if c := s[i]; c != first && c != upper {
			continue
		}
		j := 1
		for j < len(lit) && lowerASCII(s[i+j]) == lit[j] {
			j++
		}
		if j == len(lit) {
			return i
		}
	}
	return -1
}

// isRegexpSpace is \s in a regular expression: ASCII white space only.
func isRegexpSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// spaceRun counts the ASCII white space opening s.
func spaceRun(s string) int {
	i := 0
	for i < len(s) && isRegexpSpace(rune(s[i])) {
		i++
	}
	return i
}

// countFields is len(strings.Fields(s)) without building the slice.
func countFields(s string) int {
	n := 0
	for _, end := nextField(s, 0); end > 0; _, end = nextField(s, end) {
		n++
	}
	return n
}

// nextField finds the first field of s at or after byte i, as
// strings.Fields splits: s[start:end], or end 0 when there is none.
func nextField(s string, i int) (start, end int) {
	i = skipSpaces(s, i, true)
	if i >= len(s) {
		return 0, 0
	}
	return i, skipSpaces(s, i, false)
}

// skipSpaces moves i past the runes of s that are spaces (or, with
// spaces false, that are not).
func skipSpaces(s string, i int, spaces bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] != spaces {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) != spaces {
			return i
		}
		i += n
	}
	return i
}

// runeLen is the length of the rune opening s: 1 for ASCII and for a byte
// that is not UTF-8.
func runeLen(s string) int {
	if s[0] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// isFieldSpace reports whether s opens with a rune strings.Fields splits on.
func isFieldSpace(s string) bool {
	if s[0] < utf8.RuneSelf {
		return asciiSpace[s[0]]
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// hasYear reports whether s holds four ASCII digits in a row, which every
// date the date patterns accept has.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// lookupLower looks s up in a map keyed by lower-case words without
// allocating for short ASCII words, which are nearly all of them.
func lookupLower(m map[string]bool, s string) bool {
	var buf [24]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		buf[i] = lowerASCII(c)
	}
	return m[string(buf[:len(s)])]
}

// hasPrefixLower is strings.HasPrefix(strings.ToLower(s), p) for a
// lower-case ASCII p, copying nothing when the prefix of s is ASCII.
func hasPrefixLower(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if s[i] >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(s), p)
		}
		if lowerASCII(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// appendFields appends strings.Fields(s) to dst.
func appendFields(dst []string, s string) []string {
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		dst = append(dst, s[start:end])
	}
	return dst
}

// firstField is strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	start, end := nextField(s, 0)
	return s[start:end]
}

// lastField is the last of strings.Fields(s), or "" when s has no field.
func lastField(s string) string {
	last := ""
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		last = s[start:end]
	}
	return last
}

// startsUpper reports whether s opens with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// runeCount is utf8.RuneCountInString, counting the ASCII eight bytes at
// a time.
func runeCount(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s[i:i+8])&0x8080808080808080 != 0 {
			break
		}
	}
	return i + utf8.RuneCountInString(s[i:])
}

// countFieldsUpTo counts the words of s, stopping at max: enough to tell
// a short line from a paragraph without reading all of a long one. The
// parser's text has single spaces between words (decode normalises them),
// so it counts spaces.
func countFieldsUpTo(s string, max int) int {
	s = strings.Trim(s, " ")
	if s == "" {
		return 0
	}
	n := 1
	for n < max {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			break
		}
		n++
		s = s[i+1:]
	}
	return n
}
