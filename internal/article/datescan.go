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
var zoneNames = [...]string{"Z", "UTC", "GMT", "", "BST", "CET", "CEST", "ET", "CT", "MT", "PT"}

// zoneMatch matches
// `^\s*(Z|UTC|GMT|[ECMP][SD]T|BST|CET|CEST|[ECMP]T|[+-]\d{2}:?\d{2})\b`.
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
		if strings.HasPrefix(t, name) && !startsWord(t[len(name):]) {
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
// opening with a date; n is the length of the match. It is the one rule
// for a date in a file name: DateFromPath reads the date by it and
// SlugFromName leaves out what it matches, even a day that does not
// exist, so that no name keeps half a date.
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

// weekdays are the English weekday names and the short forms the textual
// date patterns accept before a date.
var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true, "wednesday": true,
	"thu": true, "thur": true, "thurs": true, "thursday": true, "fri": true, "friday": true,
	"sat": true, "saturday": true, "sun": true, "sunday": true,
}

// foreignWeekdays are the weekday names of the other languages the parser
// reads, lower-case.
var foreignWeekdays = map[string]bool{
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
	"segunda-feira": true, "terça-feira": true, "quarta-feira": true, "quinta-feira": true, "sexta-feira": true,
	"maandag": true, "dinsdag": true, "woensdag": true, "donderdag": true, "vrijdag": true, "zaterdag": true, "zondag": true,
	"mandag": true, "tirsdag": true, "onsdag": true, "torsdag": true, "fredag": true, "lørdag": true, "søndag": true,
	"måndag": true, "tisdag": true, "lördag": true, "söndag": true,
}

// weekdayPrefix matches a weekday name, English or of another language
// the parser reads, with an optional full stop and comma, then spaces:
// "Tue., ", "Thursday ", "martes, ".
func weekdayPrefix(s string) (int, bool) {
	n := 0
	for n < len(s) && n < 10 && isASCIILetter(s[n]) {
		n++
	}
	var buf [10]byte
	if n < 3 || !weekdays[string(lowerBytes(buf[:0], s[:n]))] {
		return foreignWeekdayPrefix(s)
	}
	if n < len(s) && s[n] == '.' {
		n++
	}
	if n < len(s) && s[n] == ',' {
		n++
	}
	if sp := spaceRun(s[n:]); sp > 0 {
		return n + sp, true
	}
	return 0, false
}

// foreignWeekdayPrefix matches a weekday of foreignWeekdays, perhaps
// followed by a comma, then spaces.
func foreignWeekdayPrefix(s string) (int, bool) {
	n := 0
	for n < len(s) && n < 16 {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		n += size
	}
	if n < 5 {
		return 0, false
	}
	var buf [24]byte
	if !foreignWeekdays[string(lowerBytes(buf[:0], s[:n]))] {
		return 0, false
	}
	if n < len(s) && s[n] == ',' {
		n++
	}
	if sp := spaceRun(s[n:]); sp > 0 {
		return n + sp, true
	}
	return 0, false
}

// monthWord matches a word of three to twelve letters, accents allowed
// ("März", "février", "août"), and returns its length in bytes.
func monthWord(s string) int {
	n, letters := 0, 0
	for n < len(s) && letters <= 12 {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n, letters = n+size, letters+1
	}
	if letters < 3 || letters > 12 {
		return 0
	}
	return n
}

// ordinal matches `(?:st|nd|rd|th)?`.
func ordinal(s string) int {
	if len(s) >= 2 {
		switch s[:2] {
		case "st", "nd", "rd", "th":
			return 2
		}
	}
	return 0
}

// mdyDate matches
// `^(weekday)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`
// (the weekday as in weekdayPrefix), first with the weekday, then without.
func mdyDate(s string) (month, day, year string, n int, ok bool) {
	if w, ok := weekdayPrefix(s); ok {
		if month, day, year, n, ok := mdyAt(s, w); ok {
			return month, day, year, n, true
		}
	}
	return mdyAt(s, 0)
}

func mdyAt(s string, i int) (month, day, year string, n int, ok bool) {
	m := monthWord(s[i:])
	if m == 0 {
		return "", "", "", 0, false
	}
	month, i = s[i:i+m], i+m
	if i < len(s) && s[i] == '.' {
		i++
	}
	sp := spaceRun(s[i:])
	d := digits(s[i+sp:], 2)
	if sp == 0 || d == 0 {
		return "", "", "", 0, false
	}
	day, i = s[i+sp:i+sp+d], i+sp+d
	year, n, ok = yearAfter(s, i)
	return month, day, year, n, ok
}

// yearAfter matches `(?:st|nd|rd|th)?,?\s+(\d{4})` at i.
func yearAfter(s string, i int) (string, int, bool) {
	i += ordinal(s[i:])
	if i < len(s) && s[i] == ',' {
		i++
	}
	sp := spaceRun(s[i:])
	if sp == 0 || digits(s[i+sp:], 4) < 4 {
		return "", 0, false
	}
	i += sp
	return s[i : i+4], i + 4, true
}

// dmyDate matches
// `^(weekday)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})`,
// first with the weekday, then without.
func dmyDate(s string) (day, month, year string, n int, ok bool) {
	if w, ok := weekdayPrefix(s); ok {
		if day, month, year, n, ok := dmyAt(s, w); ok {
			return day, month, year, n, true
		}
	}
	return dmyAt(s, 0)
}

