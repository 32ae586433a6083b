package site

import (
	"cmp"
	"slices"
	"strings"

	"broadsheet/internal/slug"
)

// Taxonomy is one way the site classifies its articles ("tags",
// "sections"), with a Group per term. The author and outlet indexes are
// shown as taxonomies too, on their index pages.
type Taxonomy struct {
	Name  string   // as in site.toml: "tags"
	URL   string   // site path of its index page: "/tags/"
	Terms []*Group // sorted by slug
}

// Title is the taxonomy's name as a heading shows it: "Tags", "Local
// news" for local_news.
func (t *Taxonomy) Title() string {
	return strings.ToUpper(t.Name[:1]) + strings.ReplaceAll(t.Name[1:], "_", " ")
}

// ByCount returns the terms sorted as the index page lists them: most
// articles first, then by name.
func (t *Taxonomy) ByCount() []*Group {
	out := slices.Clone(t.Terms)
	slices.SortStableFunc(out, func(x, y *Group) int {
		return cmp.Or(cmp.Compare(len(y.Articles), len(x.Articles)), strings.Compare(strings.ToLower(x.Name), strings.ToLower(y.Name)), strings.Compare(x.Slug, y.Slug))
	})
	return out
}

// Articles returns the articles that have a term of the taxonomy, newest
// first: what its index page counts.
func (t *Taxonomy) Articles() []*Article {
	// A set of article indexes, not a map of articles: on a large site
	// this list is asked for while pages render, and a map of a million
	// articles costs tens of megabytes.
	var seen []uint64
	var arts []*Article
	for _, g := range t.Terms {
		for _, a := range g.Articles {
			w, bit := a.Index/64, uint64(1)<<(a.Index%64)
			if w >= len(seen) {
				seen = slices.Grow(seen, w+1-len(seen))[:w+1]
			}
			if seen[w]&bit == 0 {
				seen[w] |= bit
				arts = append(arts, a)
			}
		}
	}
	slices.SortFunc(arts, func(x, y *Article) int { return cmp.Compare(x.Index, y.Index) })
	return slices.Clip(arts)
}

// taxonomies builds every taxonomy the site declares, in its order, and
// sets the articles' Terms.
func (b *builder) taxonomies(arts []*Article) []*Taxonomy {
	var out []*Taxonomy
	for _, name := range b.cfg.Taxonomies {
		out = append(out, b.taxonomy(name, arts))
	}
	return out
}

// taxonomy builds one taxonomy. Terms are slugged like titles; spellings
// with the same slug are one term, named by its first spelling: the one
// of the oldest article that uses it, so a new article cannot rename a
// term, and a warning names the other spellings.
func (b *builder) taxonomy(name string, arts []*Article) *Taxonomy {
	t := &Taxonomy{Name: name, URL: "/" + name + "/"}
	bySlug := map[string]*Group{}
	warned := map[string]bool{}
	for i := len(arts) - 1; i >= 0; i-- { // oldest first
		a := arts[i]
		for _, term := range termNames(a, name) {
			s := slug.Make(term)
			g := bySlug[s]
			switch {
			case s == "":
				b.diags.Warnf(a.Source, 1, "%s term %q has no letters or digits; it gets no page", name, term)
			case g == nil:
				bySlug[s] = &Group{Name: term, Slug: s, URL: t.URL + s + "/"}
			case g.Name != term && !warned[term]:
				warned[term] = true
				b.diags.Warnf(a.Source, 1, "%s term %q is the term %q of older articles (both are %s); the page keeps %q",
					name, term, g.Name, g.URL, g.Name)
			}
		}
	}
	for _, a := range arts { // newest first, as each term lists them
		var gs []*Group
		for _, term := range termNames(a, name) {
			if g := bySlug[slug.Make(term)]; g != nil && !slices.Contains(gs, g) {
				gs = append(gs, g)
				g.Articles = append(g.Articles, a)
			}
		}
		if len(gs) > 0 {
			if a.Terms == nil {
				a.Terms = make(map[string][]*Group, len(b.cfg.Taxonomies))
			}
			a.Terms[name] = gs
		}
	}
	for _, g := range bySlug {
		t.Terms = append(t.Terms, g)
	}
	slices.SortFunc(t.Terms, func(x, y *Group) int { return strings.Compare(x.Slug, y.Slug) })
	return t
}

// termNames returns the article's terms of a taxonomy, trimmed, blanks
// left out.
func termNames(a *Article, taxonomy string) []string {
	list := a.Doc.Terms()[taxonomy]
	if taxonomy == "tags" {
		list = a.Doc.Tags
	}
	var names []string
	for _, n := range list {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names
}
