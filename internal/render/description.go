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
	p, cfg, l := d.Page, d.Site.Config, langOf(d.Site.Site)
	// The keys and argument counts are fixed here, and checked by the
	// tests of every shipped language, so T cannot fail.
	t := func(key string, args ...any) string {
		s, _ := l.T(key, args...)
		return s
	}
	var s string
	switch {
	case p.Article != nil:
		s = teaser(p.Article)
		if s == "" {
			s = p.Article.Title
		}
	case p.Digest != nil:
		s = t("desc_digest", t("articles", len(p.Digest.Articles)), p.Digest.Title, headlines(p.Digest.Articles))
	case p.Group != nil && p.Kind == site.KindTerm:
		s = t("desc_term", p.Group.Name, cfg.Title, headlines(p.Articles()))
	case p.Kind == site.KindArchive:
		s = t("desc_archive", cfg.Title)
	case p.Group != nil && p.Kind == site.KindAuthor:
		s = t("desc_author", p.Group.Name, cfg.Title, headlines(p.Articles()))
	case p.Group != nil:
		s = t("desc_outlet", p.Group.Name, cfg.Title, headlines(p.Articles()))
	case p.Home != nil && len(p.Home.Digests) > 0:
		g := p.Home.Digests[0]
		s = t("desc_home", cfg.Title, g.Title, headlines(g.Articles))
	case p.Kind == site.KindNotFound:
		s = t("desc_not_found", cfg.Title)
	default:
		s = t("desc_site", cfg.Title)
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
