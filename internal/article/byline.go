package article

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// byline is a parsed byline.
type byline struct {
	authors []string
	outlet  string   // as resolved: "The Associated Press"
	notes   []string // what was left out of the authors and why, for warnings
	// affiliated is set once an outlet or a job title was read: the mark
	// of a byline even without "By".
	affiliated bool
}

// maxBylineLen bounds the text tried as a byline; real ones are short.
const maxBylineLen = 250

// parseByline is readByline against the names in set.
func parseByline(text string, set outletSet, bare bool) (byline, bool) {
	return readByline(text, set.fold(), bare)
}

// readByline reads text as a byline. bare says whether a byline without
// "By" and without an outlet or job title may be accepted (it may once a
// headline has been seen, as in Guardian copy: "Jane Roe in Kyiv"). It
// fails unless every part of the text is a name, an outlet, a job title or
// a place.
func readByline(text string, set foldedSet, bare bool) (byline, bool) {
	if len(text) > maxBylineLen {
		return byline{}, false
	}
	var b byline
	staff, aff, _ := strings.Cut(text, ", ")
	if isStaffReport(staff) {
		// "Redacción" or "Staff report", perhaps with the outlet glued
		// under it: a newsroom, no author.
		b.affiliated = true
		b.notes = append(b.notes, quote(staff)+" names no author")
		if aff != "" && !b.takeAffiliations(splitSegments(nil, aff), set, true) {
			return byline{}, false
		}
		return b, true
	}
	n := byPrefixLen(text)
	rest, hasBy := text[n:], n > 0
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return byline{}, false // "By the end of the week ..."
	}
	rest = strings.TrimSuffix(rest, ".")
	if strings.IndexByte(rest, '(') >= 0 {
		rest = b.cutShiftMarkers(rest)
		rest = b.cutTrailingAside(rest)
	}
	if strings.IndexByte(rest, '/') > 0 {
		rest = b.cutSlashOutlet(rest, set)
	}
	if o, ok := outletStaff(rest, set); ok {
		b.setOutlet(o, set) // "Bayport Sentinel Staff": the outlet, no author
		b.notes = append(b.notes, quote(rest)+" names the outlet's staff, no author")
		return b, true
	}
	if hasBy && isWholeOutlet(rest, set) {
		b.setOutlet(rest, set) // "By The Associated Press": no author
		return b, true
	}
	if !opensWithName(rest) {
		return byline{}, false // "The council said ..."
	}
	if start, end, ok := findSeparator(rest, 0); ok {
		var partBuf [8]string
		var segs []string
		for _, part := range splitSeparators(partBuf[:0], rest[end:]) {
			segs = splitSegments(segs, part)
		}
		if !b.takeAffiliations(segs, set, true) {
			return byline{}, false
		}
		rest = rest[:start]
	}
	var segBuf [8]string
	segs := splitSegments(segBuf[:0], rest)
	if n := len(segs); n >= 3 && isPlaceAfterOutlet(segs[n-2], segs[n-1], set) {
		// "Ellen Hartigan, BBC News, Westmark": the outlet's region.
		b.notes = append(b.notes, "dropped place "+quote(segs[n-1]))
		segs = segs[:n-1]
	}
	for final := true; len(segs) > 1 && b.takeAffiliation(segs[len(segs)-1], set, final); final = false {
		segs = segs[:len(segs)-1]
	}
	names := strings.Join(segs, ", ")
	names = b.cutGluedOutlet(names, set)
	if !b.takeAuthors(names) {
		return byline{}, false
	}
	if !hasBy && !b.affiliated && !bare {
		return byline{}, false
	}
	return b, len(b.authors) > 0 || b.outlet != ""
}

// isWholeOutlet reports whether a byline's whole name part is an outlet:
// a known one, or one opening with "The", which no person's name does.
func isWholeOutlet(s string, set foldedSet) bool {
	return isOutlet(s, set) || strings.HasPrefix(s, "The ") && looksLikeOutlet(s)
}

// splitSegments appends the comma-separated segments of s to out,
// keeping a trailing "Jr." with its name.
func splitSegments(out []string, s string) []string {
	n := len(out)
	for seg := range strings.SplitSeq(s, ",") {
		seg = strings.TrimSpace(seg)
		if seg == "" {
			continue
		}
		if len(out) > n && lookupLower(suffixes, seg) {
			out[len(out)-1] += " " + seg
			continue
		}
		out = append(out, seg)
	}
	return out
}

// takeAffiliations takes every segment as an outlet or job title.
func (b *byline) takeAffiliations(segs []string, set foldedSet, last bool) bool {
	if len(segs) == 0 {
		return false
	}
	for _, s := range segs {
		if !b.takeAffiliation(s, set, last) {
			return false
		}
	}
	return true
}