func dmyAt(s string, i int) (day, month, year string, n int, ok bool) {
	d := digits(s[i:], 2)
	if d == 0 {
		return "", "", "", 0, false
	}
	day, i = s[i:i+d], i+d
	i += ordinal(s[i:])
	if i < len(s) && s[i] == '.' {
		i++ // German "3. März 2026"
	}
	i = skipParticle(s, i) // Spanish and Portuguese "3 de marzo de 2026"
	sp := spaceRun(s[i:])
	m := monthWord(s[i+sp:])
	if sp == 0 || m == 0 {
		return "", "", "", 0, false
	}
	month, i = s[i+sp:i+sp+m], i+sp+m
	if i < len(s) && s[i] == '.' {
		i++
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	i = skipParticle(s, i)
	sp = spaceRun(s[i:])
	if sp == 0 || digits(s[i+sp:], 4) < 4 {
		return "", "", "", 0, false
	}
	i += sp
	return day, month, s[i : i+4], i + 4, true
}

// skipParticle skips " de" or " del" at i, the words Spanish and
// Portuguese put between day, month and year.
func skipParticle(s string, i int) int {
	sp := spaceRun(s[i:])
	for _, w := range [...]string{"de ", "del "} {
		if sp > 0 && strings.HasPrefix(s[i+sp:], w) {
			return i + sp + len(w) - 1
		}
	}
	return i
}

// dottedDate matches `^(\d{1,2})\.(\d{1,2})\.(\d{4})`: the day-first
// numeric date of German and Nordic copy ("14.01.2026").
func dottedDate(s string) (day, month, year string, n int, ok bool) {
	d := digits(s, 2)
	if d == 0 || d >= len(s) || s[d] != '.' {
		return "", "", "", 0, false
	}
	m := digits(s[d+1:], 2)
	i := d + 1 + m
	if m == 0 || i >= len(s) || s[i] != '.' || digits(s[i+1:], 5) != 4 {
		return "", "", "", 0, false
	}
	return s[:d], s[d+1 : d+1+m], s[i+1 : i+5], i + 5, true
}

// clockTime matches
// `^,?\s+(?:at\s+)?(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*([AaPp]\.?[Mm]\.?)?` (a full stop only after two digits).
func clockTime(s string) (h, m, sec, ampm string, n int, ok bool) {
	i := 0
	if strings.HasPrefix(s, ",") {
		i = 1
	}
	sp := spaceRun(s[i:])
	if sp == 0 {
		return "", "", "", "", 0, false
	}
	i += sp
	if strings.HasPrefix(s[i:], "at") {
		if sp := spaceRun(s[i+2:]); sp > 0 {
			i += 2 + sp
		}
	}
	d := digits(s[i:], 2)
	if d == 0 {
		return "", "", "", "", 0, false
	}
	h, i = s[i:i+d], i+d
	if i < len(s) && (s[i] == ':' || s[i] == '.' && d == 2) && digits(s[i+1:], 2) == 2 {
		m, i = s[i+1:i+3], i+3
		if i < len(s) && s[i] == ':' && digits(s[i+1:], 2) == 2 {
			sec, i = s[i+1:i+3], i+3 // as e-mail dates give them: "21:05:00"
		}
	}
	i += spaceRun(s[i:])
	if i < len(s) && strings.IndexByte("AaPp", s[i]) >= 0 {
		j := i + 1
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j < len(s) && (s[j] == 'M' || s[j] == 'm') {
			j++
			if j < len(s) && s[j] == '.' {
				j++
			}
			ampm, i = s[i:j], j
		}
	}
	return h, m, sec, ampm, i, true
}

// dateLabels are the words datePrefix accepts, in the order it tries them.
var dateLabels = [...]string{"published", "updated", "posted", "modified", "date",
	"publié le", "publiée le", "publié", "mis à jour le", "mis à jour", "publicado el", "publicado", "actualizado el",
	"actualizado", "veröffentlicht am", "veröffentlicht", "aktualisiert am", "aktualisiert", "stand:", "pubblicato il",
	"pubblicato", "aggiornato il", "aggiornato", "gepubliceerd op", "gepubliceerd", "bijgewerkt op", "bijgewerkt",
	"publisert", "oppdatert", "publicerad", "publicerat", "uppdaterad", "uppdaterat", "atualizado em", "publicado em"}

// dateLabel matches
// `^(?i:(?:first |last )?(?:published|updated|posted|modified|date)d?)\s*(?::|on)?\s*`
// and returns the length of the match, 0 when there is none.
func dateLabel(s string) int {
	for _, lead := range [...]string{"first ", "last ", ""} {
		i, ok := prefixFold(s, lead)
		if !ok {
			continue
		}
		for _, w := range dateLabels {
			n, ok := prefixFold(s[i:], w)
			if !ok && strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0 {
				n, ok = prefixLower(s[i:], w)
			}
			if !ok {
				continue
			}
			i += n
			if n, ok := prefixFold(s[i:], "d"); ok {
				i += n
			}
			i += spaceRun(s[i:])
			if strings.HasPrefix(s[i:], ":") {
				i++
			} else if strings.HasPrefix(s[i:], "on") {
				i += 2
			}
			return i + spaceRun(s[i:])
		}
	}
	return 0
}

// prefixLower reports whether s opens with w, a lower-case literal that
// may hold letters beyond ASCII, and how many bytes of s it takes.
func prefixLower(s, w string) (int, bool) {
	if len(s) < len(w) {
		return 0, false
	}
	var buf [32]byte
	if string(lowerBytes(buf[:0], s[:len(w)])) == w {
		return len(w), true
	}
	return 0, false
}
