package build

import (
	"slices"

	"broadsheet/internal/render"
	"broadsheet/internal/site"
)

// pageDeps is what a page's templates read, as its last rendering
// recorded, beyond what its own key covers (see hasher.page): a page of
// the default layouts has none. A page's key takes them in, so a layout
// may show anything of the site and still be rendered again exactly when
// what it showed changed: the next build reads what the page read last
// time, and if none of that changed, neither did the page.
type pageDeps struct {
	wide  bool     // a site-wide list, from which every article can be reached
	shown []string // the sources of other articles whose entries it showed
}

// depsOf returns what page p read beyond its own articles, or nil.
func depsOf(p *site.Page, reads *render.Reads) *pageDeps {
	if reads == nil || !reads.Wide && len(reads.Shown) == 0 {
		return nil
	}
	if reads.Wide {
		return &pageDeps{wide: true}
	}
	var shown []string
	for _, a := range others(p.Articles(), reads.Shown) {
		shown = append(shown, a.Source)
	}
	if len(shown) == 0 {
		return nil
	}
	slices.Sort(shown)
	return &pageDeps{shown: slices.Compact(shown)}
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

// withDeps returns a page's key base extended by what deps name: every
// article's key for a wide page, else the keys of the articles shown.
func (h *hasher) withDeps(base uint64, deps *pageDeps) uint64 {
	if deps == nil {
		return base
	}
	k := h.k
	h.reset()
	h.u64(base)
	if deps.wide {
		h.u64(k.everything())
	}
	for _, src := range deps.shown {
		h.str(src)
		h.u64(k.bySource(src))
	}
	return h.sum()
}

// everything is a key over every article's key, in the site's order:
// what a page that read a site-wide list may show.
func (k *keyer) everything() uint64 {
	k.allOnce.Do(func() {
		h := k.hasher()
		h.u64(uint64(len(k.article)))
		h.u64(k.article...)
		k.all = h.sum()
	})
	return k.all
}

// bySource returns the key of the article made from src, or 0 when no
// article is.
func (k *keyer) bySource(src string) uint64 {
	k.sourceOnce.Do(func() {
		k.sources = make(map[string]int, len(k.model.Articles))
		for _, a := range k.model.Articles {
			k.sources[a.Source] = a.Index
		}
	})
	if i, ok := k.sources[src]; ok {
		return k.article[i]
	}
	return 0
}

// settleDeps records what each page rendered in this build read, and
// gives it the key that covers that, for the next build to compare; the
// pages not rendered keep what they read before.
func (j *job) settleDeps() {
	var old map[string]*pageDeps
	if j.from != nil {
		old = j.from.deps
	}
	deps := map[string]*pageDeps{}
	h := j.k.hasher()
	for _, o := range j.outputs {
		if o.page == nil {
			continue
		}
		d := old[o.name]
		if o.dirty && o.base != 0 {
			d = o.deps
			j.st.keys[o.idx] = h.withDeps(o.base, d)
		}
		if d != nil {
			deps[o.name] = d
		}
	}
	j.st.deps = deps
}
