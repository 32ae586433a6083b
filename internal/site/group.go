package site

import (
	"slices"
	"strings"

	"broadsheet/internal/slug"
)

// groups builds the author or outlet index: one Group per slug, named by
// the first spelling in sort order, so "Maria Example" and "MARIA
// EXAMPLE" share a page whatever order the articles came in. names gives
// an article's names; attach records the article's groups on it.
func (b *builder) groups(arts []*Article, base string, names func(*Article) []string,
	attach func(*Article, []*Group)) []*Group {
	bySlug := map[string]*Group{}
	slugs := map[string]string{} // name -> slug, as slug.Make is not free
	lists := make([][]string, len(arts))
	for i, a := range arts {
		lists[i] = names(a)
		for _, name := range lists[i] {
			if _, ok := slugs[name]; !ok {
				slugs[name] = slug.Make(name)
			}
			b.addName(bySlug, base, a, name, slugs[name])
		}
	}
	for i, a := range arts {
		var gs []*Group
		for _, name := range lists[i] {
			if g := bySlug[slugs[name]]; g != nil && !slices.Contains(gs, g) {
				gs = append(gs, g)
				g.Articles = append(g.Articles, a)
			}
		}
		attach(a, gs)
	}
	out := make([]*Group, 0, len(bySlug))
	for _, g := range bySlug {
		out = append(out, g)
	}
	slices.SortFunc(out, func(x, y *Group) int { return strings.Compare(x.Slug, y.Slug) })
	return out
}

// addName records one spelling of a name in the index.
func (b *builder) addName(bySlug map[string]*Group, base string, a *Article, name, slug string) {
	if slug == "" {
		b.diags.Warnf(a.Source, 1, "name %q has no letters or digits; it gets no index page", name)
		return
	}
	g := bySlug[slug]
	if g == nil {
		bySlug[slug] = &Group{Name: name, Slug: slug, URL: base + slug + "/"}
	} else if name < g.Name {
		g.Name = name
	}
}

// authorNames returns the article's author names, trimmed, blanks left out.
func authorNames(a *Article) []string {
	if clean(a.Doc.Authors) {
		return a.Doc.Authors
	}
	var names []string
	for _, n := range a.Doc.Authors {
		if n = strings.TrimSpace(n); n != "" {
			names = append(names, n)
		}
	}
	return names
}

// clean reports whether no name needs trimming or leaving out.
func clean(names []string) bool {
	for _, n := range names {
		if n == "" || strings.TrimSpace(n) != n {
			return false
		}
	}
	return true
}

// outletNames returns the article's outlet, if any, as a list.
func outletNames(a *Article) []string {
	if n := strings.TrimSpace(a.Doc.Outlet); n != "" {
		return []string{n}
	}
	return nil
}

func setAuthors(a *Article, gs []*Group) { a.Authors = gs }

func setOutlet(a *Article, gs []*Group) {
	if len(gs) > 0 {
		a.Outlet = gs[0]
	}
}
