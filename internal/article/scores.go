package article

import (
	"strings"
)

// part is what a paragraph near the top of an article can be.
type part uint8

const (
	partBody part = iota
	partHeadline
	partCaption
	partCredit // a credit on a line of its own ("Image source, Reuters")
	partByline
	partSummary
	partDate
	partFurniture
	partNote // an editor's note, a routing slug or a copyright line above the story
	partUnknown
	numParts
)

var partNames = [numParts]string{
	"body", "headline", "caption", "credit", "byline", "summary", "date line", "furniture", "note", "unknown",
}

func (x part) String() string { return partNames[x] }

// cand is the evidence for one part: a score (higher is likelier; below
// zero means the paragraph is not that part) and why.
type cand struct {
	score int
	why   string
}

// unknownScore is what placing a paragraph as nothing at all costs;
// dropping a paragraph of sentences costs more.
const (
	unknownScore      = -1
	proseUnknownScore = -3
)

// feats is what the recognisers found in one paragraph. They run once
// per paragraph; the reading weighs the results.
type feats struct {
	words      int
	sentence   bool // ends like a sentence
	exclaims   bool // ends with "?" or "!", and has no full stop: a headline may
	furniture  string
	label      bool // a section label such as "Opinion"
	dateline   bool
	caption    string
	credit     string
	bbc        part // partCaption or partCredit for BBC's "Image caption, ..." and "Image source, ..."
	byline     byline
	isByline   bool
	bylineBy   bool // opens with "By" or its kin
	bylineSpan int  // paragraphs the byline takes, with affiliation lines glued under it
	headline   bool
	date       parsedDate
	isDate     bool
	dateUpdate bool // "Updated ...": weaker than a publication date
	note       string
	list       bool
	subject    bool // repeats the e-mail subject
	licensing  bool // a "Purchase Licensing Rights" link after the credit was cut
	onHeader   bool // ran on from the date on the header line
}

// featsOf runs the recognisers over paragraph i of paras.
func (p *parser) featsOf(f *feats, paras []para, i int, set foldedSet, sawBy bool) {
	q := paras[i].text
	*f = feats{words: countFieldsUpTo(q, 25), sentence: endsLikeSentence(q), onHeader: paras[i].onHeader}
	f.exclaims = f.sentence && !strings.HasSuffix(trimClosers(q), ".") && strings.IndexByte(q, '.') < 0
	// The recognisers run from the surest to the least sure; a paragraph
	// that one of the first claims needs none of the rest.
	if _, f.dateline = p.dateline(q); f.dateline {
		return
	}
	if f.sentence && f.words > 15 {
		p.creditFeats(f, q, set, true) // a paragraph of story text, or a caption
		return
	}
	if !sawBy && byPrefixLen(q) > 0 {
		// "By ..." is a byline or a sentence, never furniture, a note, a
		// caption or a date line: read it as a byline first.
		if p.bylineFeats(f, paras, i, set); f.isByline {
			return
		}
	}
	if f.words > 20 {
		// too long for a date line
	} else if pd, ok := p.dateLineOf(q); ok {
		f.date, f.isDate = pd, true
		f.dateUpdate = hasPrefixLower(q, "updated") || hasPrefixLower(q, "last updated") || hasPrefixLower(q, "modified")
		return
	}
	if f.furniture, _ = furniture(q); f.furniture != "" {
		return
	}
	if f.note = noteOf(q, set); f.note != "" {
		return
	}
	if cut, ok := cutLicensing(q); ok {
		q, f.licensing = cut, true
	}
	if p.creditFeats(f, q, set, false); f.credit != "" || f.bbc != 0 {
		return
	}
	f.label = sectionLabel(q)
	f.headline = headlineLike(q)
	f.list = isListItem(q)
	f.subject = p.mail != nil && p.mail.subject != "" && sameWords(q, p.mail.subject)
	if !f.list && !sawBy && byPrefixLen(q) == 0 {
		p.bylineFeats(f, paras, i, set)
	}
}

// creditFeats reads a caption and its credit, or a BBC picture line.
func (p *parser) creditFeats(f *feats, q string, set foldedSet, gated bool) {
	if !gated || mayHoldCredit(q) {
		if c, cr, ok := readCredit(q, set); ok {
			f.caption, f.credit = c, cr
			return
		}
	}
	if k, v, ok := bbcLabel(q); ok {
		f.bbc, f.caption, f.credit = k, v, v
	}
}

// noteOf names what kind of note to editors a paragraph is, if any.
func noteOf(q string, set foldedSet) string {
	switch {
	case isAdvisory(q, set):
		return "an editor's note"
	case isRoutingSlug(q):
		return "a wire routing slug"
	case isCopyrightLine(q):
		return "a copyright line above the story"
	case forwardMarker(q):
		return "an e-mail forwarding line"
	}
	return ""
}

