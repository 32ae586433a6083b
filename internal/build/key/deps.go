package key

import (
	"slices"

	"broadsheet/internal/render"
	"broadsheet/internal/site"
)

// Deps is what a page's templates read, as its last rendering
// recorded, beyond what its own key covers (see Hasher.Page): a page of
// the default layouts has none. A page's key takes them in, so a layout
// may show anything of the site and still be rendered again exactly when
// what it showed changed: the next build reads what the page read last
// time, and if none of that changed, neither did the page.
type Deps struct {
	Wide  bool     // a site-wide list, from which every article can be reached
	Shown []string // the sources of other articles whose entries it showed
}

// DepsOf returns what page p read beyond its own articles, or nil.
func DepsOf(p *site.Page, reads *render.Reads) *Deps {
	if reads == nil || !reads.Wide && len(reads.Shown) == 0 {
		return nil
	}
	if reads.Wide {
		return &Deps{Wide: true}
	}
	var shown []string
	for _, a := range others(p.Articles(), reads.Shown) {
		shown = append(shown, a.Source)
	}
	if len(shown) == 0 {
		return nil
	}
	slices.Sort(shown)
	return &Deps{Shown: slices.Compact(shown)}
}

// others returns the articles of shown that are not in own. A list page
// shows its own articles in their order, which a single pass checks;
// anything else is looked up.
func others(own, shown []*site.Article) []*site.Article {
	i := 0
	for n, a := range shown {
		for i < len(own) && own[i] != a {
			i++
		}
		if i == len(own) {
			return lookupOthers(own, shown[n:])
		}
	}
	return nil
}

// lookupOthers is others by a set of own articles.
func lookupOthers(own, shown []*site.Article) []*site.Article {
	mine := make(map[*site.Article]bool, len(own))
	for _, a := range own {
		mine[a] = true
	}
	var out []*site.Article
	for _, a := range shown {
		if !mine[a] {
			out = append(out, a)
		}
	}
	return out
}

// Changed marks the articles, by Index, whose keys differ from
// the last build's, in a model both builds share.
type Changed []bool

// Shows reports whether page p's key covers a changed article: one it
// shows, or, on an article page, a neighbour it links to.
func (c Changed) Shows(p *site.Page) bool {
	switch p.Kind {
	case site.KindArticle:
		a := p.Article
		return c[a.Index] || a.Prev != nil && c[a.Prev.Index] || a.Next != nil && c[a.Next.Index]
	case site.KindHome:
		for _, d := range p.Home.Digests {
			if c.any(d.Articles) {
				return true
			}
		}
		return false
	}
	return c.any(p.Articles())
}

// any reports whether one of arts changed.
func (c Changed) any(arts []*site.Article) bool {
	for _, a := range arts {
		if c[a.Index] {
			return true
		}
	}
	return false
}