// takeAffiliation takes s when it is an outlet ("Associated Press", "The
// Valley Courier", "for the Guardian") or a job title ("Staff Writer", "AP
// Sports Writer", "Special to The Example Times"). A final segment that is
// not joined by "and" is an affiliation too: "By Jane Roe, Harbor Ledger".
func (b *byline) takeAffiliation(s string, set foldedSet, last bool) bool {
	switch {
	case isOutlet(s, set):
		return b.setOutlet(s, set)
	case hasPrefixLower(s, "special to ") || hasPrefixLower(s, "for "):
		i := strings.Index(s, " ") + 1
		if hasPrefixLower(s, "special to ") {
			i = len("special to ")
		}
		if !isOutlet(s[i:], set) && !looksLikeOutlet(s[i:]) {
			return false
		}
		b.notes = append(b.notes, "dropped "+quote(strings.TrimSpace(s[:i]))+" before the outlet")
		return b.setOutlet(s[i:], set)
	case isJobTitle(s):
		b.takeJob(strings.Fields(s), set)
		return true
	case looksLikeOutlet(s):
		return b.setOutlet(s, set)
	case last && b.outlet == "" && countFields(s) <= 5 && fieldsCapitalised(s) && !strings.Contains(s, " and "):
		b.notes = append(b.notes, "took "+quote(s)+" as the outlet")
		return b.setOutlet(s, set)
	}
	return false
}

// takeJob drops a job title, keeping an outlet it opens with: "AP Sports
// Writer" gives the outlet AP.
func (b *byline) takeJob(words []string, set foldedSet) {
	b.affiliated = true
	first := len(words) - 1
	for i, w := range words {
		if jobWords[strings.ToLower(strings.Trim(w, ".,"))] {
			first = i
			break
		}
	}
	for n := first; n > 0; n-- {
		if n == 1 && lookupLower(outletWords, words[0]) {
			break // "Times Staff Writer" is a job title, not the outlet "The Times"
		}
		if o := strings.Join(words[:n], " "); isOutlet(o, set) || looksLikeOutlet(o) {
			b.setOutlet(o, set)
			words = words[n:]
			break
		}
	}
	b.notes = append(b.notes, "dropped job title "+quote(strings.Join(words, " ")))
}

func (b *byline) setOutlet(s string, set foldedSet) bool {
	b.affiliated = true
	if b.outlet == "" {
		b.outlet = resolveOutlet(s, set)
	} else if foldOutlet(b.outlet) != foldOutlet(s) {
		b.notes = append(b.notes, "ignored second outlet "+quote(s))
	}
	return true
}

// cutGluedOutlet splits an outlet glued to the names with no separator
// ("By Maria Example New York Times"): the longest final run of words that
// the article, the site or the built-in list names as an outlet, leaving at
// least two words of name.
func (b *byline) cutGluedOutlet(names string, set foldedSet) string {
	if start, o, ok := prepOutletMatch(names, "for"); ok && (isOutlet(o, set) || looksLikeOutlet(o)) {
		b.setOutlet(o, set) // "Jane Roe for the Guardian"
		return names[:start]
	}
	if start, o, ok := prepOutletMatch(names, "with"); ok {
		if isOutlet(o, set) {
			b.setOutlet(o, set) // "Claire Dumont with AFP": the agency shared the reporting
			return names[:start]
		}
		if i := inPlaceIndex(o); isName(o) || i > 0 && isName(o[:i]) {
			return names[:start] + ", " + o // "Jane Roe with Tom Poe in Kyiv": two authors
		}
	}
	var wbuf [16]string
	words := appendFields(wbuf[:0], names)
	if len(words) < 3 {
		return names
	}
	// Every run of final words ends in the last word; most last words end
	// no outlet's name, which settles the question at once.
	var buf [64]byte
	if last := appendFold(buf[:0], words[len(words)-1]); len(last) > 0 &&
		!set.mayEndOutlet(last[bytes.LastIndexByte(last, ' ')+1:]) {
		return names
	}
	// Each run of final words is a slice of the words joined once.
	joined := strings.Join(words, " ")
	for k := min(len(words)-2, 6); k >= 1; k-- {
		n := k - 1
		for _, w := range words[len(words)-k:] {
			n += len(w)
		}
		suffix := joined[len(joined)-n:]
		if isOutlet(suffix, set) {
			b.setOutlet(suffix, set)
			return joined[:len(joined)-n-1]
		}
	}
	return names
}

// takeAuthors splits the names and checks each is name-shaped.
func (b *byline) takeAuthors(names string) bool {
	var partBuf [8]string
	parts := splitAuthors(partBuf[:0], names)
	for i, n := range parts {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		n = b.cutPlace(n)
		if i == len(parts)-1 {
			n = b.cutShapedOutlet(n)
		}
		if !isName(n) {
			return false
		}
		b.addAuthor(nameCase(n))
	}
	return true
}

// cutPlace drops " in Washington" from "Julian Borger in Washington".
func (b *byline) cutPlace(n string) string {
	if i := inPlaceIndex(n); i >= 0 {
		b.notes = append(b.notes, "dropped place "+quote(strings.TrimSpace(n[i:])))
		return n[:i]
	}
	return n
}

