package render

import (
	"strings"
	"unicode/utf8"

	"broadsheet/internal/site"
)

// maxDescription is the length search engines show of a description.
const maxDescription = 160

// description is the meta description of a page: plain text that says
// what the page holds, at most maxDescription characters.
func description(d *Data) string {
	p, cfg := d.Page, d.Site.Config
	var s string
	switch {
	case p.Article != nil:
		s = teaser(p.Article)
		if s == "" {
			s = p.Article.Title
		}
	case p.Digest != nil:
		s = plural(len(p.Digest.Articles), "article", "articles") + " from " + p.Digest.Title + ": " + headlines(p.Digest.Articles)
	case p.Group != nil && p.Kind == site.KindAuthor:
		s = "Articles by " + p.Group.Name + " in " + cfg.Title + ": " + headlines(p.Articles())
	case p.Group != nil:
		s = "Articles from " + p.Group.Name + " in " + cfg.Title + ": " + headlines(p.Articles())
	case p.Home != nil && len(p.Home.Digests) > 0:
		g := p.Home.Digests[0]
		s = cfg.Title + ", news digests. " + g.Title + ": " + headlines(g.Articles)
	case p.Kind == site.KindNotFound:
		s = "There is no page at this address on " + cfg.Title + "."
	default:
		s = cfg.Title + ", news digests."
	}
	return truncate(s, maxDescription)
}

// headlines joins the titles of articles with semicolons.
func headlines(as []*site.Article) string {
	var b strings.Builder
	for i, a := range as {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(a.Title)
		if b.Len() > maxDescription {
			break
		}
	}
	return b.String()
}

// truncate shortens s to at most n characters, on a word boundary, with
// an ellipsis.
func truncate(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:.") + "…"
}
