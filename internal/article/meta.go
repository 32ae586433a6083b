package article

import (
	"broadsheet/internal/slug"
	"strings"
	"time"
)

// applyDate takes the header date, else a dated dateline, else an
// e-mail's Date line, else a date line above the story, else the date in
// the path. A file's modification time is never used: builds must not
// depend on when a file was touched.
func (p *parser) applyDate(h header, t top, dl dateline) {
	pathDate, inPath := DateFromPath(p.path, p.opt.Location)
	dlDate, dlDated := datelineDate(dl.dated)
	var from string
	switch {
	case h.hasDate:
		p.a.Date, p.a.DateOnly = h.date.t, h.date.dateOnly
		if inPath && !sameDay(pathDate, p.a.Date) {
			p.diags.Warnf(p.path, h.dateLine, "header date %s differs from the date in the path, %s",
				p.a.Date.Format("2006-01-02"), pathDate.Format("2006-01-02"))
		}
		from = "the header"
	case dlDated:
		p.a.Date, p.a.DateOnly = dlDate.t, dlDate.dateOnly
		if dlDate.dateOnly {
			y, m, d := dlDate.t.Date()
			p.a.Date = time.Date(y, m, d, 0, 0, 0, 0, p.opt.Location)
		}
		p.diags.Warnf(p.path, dl.line, "no date header; took the date from the dateline %q", dl.dated)
		from = "the dateline"
	case p.mail != nil && p.mail.hasDate:
		p.a.Date, p.a.DateOnly = p.mail.date.t, p.mail.date.dateOnly
		p.diags.Warnf(p.path, p.mail.dateLine, "no date header; took the date from the e-mail's Date line %q", p.mail.dateText)
		from = "the e-mail"
	case t.dated != nil:
		p.a.Date, p.a.DateOnly = t.date.t, t.date.dateOnly
		p.diags.Warnf(p.path, t.dated.line, "no date header; took the date from the line %q", t.dated.text)
		return
	case inPath:
		p.a.Date, p.a.DateOnly = pathDate, true
		p.diags.Warnf(p.path, 1, "no date header; took the date %s from the path", pathDate.Format("2006-01-02"))
	case !p.diags.HasErrors():
		p.diags.Errorf(p.path, 1, "no date: add a line such as \"date: 2026-02-13\" at the top, or put the date in the path (content/2026/02/13/name.txt)")
	}
	if t.dated != nil {
		p.diags.Warnf(p.path, t.dated.line, "dropped date line %q: %s gives the date", t.dated.text, from)
	}
	if dl.dated != "" && from != "the dateline" {
		p.diags.Warnf(p.path, dl.line, "left out the date of the dateline %q: %s gives the date", dl.dated, from)
	}
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// applyMeta copies the header fields that need no decision.
func (p *parser) applyMeta(h header) {
	p.a.Tags, p.a.Draft, p.a.SourceURL, p.a.Image = h.tags, h.draft, h.source, h.image
	p.a.Ignore = h.ignore
	p.a.Updated, p.a.UpdatedOnly = h.updated.t, h.updated.dateOnly
	p.a.Aliases, p.a.Terms = h.aliases, h.terms
}

// applyTitle takes, in order of preference, the title header, the
// headline, the file name when it is made of words, and the first sentence.
func (p *parser) applyTitle(h header, t top, body []para) {
	switch {
	case h.title != "":
		p.a.Title = h.title
		if t.headline != nil && !sameWords(t.headline.text, h.title) {
			p.diags.Warnf(p.path, t.headline.line, "dropped headline %q: the title header gives the title", t.headline.text)
		}
		return
	case t.headline != nil:
		p.a.Title = t.headline.text
		return
	case p.mail != nil && p.mail.subject != "":
		p.a.Title = p.mail.subject
		return
	}
	p.a.TitleDerived = true
	if title, ok := TitleFromName(p.path); ok {
		p.a.Title = title
		p.diags.Warnf(p.path, 1, "no title; derived %q from the file name", title)
		return
	}
	if len(body) > 0 {
		p.a.Title = titleFromText(body[0].text)
		p.diags.Warnf(p.path, body[0].line, "no title; derived %q from the first sentence", p.a.Title)
	}
}

// applySlug takes the slug header, else the file name, else the title.
func (p *parser) applySlug(h header) {
	p.a.Slug = h.slug
	if p.a.Slug == "" {
		p.a.Slug = SlugFromName(p.path)
	}
	if p.a.Slug == "" {
		p.a.Slug = slug.Make(p.a.Title)
	}
	if p.a.Slug == "" && len(p.a.Paragraphs)+len(p.a.Title) > 0 {
		p.a.Slug = "article"
		p.diags.Warnf(p.path, 1, "could not make a slug from the file name or the title; using %q", p.a.Slug)
	}
}

// sameWords compares two texts ignoring case, punctuation and spacing.
func sameWords(a, b string) bool {
	return strings.Join(words(a), " ") == strings.Join(words(b), " ")
}
