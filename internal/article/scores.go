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
}

// featsOf runs the recognisers over paragraph i of paras.
func (p *parser) featsOf(f *feats, paras []para, i int, set foldedSet) {
	q := paras[i].text
	*f = feats{words: countFieldsUpTo(q, 41), sentence: endsLikeSentence(q)}
	f.exclaims = f.sentence && !strings.HasSuffix(trimClosers(q), ".") && strings.IndexByte(q, '.') < 0
	if f.sentence && f.words > 15 {
		// A paragraph of story text: none of the short parts. Only a
		// dateline or a caption can end or open one.
		_, f.dateline = p.dateline(q)
		if mayHoldCredit(q) {
			if c, cr, ok := readCredit(q, set); ok {
				f.caption, f.credit = c, cr
			}
		} else if k, v, ok := bbcLabel(q); ok {
			f.bbc, f.caption, f.credit = k, v, v
		}
		return
	}
	f.furniture, _ = furniture(q)
	if cut, ok := cutLicensing(q); ok {
		q, f.licensing = cut, true
	}
	f.label = sectionLabel(q)
	_, f.dateline = p.dateline(q)
	if c, cr, ok := readCredit(q, set); ok {
		f.caption, f.credit = c, cr
	} else if k, v, ok := bbcLabel(q); ok {
		f.bbc, f.caption, f.credit = k, v, v
	}
	f.headline = headlineLike(q)
	if pd, ok := p.dateLineOf(q); ok {
		f.date, f.isDate = pd, true
		f.furniture = "" // a timestamp line that dates the story is its date line
		f.dateUpdate = hasPrefixLower(q, "updated") || hasPrefixLower(q, "last updated") || hasPrefixLower(q, "modified")
	}
	switch {
	case isAdvisory(q, set):
		f.note = "an editor's note"
	case isRoutingSlug(q):
		f.note = "a wire routing slug"
	case isCopyrightLine(q):
		f.note = "a copyright line above the story"
	case forwardMarker(q):
		f.note = "an e-mail forwarding line"
	}
	f.list = isListItem(q)
	if f.credit == "" && f.bbc == 0 && f.furniture == "" && f.note == "" && !f.isDate && !f.dateline && !f.list {
		p.bylineFeats(f, paras, i, set) // none of those is ever a byline
	}
	f.subject = p.mail.subject != "" && sameWords(q, p.mail.subject)
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
	if n == 1 && i+1 < len(paras) && !paras[i+1].glued && byPrefixLen(text) > 0 && isOutletLine(paras[i+1].text, set) {
		// "By Tomasz Example" then, after a blank line, "Example Wire".
		text += ", " + paras[i+1].text
		n++
	}
	b, ok := readByline(text, set, true)
	if !ok && n > 1 {
		text, n = paras[i].text, 1
		b, ok = readByline(text, set, true)
	}
	if !ok {
		return
	}
	f.byline, f.isByline, f.bylineSpan = b, true, n
	f.bylineBy = byPrefixLen(paras[i].text) > 0
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
	t := tail(s, maxCreditLen+20)
	return strings.HasSuffix(strings.TrimSuffix(s, "."), ")") || strings.IndexByte(t, '/') >= 0 || hasPhotoLabel(t)
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
