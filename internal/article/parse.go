package article

import (
	"strings"
	"time"

	"broadsheet/internal/diag"
)

// parser carries one parse: the file's path, the options, the growing
// article and its diagnostics.
type parser struct {
	path      string
	opt       Options
	diags     diag.List
	keepLines map[int]bool // header lines with unknown keys, kept as body text
	a         *Article
	mail      *mail          // what e-mail header lines at the top gave; nil without them
	trace     *[]Block       // where Explain collects the blocks; nil when parsing
	datelines []datelineMemo // past the first few, which memo holds
	memo      [4]datelineMemo
	memoLen   int
}

func parse(path string, src []byte, opt Options) (*Article, diag.List) {
	return parseWith(path, src, opt, nil)
}

func parseWith(path string, src []byte, opt Options, trace *[]Block) (*Article, diag.List) {
	if opt.Location == nil {
		opt.Location = time.UTC
	}
	p := &parser{path: path, opt: opt, a: &Article{Path: path}, trace: trace}
	lines, ok := decode(path, src, &p.diags)
	if ok {
		lines = p.readMail(lines)
		h, rest := p.readHeader(lines)
		paras := splitParagraphs(rest)
		for i := range paras {
			paras[i].keep = p.keepLines[paras[i].line]
		}
		if len(paras) > 0 && h.gluedAt > 0 && paras[0].line == h.gluedAt {
			paras[0].onHeader = true
		}
		p.build(h, paras)
	}
	p.diags.Sort()
	return p.a, p.diags
}

// build gives each paragraph its role and fills the article. The trailer
// and the evidence for outlets are read first, because splitting a byline
// from a glued outlet needs what the rest of the article says.
func (p *parser) build(h header, paras []para) {
	tr := p.readTrailer(paras)
	w := p.window(paras[:tr.at])
	set := p.evidence(paras[:w], tr)
	if h.outlet != "" {
		set = append(outletSet{h.outlet}, set...)
	}
	var folds [256]byte
	var ends [16]int
	fset := set.foldInto(folds[:0], ends[:0])
	t := p.readTop(paras[:tr.at], w, fset, h.title != "")
	body := p.readBody(paras[t.n:tr.at], fset)
	if len(t.figures) > 0 && len(body) > 0 {
		// A second caption above the story stands after its first
		// paragraph, which keeps the dateline at the head of the story.
		body = append(body[:1:1], append(t.figures, body[1:]...)...)
	} else if len(t.figures) > 0 {
		body = t.figures
	}
	if len(t.keep) > 0 {
		body = append(t.keep, body...)
	}
	if !hasStory(body) && t.headline != nil {
		body, t.headline = append(body[:len(body):len(body)], *t.headline), nil // a one-line story is body, not headline
	}
	dl := p.applyDateline(body)
	body = p.trimDateline(body, dl)
	p.applyTop(t, body)
	p.applyByline(t)
	p.applyOutlet(h, t, dl, tr)
	p.applyDate(h, t, dl)
	p.applyMeta(h)
	p.applyTitle(h, t, body)
	p.applySlug(h)
	if len(tr.lines) > 0 {
		p.a.Attribution = strings.Join(tr.lines, "\n")
	}
	p.storeBody(body)
	if !hasStory(body) {
		p.diags.Errorf(p.path, lastLine(paras), "no body: the file has no story text")
	}
}

// storeBody copies the body paragraphs into the article.
func (p *parser) storeBody(body []para) {
	if len(body) > 0 {
		p.a.Paragraphs = make([]Paragraph, 0, len(body))
	}
	for _, b := range body {
		p.a.Paragraphs = append(p.a.Paragraphs, Paragraph{Text: b.text, Line: b.line, Caption: b.figure, Credit: b.credit})
	}
}

// hasStory reports whether body holds a paragraph of story text.
func hasStory(body []para) bool {
	for _, b := range body {
		if !b.figure {
			return true
		}
	}
	return false
}

// evidence lists the outlets the article names outside its byline (photo
// credits, dateline tags, the trailer), then the site's own list.
func (p *parser) evidence(paras []para, tr trailer) outletSet {
	set := make(outletSet, 0, 4+len(p.opt.Outlets))
	for i := range paras {
		if !mayHoldCredit(paras[i].text) {
			// no credit to take evidence from
		} else if _, credit, ok := readCredit(paras[i].text, foldedSet{}); ok {
			for _, o := range creditOutlets(credit) {
				// A photographer's name is no outlet: "By Ines Example"
				// under "(Ines Example/The Coastline Post)" is a byline.
				if !isName(o) || looksLikeOutlet(o) || isOutlet(o, foldedSet{}) {
					set = append(set, o)
				}
			}
		}
		if d, ok := p.dateline(paras[i].text); ok && d.tag != "" {
			set = append(set, d.tag)
		}
	}
	if tr.outlet != "" && !tr.weak {
		set = append(set, tr.outlet)
	}
	if p.mail != nil && p.mail.from != "" {
		set = append(set, p.mail.from) // "From: La Presse Canadienne <pc@example.ca>"
	}
	return append(set, p.opt.Outlets...)
}

func lastLine(paras []para) int {
	if len(paras) == 0 {
		return 0
	}
	return paras[len(paras)-1].line
}
