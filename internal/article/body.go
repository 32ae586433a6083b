package article

import "strings"

// readBody reads the story below the top: web page furniture left inside
// it is dropped with a warning, and a photo caption that stands between
// paragraphs (a second photo) becomes a figure where it stands. Only short
// paragraphs and paragraphs that end like a credit are examined, so a long
// story costs a byte test or two per paragraph.
func (p *parser) readBody(body []para, set foldedSet) []para {
	// The body is filtered in place: paragraphs are only dropped or
	// changed, never added, and nothing reads the old slice after this.
	out := body[:0]
	var source *para // BBC's "Image source, X" waits for its caption
	for i, q := range body {
		if q.keep {
			out = append(out, q)
			continue
		}
		if x, v, ok := bbcLabel(q.text); ok && x == partCredit && i > 0 {
			p.dropSource(source)
			source = &para{text: v, line: q.line}
			p.explainPara(q, "credit", "a labelled picture credit inside the story")
			continue
		}
		if len(q.text) > maxFurnitureLen {
			p.explainPara(q, "body", "story text")
			out = append(out, q)
			continue
		}
		if kind, ok := furniture(q.text); ok && i > 0 {
			p.diags.Warnf(p.path, q.line, "dropped web page furniture (%s) %q inside the story", kind, q.text)
			p.explainPara(q, "furniture", "web page furniture ("+kind+") inside the story")
			continue
		}
		if c, cr, ok := bodyCaption(q.text, set); ok && i > 0 {
			if t, ok := strings.CutSuffix(cr, " "+licensingLink); ok {
				cr = t
				p.diags.Warnf(p.path, q.line, "dropped the link %q after the photo credit", licensingLink)
			}
			q.text, q.credit, q.figure = c, cr, true
			if source != nil && cr == "" {
				q.credit, source = source.text, nil
			}
			p.diags.Warnf(p.path, q.line, "read %q inside the story as a photo caption, credit %q", short(c, 60), q.credit)
			p.explainPara(q, "figure", "a photo caption with its credit inside the story")
		} else {
			p.explainPara(q, "body", "story text")
		}
		out = append(out, q)
	}
	p.dropSource(source)
	return out
}

// dropSource reports a picture credit that no caption took.
func (p *parser) dropSource(source *para) {
	if source != nil {
		p.diags.Warnf(p.path, source.line, "dropped picture credit %q: no caption goes with it", source.text)
	}
}

// bodyCaption reads a caption that stands in the body. It asks more than
// a caption above the story: the credit must have a credit's own shape
// (a slash, a photo label, an agency picture marker), not only an outlet's
// name in brackets, which stories use for asides.
func bodyCaption(s string, set foldedSet) (caption, credit string, ok bool) {
	if len(s) > 600 {
		return "", "", false
	}
	s, cut := cutLicensing(s)
	if x, v, ok := bbcLabel(s); ok && x == partCaption {
		return v, "", true
	}
	if !mayHoldCredit(s) {
		return "", "", false // no bracket, slash or label at the end: no credit
	}
	c, cr, ok := readCredit(s, set)
	if !ok || c == "" || !strongCredit(cr) && !hasPhotoLabel(s[len(c):]) {
		return "", "", false // no credit shape, and no label such as "Photo:" before it
	}
	if cut {
		cr += " " + licensingLink // put back for the caller to report
	}
	return c, cr, true
}

// strongCredit reports a credit whose shape alone says it is one.
func strongCredit(cr string) bool {
	return strings.Contains(cr, "/") || hasCreditLead(cr) || hasCreditMarker(cr)
}

// hasPhotoLabel is a cheap test for a credit label in t: a colon or
// " by" right after a word that labels a picture ("Photo: ", "Photograph
// by ").
func hasPhotoLabel(t string) bool {
	return labelBefore(t, ":") || labelBefore(t, " by ")
}

// labelBefore reports an occurrence of sep in t right after a picture
// label.
func labelBefore(t, sep string) bool {
	for i := strings.Index(t, sep); i >= 0; {
		for _, w := range [...]string{"Photographer", "Photograph", "Photo", "Foto", "Picture", "Image", "Bild", "Illustration"} {
			if strings.HasSuffix(t[:i], w) {
				return true
			}
		}
		j := strings.Index(t[i+1:], sep)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// cutLicensing cuts the "Purchase Licensing Rights" link that Reuters'
// pages put after a photo credit.
func cutLicensing(s string) (string, bool) {
	const link = " " + licensingLink
	if len(s) > len(link) && strings.EqualFold(s[len(s)-len(link):], link) {
		return s[:len(s)-len(link)], true
	}
	return s, false
}

// licensingLink is the link Reuters' pages put after a photo credit.
const licensingLink = "Purchase Licensing Rights"
