package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The date patterns of a fixed shape are matched by hand: they run on
// every header value, date line and path, and each one is a short run of
// digits and separators. Each function matches exactly what the pattern
// in its comment matches, with the same submatches.

// isoDatePrefix matches `^(\d{4})[-/](\d{1,2})[-/](\d{1,2})`.
func isoDatePrefix(s string) (y, mo, d string, n int, ok bool) {
	if digits(s, 4) < 4 || len(s) < 5 || s[4] != '-' && s[4] != '/' {
		return "", "", "", 0, false
	}
	m := digits(s[5:], 2)
	if m == 0 || 5+m >= len(s) || s[5+m] != '-' && s[5+m] != '/' {
		return "", "", "", 0, false
	}
	i := 6 + m
	k := digits(s[i:], 2)
	if k == 0 {
		return "", "", "", 0, false
	}
	return s[:4], s[5 : 5+m], s[i : i+k], i + k, true
}

// isoTimePrefix matches
// `^(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?`.
func isoTimePrefix(s string) (h, m, sec string, n int, ok bool) {
	var i int
	switch {
	case strings.HasPrefix(s, "T"):
		i = 1
	case s != "" && isRegexpSpace(rune(s[0])):
		i = spaceRun(s)
	case strings.HasPrefix(s, ","):
		i = 1 + spaceRun(s[1:])
	default:
		return "", "", "", 0, false
	}
	k := digits(s[i:], 2)
	if k == 0 || i+k >= len(s) || s[i+k] != ':' || digits(s[i+k+1:], 2) < 2 {
		return "", "", "", 0, false
	}
	h, m, n = s[i:i+k], s[i+k+1:i+k+3], i+k+3
	if n < len(s) && s[n] == ':' && digits(s[n+1:], 2) == 2 {
		sec, n = s[n+1:n+3], n+3
		if n < len(s) && s[n] == '.' {
			if f := digits(s[n+1:], len(s)); f > 0 {
				n += 1 + f
			}
		}
	}
	return h, m, sec, n, true
}

// zoneNames are the alternatives of zoneName in the order it tries them.
var zoneNames = [...]string{"Z", "UTC", "GMT", "", "BST", "CET", "CEST"}

// zoneMatch matches
// `^\s*(Z|UTC|GMT|[ECMP][SD]T|BST|CET|CEST|[+-]\d{2}:?\d{2})`.
func zoneMatch(s string) (z string, n int, ok bool) {
	i := spaceRun(s)
	t := s[i:]
	for _, name := range zoneNames {
		if name == "" {
			if len(t) >= 3 && strings.IndexByte("ECMP", t[0]) >= 0 && (t[1] == 'S' || t[1] == 'D') && t[2] == 'T' {
				return t[:3], i + 3, true
			}
			continue
		}
		if strings.HasPrefix(t, name) {
			return name, i + len(name), true
		}
	}
	if t == "" || t[0] != '+' && t[0] != '-' || digits(t[1:], 2) < 2 {
		return "", 0, false
	}
	k := 3
	if k < len(t) && t[k] == ':' && digits(t[k+1:], 2) == 2 {
		return t[:k+3], i + k + 3, true
	}
	if digits(t[k:], 2) == 2 {
		return t[:k+2], i + k + 2, true
	}
	return "", 0, false
}

// startsWord matches `^[\pL\pN]`.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// pathDate matches `(?:^|/)(\d{4})/(\d{2})/(\d{2})/`, leftmost first.
func pathDate(p string) (y, mo, d string, ok bool) {
	if y, mo, d, ok := slashedDate(p); ok {
		return y, mo, d, true
	}
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			if y, mo, d, ok := slashedDate(p[i+1:]); ok {
				return y, mo, d, true
			}
		}
	}
	return "", "", "", false
}

// slashedDate matches `^(\d{4})/(\d{2})/(\d{2})/`.
func slashedDate(s string) (y, mo, d string, ok bool) {
	if len(s) < 11 || digits(s, 4) < 4 || s[4] != '/' || digits(s[5:], 2) < 2 || s[7] != '/' ||
		digits(s[8:], 2) < 2 || s[10] != '/' {
		return "", "", "", false
	}
	return s[:4], s[5:7], s[8:10], true
}

// baseDate matches `^(\d{4})-(\d{2})-(\d{2})(?:[-_ .]|$)`, a file name
// opening with a date; n is the length of the match.
func baseDate(s string) (y, mo, d string, n int, ok bool) {
	if len(s) < 10 || digits(s, 4) < 4 || s[4] != '-' || digits(s[5:], 2) < 2 || s[7] != '-' ||
		digits(s[8:], 2) < 2 {
		return "", "", "", 0, false
	}
	switch {
	case len(s) == 10:
		n = 10
	case strings.IndexByte("-_ .", s[10]) >= 0:
		n = 11
	default:
		return "", "", "", 0, false
	}
	return s[:4], s[5:7], s[8:10], n, true
}

// digits counts the ASCII digits opening s, up to max.
func digits(s string, max int) int {
	i := 0
	for i < len(s) && i < max && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}
