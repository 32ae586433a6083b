package site

import (
	"slices"
	"time"

	"broadsheet/internal/document"
)

// Update puts new versions of documents already in s in place of the old
// ones, when New given the new set would make the same site apart from
// the articles' documents, titles, leads and word counts: each document
// still publishes an article with the same date, update date, slug, URL,
// authors, outlet, aliases and terms, and neither version has a problem New would report. An edit to
// an article's body or most of its front matter is such a change, and
// patching the model costs a few lookups instead of sorting, grouping
// and paging every article again.
//
// Update returns the updated articles and whether it could update them.
// When it cannot, s is unchanged and the caller must call New with the
// full set of documents. The lead and word count of an updated article
// are zero, as New leaves them.
func (s *Site) Update(docs []*document.Doc) ([]*Article, bool) {
	if s.bySource == nil {
		s.bySource = make(map[string]*Article, len(s.Articles))
		for _, a := range s.Articles {
			s.bySource[a.Source] = a
		}
	}
	b := builder{cfg: s.Config, loc: location(s.Config), opt: s.opt}
	fresh := make([]*Article, len(docs))
	for i, d := range docs {
		fresh[i] = s.replacement(&b, d)
		if fresh[i] == nil {
			return nil, false
		}
	}
	arts := make([]*Article, len(fresh))
	for i, na := range fresh {
		a := s.bySource[na.Source]
		a.Doc, a.Title, a.lead, a.Words = na.Doc, na.Title, nil, 0
		s.articlePage(a).Title = a.Title
		arts[i] = a
	}
	return arts, true
}

// replacement returns the article New would make of d, when it can take
// the place of the article already made from d's file (see Update), or
// nil.
func (s *Site) replacement(b *builder, d *document.Doc) *Article {
	if d == nil || s.flagged[d.Path] {
		return nil
	}
	a := s.bySource[d.Path]
	if a == nil || s.articlePage(a) == nil {
		return nil
	}
	na := b.article(d)
	if na == nil || len(b.diags) > 0 {
		return nil
	}
	if !sameDate(na.Date, a.Date) || na.DateOnly != a.DateOnly || !sameDate(na.Updated, a.Updated) || na.Slug != a.Slug || na.URL != a.URL ||
		!slices.Equal(authorNames(na), authorNames(a)) || !slices.Equal(outletNames(na), outletNames(a)) ||
		!slices.Equal(na.Doc.Aliases(), a.Doc.Aliases()) || !s.sameTerms(na, a) {
		return nil
	}
	return na
}

// sameTerms reports whether two versions of an article have the same
// terms, spelled the same, in every taxonomy.
func (s *Site) sameTerms(x, y *Article) bool {
	for _, t := range s.Taxonomies {
		if !slices.Equal(termNames(x, t.Name), termNames(y, t.Name)) {
			return false
		}
	}
	return true
}

// sameDate reports whether two dates are the same instant in the same zone.
func sameDate(x, y time.Time) bool {
	return x.Equal(y) && x.Location() == y.Location()
}

// articlePage returns the page of article a: pages() lists the home
// pages, then the digests, the archive, then the articles in order.
func (s *Site) articlePage(a *Article) *Page {
	if len(s.Pages) == 0 || s.Pages[0].Home == nil {
		return nil
	}
	i := s.Pages[0].Home.Total + len(s.Digests) + 1 + a.Index
	if i >= len(s.Pages) || s.Pages[i].Article != a {
		return nil
	}
	return s.Pages[i]
}
