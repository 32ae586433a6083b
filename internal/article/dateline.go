package article

import (
	"regexp"
	"strings"
	"unicode"
)

// A dateline is upper-case place words, optionally ", Region" and/or
// ", Mon Day", optionally an agency tag, then a dash between spaces. A
// mixed-case place ("Washington (CNN) —") counts only with a tag. The
// patterns are applied to the first 160 bytes of one paragraph only.
const (
	placeCaps  = `\p{Lu}[\p{Lu}'’.\-]*(?:\s+(?:\p{Lu}[\p{Lu}'’.\-]*|de|del|la|el|do|da|dos|al|of|on|upon))*`
	placeMixed = `\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}`
	region     = `(?:,\s+\p{Lu}[\p{L}'’.\-]*(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|\d{1,2}|of|and|de))*)`
	agencyTag  = `\(([^()]{1,40})\)`
	dash       = `(?:\s+(?:--|-|–|—|―|_)\s+|\s*[–—―]\s*)`
)

var (
	datelineCaps  = regexp.MustCompile(`^(` + placeCaps + region + `{0,2})(?:\s*` + agencyTag + `)?(?:` + dash + `|\s*:\s+)`)
	datelineMixed = regexp.MustCompile(`^(` + placeMixed + region + `{0,2})\s*` + agencyTag + `(?:` + dash + `|\s*:\s+)`)
	tagOnlyLead   = regexp.MustCompile(`^` + agencyTag + `(?:` + dash + `|\s*:\s+)`)
)

// dateline is what the opening of the first body paragraph gave.
type dateline struct {
	place string // "KYIV, Ukraine"; empty for a tag-only lead
	tag   string // "AP", "Reuters"; empty when there is none
	rest  string // the paragraph without the dateline
	line  int    // where the paragraph starts
}

// readDateline recognises a dateline, or an agency tag with no place
// ("(Bloomberg) -- Banks cut rates"), at the start of text.
func readDateline(text string) (dateline, bool) {
	h := head(text, 160)
	if m := tagOnlyLead.FindStringSubmatch(h); m != nil {
		return dateline{tag: strings.TrimSpace(m[1]), rest: text[len(m[0]):]}, true
	}
	m := datelineCaps.FindStringSubmatch(h)
	if m != nil && !placeIsCaps(m[1]) {
		m = nil
	}
	if m == nil {
		m = datelineMixed.FindStringSubmatch(h)
	}
	if m == nil || !plausibleTag(m[2]) {
		return dateline{}, false
	}
	d := dateline{place: strings.TrimSpace(m[1]), tag: strings.TrimSpace(m[2]), rest: text[len(m[0]):]}
	if m[2] == "" && strings.HasSuffix(m[0], ": ") {
		return dateline{}, false // "NOTE: ..." is a label, not a dateline
	}
	return d, true
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
	w := strings.Fields(t)
	return len(w) <= 5 && !strings.ContainsAny(t, ".,;")
}
