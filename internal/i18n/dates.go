package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Format writes t with a CLDR date pattern, in the language's words:
// "EEEE d MMMM y" is "Friday 13 February 2026". The letters it knows are
// EEEE (weekday), d and dd (day), M and MM (month number), MMMM and LLLL
// (month name), y (year), H and HH, h and hh (hour), mm (minute), ss
// (second), a (AM or PM) and z (zone abbreviation); text in single quotes
// is literal (” is a quote), and so is every character that is not an
// ASCII letter. checkPattern refuses other letters, so a pattern that
// reaches Format has none.
func (l *Lang) Format(t time.Time, pattern string) string {
	l = l.orEnglish()
	var b strings.Builder
	for _, tok := range tokens(pattern) {
		if !tok.field {
			b.WriteString(tok.text)
			continue
		}
		b.WriteString(l.field(t, tok.text[0], len(tok.text)))
	}
	return b.String()
}

// field writes one pattern field of n letters c.
func (l *Lang) field(t time.Time, c byte, n int) string {
	switch c {
	case 'E':
		return name(l.list("weekdays"), int(t.Weekday()))
	case 'M', 'L':
		if n >= 3 {
			return name(l.list("months"), int(t.Month())-1)
		}
		return pad(int(t.Month()), n)
	case 'd':
		return pad(t.Day(), n)
	case 'y':
		return pad(t.Year(), n)
	case 'H':
		return pad(t.Hour(), n)
	case 'h':
		h := t.Hour() % 12
		if h == 0 {
			h = 12
		}
		return pad(h, n)
	case 'm':
		return pad(t.Minute(), 2)
	case 's':
		return pad(t.Second(), 2)
	case 'a':
		ampm := l.ampm()
		if t.Hour() >= 12 {
			return ampm[1]
		}
		return ampm[0]
	case 'z':
		zone, _ := t.Zone()
		return zone
	}
	return strings.Repeat(string(c), n)
}

// ampm returns the words for the pattern letter a.
func (l *Lang) ampm() [2]string {
	for _, t := range l.chain {
		if t.ampm[0] != "" {
			return t.ampm
		}
	}
	return [2]string{"AM", "PM"}
}

// name returns names[i], or the number when a site's list is short.
func name(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return strconv.Itoa(i + 1)
}

// pad writes n with at least width digits.
func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// token is a run of one pattern letter, or literal text.
type token struct {
	text  string
	field bool
}

// patternLetters are the letters Format knows.
const patternLetters = "EMLdyHhmsaz"

// tokens splits a pattern into fields and literal text.
func tokens(p string) []token {
	var out []token
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, token{text: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\'':
			if i+1 < len(p) && p[i+1] == '\'' {
				lit.WriteByte('\'')
				i += 2
				continue
			}
			end := strings.IndexByte(p[i+1:], '\'')
			if end < 0 {
				end = len(p) - i - 1
			}
			lit.WriteString(p[i+1 : i+1+end])
			i += end + 2
		case isLetter(c):
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			flush()
			out = append(out, token{text: p[i:j], field: true})
			i = j
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// checkPattern reports a pattern letter Format does not know, or a quote
// left open.
func checkPattern(p string) error {
	if strings.Count(p, "'")%2 == 1 {
		return fmt.Errorf("the pattern %q opens a quote it does not close", p)
	}
	for _, tok := range tokens(p) {
		if tok.field && !strings.ContainsRune(patternLetters, rune(tok.text[0])) {
			return fmt.Errorf("the pattern %q has the letter %q, which is not one of %s (quote text with ')", p, tok.text[:1], patternLetters)
		}
	}
	return nil
}
