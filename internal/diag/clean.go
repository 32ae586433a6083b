package diag

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Quote returns a file name as it is when every rune of it is printable,
// and otherwise quoted as Go's %q does, so a name with a newline or an
// escape code shows as one visible string.
func Quote(name string) string {
	if printable(name) {
		return name
	}
	return strconv.Quote(name)
}

// Clean returns s with every rune that is not printable (control
// characters, bidirectional overrides, invalid UTF-8) written as a Go
// escape such as \n or \x1b; printable text, Unicode included, is left as
// it is.
func Clean(s string) string {
	if printable(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case strconv.IsPrint(r):
			b.WriteString(s[i : i+n])
		default:
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += n
	}
	return b.String()
}

// printable reports whether s is valid UTF-8 made of printable runes only.
func printable(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return false
			}
		}
		if !strconv.IsPrint(r) {
			return false
		}
	}
	return true
}
