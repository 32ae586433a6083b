package article

import (
	"strings"
)

// applyDateline reads the dateline of the first body paragraph.
func (p *parser) applyDateline(body []para) dateline {
	for _, b := range body {
		if b.keep || b.figure {
			continue
		}
		if d, ok := p.dateline(b.text); ok {
			p.a.Dateline, d.line = d.place, b.line
			return d
		}
		break
	}
	return dateline{}
}

// trimDateline removes the dateline from the first body paragraph, and the
// paragraph itself when the dateline stood alone.
func (p *parser) trimDateline(body []para, d dateline) []para {
	if d.place == "" && d.tag == "" {
		return body
	}
	for i := range body {
		if body[i].keep || body[i].figure {
			continue
		}
		body[i].text = strings.TrimSpace(d.rest)
		if body[i].text == "" {
			return append(body[:i:i], body[i+1:]...)
		}
		break
	}
	return body
}

// applyTop stores caption, credit and summary. The caption's final
// sentences become the summary when they repeat the opening of the body.
func (p *parser) applyTop(t top, body []para) {
	if t.caption != nil {
		p.a.Caption, p.a.Credit = t.caption.text, t.credit
		if lead := firstStory(body); lead != nil {
			p.a.Caption, p.a.Summary = splitSummary(p.a.Caption, lead.text)
		}
	}
	var sf []string
	sep := " "
	for _, s := range t.standfirst {
		if n := listPrefix(s.text); n > 0 {
			sep = "; " // highlights: one clause each
			// A bullet is typography and goes; a number may be the
			// start of the sentence ("10) 000 jobs ..."), so it stays.
			if s.text[0] < '0' || s.text[0] > '9' {
				s.text = s.text[n:]
			}
		}
		sf = append(sf, s.text)
	}
	if len(sf) == 0 {
		return
	}
	if p.a.Summary == "" {
		p.a.Summary = strings.Join(sf, sep)
		p.diags.Warnf(p.path, t.standfirst[0].line, "took %d paragraph(s) above the byline as the summary", len(sf))
		return
	}
	p.diags.Warnf(p.path, t.standfirst[0].line, "dropped standfirst %q: the caption already gave a summary", strings.Join(sf, sep))
}

// applyByline stores the authors and outlet that readTop split the byline
// into, with the evidence from the rest of the article.
func (p *parser) applyByline(t top) {
	if t.byline == nil {
		return
	}
	b := t.parsed
	p.a.Authors = b.authors
	p.a.Outlet = b.outlet
	for _, n := range b.notes {
		p.diags.Warnf(p.path, t.byline.line, "byline: %s", n)
	}
}

// applyOutlet settles the outlet: the header, else the byline, else the
// dateline's agency tag, else the trailer. Whatever names a different
// outlet is reported, so its words are not lost silently.
func (p *parser) applyOutlet(h header, t top, d dateline, tr trailer) {
	if h.outlet != "" {
		if p.a.Outlet != "" && foldOutlet(p.a.Outlet) != foldOutlet(h.outlet) {
			p.diags.Warnf(p.path, t.byline.line, "byline names outlet %q; the outlet header %q wins", p.a.Outlet, h.outlet)
		}
		p.a.Outlet = h.outlet
	}
	if d.tag != "" {
		tag := d.tag // as written: "(Bloomberg)" gives "Bloomberg"
		same := p.a.Outlet == "" || foldOutlet(canonicalOutlet(tag)) == foldOutlet(canonicalOutlet(p.a.Outlet))
		switch {
		case isDistributor(d.tag) || !same:
			p.diags.Warnf(p.path, d.line, "dateline: left out the agency tag (%s)", d.tag)
		case p.a.Outlet == "":
			p.a.Outlet = tag
		}
	}
	if p.a.Outlet == "" && tr.outlet != "" {
		p.a.Outlet = tr.outlet
	}
}

// firstStory returns the first paragraph of story text in body, or nil.
func firstStory(body []para) *para {
	for i := range body {
		if !body[i].keep && !body[i].figure {
			return &body[i]
		}
	}
	return nil
}