// bylineFeats reads paragraph i as a byline, merging the short lines glued
// under it that carry its outlet or job title ("By JANE ROE" / "Associated
// Press").
func (p *parser) bylineFeats(f *feats, paras []para, i int, set foldedSet) {
	text := paras[i].text
	by := byPrefixLen(text)
	if len(text) > maxBylineLen || by == 0 && (f.words > 14 || f.words < 2 && !isStaffReport(text) || f.sentence && f.words > 8) {
		return // too long or too short for a byline without "By"
	}
	if by == 0 && f.words > 4 && !strings.ContainsAny(text, ",|/;(") && !strings.Contains(text, " and ") &&
		!strings.Contains(text, " in ") && !strings.Contains(text, " for ") && !strings.Contains(text, " with ") && !hasConjunction(text) && !(i+1 < len(paras) && paras[i+1].glued) {
		return // five words or more without a separator: not a list of names and affiliations
	}
	if f.words > 1 && strings.IndexByte(text, '/') < 0 && !opensWithName(text[by:]) && !isStaffReport(text) && (by == 0 || !isOutletLine(text[by:], set)) {
		return // "The council said ...": every byline opens with a name
	}
	n := 1
	for i+n < len(paras) && n < 4 && paras[i+n].glued && affiliationLine(paras[i+n].text, set) {
		text += ", " + paras[i+n].text
		n++
	}
	b, ok := readByline(text, set, true)
	if !ok && n > 1 {
		text, n = paras[i].text, 1
		b, ok = readByline(text, set, true)
	}
	if ok && n == 1 && by > 0 && b.outlet == "" && i+1 < len(paras) && !paras[i+1].glued && isOutletLine(paras[i+1].text, set) {
		// "By Tomasz Example" then, after a blank line, "Example Wire".
		if b2, ok2 := readByline(text+", "+paras[i+1].text, set, true); ok2 {
			b, n = b2, 2
		}
	}
	if !ok {
		return
	}
	f.byline, f.isByline, f.bylineSpan = b, true, n
	f.bylineBy = by > 0
}

// isOutletLine is a short line that names an outlet, known or shaped so.
func isOutletLine(s string, set foldedSet) bool {
	return countFields(s) <= 6 && (isOutlet(s, set) || looksLikeOutlet(s))
}

// endsLikeSentence reports a paragraph that ends with sentence
// punctuation, perhaps inside closing quotes or brackets.
func endsLikeSentence(s string) bool {
	t := trimClosers(s)
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?':
		return true
	}
	return strings.HasSuffix(t, "…")
}

// trimClosers trims the closing quotes and brackets that may follow the
// end of a sentence: " ' ) ] ” ’ ».
func trimClosers(s string) string {
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == '"' || c == '\'' || c == ')' || c == ']':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "”") || strings.HasSuffix(s, "’"):
			s = s[:len(s)-3]
		case strings.HasSuffix(s, "»"):
			s = s[:len(s)-2]
		default:
			return s
		}
	}
	return s
}

// bodyScore is the evidence that a paragraph is story text.
func bodyScore(f *feats) cand {
	switch {
	case f.furniture != "" || f.note != "":
		return cand{-4, "page furniture or a note, not story text"}
	case f.sentence && f.exclaims && f.words < 20:
		return cand{1, "a short question or exclamation"}
	case f.sentence && f.words >= 20:
		return cand{4, "a long paragraph of sentences"}
	case f.sentence && f.words >= 8:
		return cand{3, "ends like a sentence"}
	case f.sentence:
		return cand{1, "a short sentence"}
	case f.words < 8:
		return cand{-3, "a short line that does not end like a sentence"}
	}
	return cand{0, "a paragraph that does not end like a sentence"}
}

// bbcLabel reads BBC's labelled picture lines: "Image source, Reuters"
// gives a credit, "Image caption, Protesters ..." a caption.
func bbcLabel(s string) (part, string, bool) {
	if s == "" || strings.IndexByte("iIbBfFpP", s[0]) < 0 {
		return 0, "", false // every label opens with one of these letters
	}
	for _, l := range [...]struct {
		lit string
		p   part
	}{{"image source,", partCredit}, {"image caption,", partCaption}, {"bildquelle,", partCredit}, {"fuente de la imagen,", partCredit}, {"pie de foto,", partCaption}} {
		if n, ok := prefixFold(s, l.lit); ok && len(strings.TrimSpace(s[n:])) > 0 {
			return l.p, strings.TrimSpace(s[n:]), true
		}
	}
	return 0, "", false
}

// mayHoldCredit is a cheap necessary condition for readCredit: a closing
// bracket, a slash near the end, or a picture label.
func mayHoldCredit(s string) bool {
	if !endsLikeCredit(s) {
		return false
	}
	t := tail(s, maxCreditLen+20)
	return strings.HasSuffix(strings.TrimSuffix(s, "."), ")") || strings.IndexByte(t, '/') >= 0 || hasPhotoLabel(t) ||
		strings.Contains(t, "ourtesy")
}

func hasBBCLabel(s string) bool {
	_, _, ok := bbcLabel(s)
	return ok
}

// hasConjunction reports an "and" of another language between words.
func hasConjunction(s string) bool {
	for _, c := range conjunctions {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// endsLikeCredit is the cheapest test of all: a credit ends in a closing
// bracket or a name, so a paragraph that ends like a sentence has none,
// unless the sentence is a labelled credit ("Photo: Jane Roe.").
func endsLikeCredit(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch s[len(s)-1] {
	case '.':
		return s[len(s)-2] == ')' || strings.IndexByte(tail(s, 60), ':') >= 0
	case '"', '?', '!', '\'':
		return false
	case 0x9D, 0x99: // the last byte of ” and ’
		return !strings.HasSuffix(s, "”") && !strings.HasSuffix(s, "’")
	}
	return true
}
