package article

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A dateline is upper-case place words, optionally ", Region" and/or
// ", Mon Day", optionally an agency tag, then a dash between spaces. A
// mixed-case place ("Washington (CNN) —") counts only with a tag. The
// patterns (datelinescan.go) are applied to the first 160 bytes of one
// paragraph only.

// dateline is what the opening of the first body paragraph gave.
type dateline struct {
	place string // "KYIV, Ukraine"; empty for a tag-only lead
	tag   string // "AP", "Reuters"; empty when there is none
	rest  string // the paragraph without the dateline
	line  int    // where the paragraph starts
	dated string // the place with its date, when the date has a year: "LYON, March 3, 2026"
}

// datelineMemo is what readDateline found for one paragraph.
type datelineMemo struct {
	text string
	d    dateline
	ok   bool
}

// dateline is readDateline for the paragraphs of this parse. The opening
// paragraphs are asked about up to three times (as evidence of the outlet,
// as the end of the top, and for the dateline itself), so the answers of
// the few that get as far as a pattern are kept.
func (p *parser) dateline(text string) (dateline, bool) {
	if tagOnly, caps, mixed := datelineShape(head(text, 160)); !tagOnly && !caps && !mixed {
		return dateline{}, false
	}
	for _, m := range p.memo[:p.memoLen] {
		if m.text == text {
			return m.d, m.ok
		}
	}
	for _, m := range p.datelines {
		if m.text == text {
			return m.d, m.ok
		}
	}
	d, ok := readDateline(text)
	if p.memoLen < len(p.memo) {
		p.memo[p.memoLen] = datelineMemo{text, d, ok}
		p.memoLen++
	} else {
		p.datelines = append(p.datelines, datelineMemo{text, d, ok})
	}
	return d, ok
}

// readDateline recognises a dateline, or an agency tag with no place
// ("(Bloomberg) -- Banks cut rates"), at the start of text.
func readDateline(text string) (dateline, bool) {
	h := head(text, 160)
	tagOnly, caps, mixed := datelineShape(h)
	if tagOnly {
		if m, ok := matchTagOnly(h); ok {
			d := dateline{tag: strings.TrimSpace(h[m.tagStart:m.tagEnd]), rest: text[m.end:]}
			// ANSA puts the tag first: "(ANSA) - TRENTO, 03 MAR - ...".
			if after, ok := readDateline(d.rest); ok && after.tag == "" && after.place != "" {
				d.place, d.rest = after.place, after.rest
			}
			return d, true
		}
	}
	var m datelineMatch
	ok := false
	if caps {
		m, ok = matchDateline(h, false)
	}
	if ok && !placeIsCaps(h[:m.place]) {
		ok = false
	}
	if !ok && mixed {
		m, ok = matchDateline(h, true)
	}
	if !ok {
		return dateline{}, false
	}
	tag := h[m.tagStart:m.tagEnd]
	if !plausibleTag(tag) {
		return dateline{}, false
	}
	d := dateline{place: strings.TrimSpace(h[:m.place]), tag: strings.TrimSpace(tag), rest: text[m.end:]}
	if p := placeWithoutYear(d.place); p != d.place {
		d.place, d.dated = p, d.place
	}
	if tag == "" && strings.HasSuffix(h[:m.end], ": ") {
		return dateline{}, false // "NOTE: ..." is a label, not a dateline
	}
	return d, true
}

// datelineShape tells which of the three dateline patterns can match h,
// from its first two characters and whether it holds a dash or a colon at
// all, so that body paragraphs, nearly all of which no pattern matches,
// cost a few byte tests. The conditions follow the patterns: a tag-only
// lead opens with "("; a place opens with a capital, followed by another
// character of a place word, a space, a comma, a bracket, a dash or a
// colon; a mixed-case place needs an agency tag in brackets.
func datelineShape(h string) (tagOnly, caps, mixed bool) {
	if !hasDash(h) {
		return false, false, false
	}
	if strings.HasPrefix(h, "(") {
		return true, false, false
	}
	r0, n := utf8.DecodeRuneInString(h)
	if !unicode.IsUpper(r0) {
		return false, false, false
	}
	r1, _ := utf8.DecodeRuneInString(h[n:])
	inWord := r1 == '\'' || r1 == '’' || r1 == '.' || r1 == '-'
	between := isRegexpSpace(r1) || r1 == ',' || r1 == '('
	caps = unicode.IsUpper(r1) || inWord || between || r1 == '–' || r1 == '—' || r1 == '―' || r1 == ':'
	mixed = (unicode.IsLetter(r1) || inWord || between) && strings.IndexByte(h, '(') >= 0
	return false, caps, mixed
}

// hasDash reports whether h holds a byte that every dateline's closing
// dash or colon needs: "-", "_", ":" or the lead byte of "–", "—" and "―".
func hasDash(h string) bool {
	return strings.IndexByte(h, '-') >= 0 || strings.IndexByte(h, ':') >= 0 ||
		strings.IndexByte(h, '\xe2') >= 0 || strings.IndexByte(h, '_') >= 0
}

// placeIsCaps reports whether the place before any region has at least
// three capital letters, so "AI - the technology" or "I - " are not
// datelines. (The pattern already allows only capitals and particles.)
func placeIsCaps(s string) bool {
	place, _, _ := strings.Cut(s, ",")
	letters := 0
	for _, r := range place {
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 3
}

// plausibleTag accepts an empty tag or a short agency name.
func plausibleTag(t string) bool {
	if t == "" {
		return true
	}
	return countFields(t) <= 5 && !strings.ContainsAny(t, ".,;")
}

// placeWithoutYear cuts a date with a year off a dateline's place:
// "LYON, March 3, 2026" gives "LYON". The date goes to the article's
// date; a month and day without a year ("LONDON, March 3") stay, as
// Reuters writes them.
func placeWithoutYear(place string) string {
	if !hasYear(place) {
		return place
	}
	for i := strings.IndexByte(place, ','); i >= 0; {
		if _, ok := parseDatePrefix(strings.TrimSpace(place[i+1:]), time.UTC); ok {
			return strings.TrimSpace(place[:i])
		}
		j := strings.IndexByte(place[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return place
}

// datelineDate reads the date of a dated dateline: a month, a day and a
// year after the place ("LYON, March 3, 2026"). A date without a year
// ("LONDON, March 3") gives none: guessing the year is for people.
func datelineDate(place string) (parsedDate, bool) {
	if !hasYear(place) {
		return parsedDate{}, false
	}
	for i := strings.IndexByte(place, ','); i >= 0; {
		rest := strings.TrimSpace(place[i+1:])
		if pd, ok := parseDatePrefix(rest, time.UTC); ok {
			return pd, true
		}
		j := strings.IndexByte(place[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return parsedDate{}, false
}