// cutShapedOutlet is the last resort for a glued outlet no list knows: a
// capitalised "The" inside a name, or a trailing word such as "Ledger" or
// "Gazette" after a two-word name.
func (b *byline) cutShapedOutlet(n string) string {
	var wbuf [8]string
	words := appendFields(wbuf[:0], n)
	for i := 2; i < len(words)-1; i++ {
		if words[i] == "The" && looksLikeOutlet(strings.Join(words[i:], " ")) {
			return b.guessOutlet(words, i)
		}
	}
	if len(words) >= 4 && lookupLower(outletWords, words[len(words)-1]) {
		cut := 2
		if isInitial(words[1]) || particles[words[1]] {
			cut = 3
		}
		return b.guessOutlet(words, cut)
	}
	if len(words) >= 3 && isJobTitle(words[len(words)-1]) {
		cut := 2
		if isInitial(words[1]) || particles[words[1]] {
			cut = 3
		}
		b.takeJob(words[cut:], foldedSet{})
		return strings.Join(words[:cut], " ")
	}
	return n
}

func (b *byline) guessOutlet(words []string, i int) string {
	o := strings.Join(words[i:], " ")
	b.notes = append(b.notes, "guessed that "+quote(o)+" is the outlet")
	b.setOutlet(o, foldedSet{})
	return strings.Join(words[:i], " ")
}

func (b *byline) addAuthor(n string) {
	for _, a := range b.authors {
		if strings.EqualFold(a, n) {
			b.notes = append(b.notes, "author "+quote(n)+" named twice")
			return
		}
	}
	b.authors = append(b.authors, n)
}

func quote(s string) string { return strconv.Quote(s) }

// staffReports are the bylines that name a newsroom, not a person.
var staffReports = map[string]bool{
	"staff report": true, "staff reports": true, "from staff reports": true, "staff and wire reports": true,
	"from staff and wire reports": true, "from wire reports": true, "wire reports": true, "staff": true,
	"by staff": true, "by staff reports": true, "from staff and news service reports": true,
	"from wire services": true, "compiled from wire reports": true, "redacción": true, "redaktion": true,
	"la rédaction": true, "redazione": true, "redactie": true,
}

// isStaffReport reports a byline that credits the newsroom: "Staff
// report", "From staff and wire reports".
func isStaffReport(s string) bool {
	if len(s) > 40 || len(s) < 5 {
		return false
	}
	var buf [48]byte
	low := bytes.TrimSuffix(bytes.TrimSpace(lowerBytes(buf[:0], s)), []byte("."))
	return staffReports[string(low)]
}

// outletStaff reads "Bayport Sentinel Staff" or "Harbor Ledger staff
// reports": an outlet's staff, which gives the outlet and no author.
func outletStaff(s string, set foldedSet) (string, bool) {
	if len(s) > 80 || indexFoldASCII(s, "staff") < 0 {
		return "", false
	}
	for _, suf := range [...]string{" staff reports", " staff report", " staff"} {
		if len(s) > len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf) {
			o := strings.TrimSpace(s[:len(s)-len(suf)])
			if countFields(o) >= 2 && (isOutlet(o, set) || looksLikeOutlet(o)) {
				return o, true
			}
		}
	}
	return "", false
}

// cutShiftMarkers drops the bracketed notes that say who reported when:
// "Ana Ruiz (now) and Luis Paz (earlier)".
func (b *byline) cutShiftMarkers(s string) string {
	var out strings.Builder
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i || j-i > 24 || !isLowerWords(s[i+1:j]) {
			out.WriteString(s)
			break
		}
		b.notes = append(b.notes, "dropped "+quote(s[i:j+1]))
		out.WriteString(strings.TrimRight(s[:i], " "))
		s = s[j+1:]
	}
	return out.String()
}

// isLowerWords reports a short run of lower-case words.
func isLowerWords(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != ' ' && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// cutTrailingAside drops a closing bracket of place and role: "Mathilde
// Roussel (Lyon, correspondante)".
func (b *byline) cutTrailingAside(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 || len(s)-i > 48 {
		return s
	}
	b.notes = append(b.notes, "dropped "+quote(s[i:]))
	return strings.TrimSpace(s[:i])
}

// cutSlashOutlet splits an agency glued to the last name with a slash, as
// Nordic and German agencies sign: "Erik Lund och Maja Ek/TT".
func (b *byline) cutSlashOutlet(s string, set foldedSet) string {
	i := strings.LastIndexByte(s, '/')
	o := strings.TrimSpace(s[i+1:])
	if o == "" || countFields(o) > 4 || !fieldsCapitalised(o) || i > 0 && s[i-1] == ' ' {
		return s
	}
	b.setOutlet(o, set)
	return strings.TrimSpace(s[:i])
}

// isPlaceAfterOutlet reports a final byline segment that names the place
// of the outlet before it: "BBC News, Westmark".
func isPlaceAfterOutlet(outlet, place string, set foldedSet) bool {
	return (isOutlet(outlet, set) || looksLikeOutlet(outlet)) && countFields(place) <= 3 &&
		fieldsCapitalised(place) && !isOutlet(place, set) && !looksLikeOutlet(place) && !isJobTitle(place)
}
