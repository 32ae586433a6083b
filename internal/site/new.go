package site

import (
	"sync"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/document"
)

// Options are the build's choices that are not in site.toml.
type Options struct {
	// Now is the build's clock: articles dated after it are left out
	// unless Future is set. The zero time leaves nothing out.
	Now time.Time
	// Drafts keeps articles marked draft; OR-ed with build.drafts.
	Drafts bool
	// Future keeps articles dated after Now; OR-ed with build.future.
	Future bool
	// Search says that the output has, or will have, a Pagefind index
	// in pagefind/, which the search page then loads.
	Search bool
}

// New assembles the site from the parsed documents. It leaves out drafts
// and future articles unless asked, gives every article its slug, date in
// the site's time zone and URL, groups articles into digests and into
// author and outlet indexes, and lists every page to render.
//
// The result depends only on the set of docs, never on their order.
// Problems (an article with no date, two articles wanting the same URL)
// are diagnostics; the article at fault is left out, so the site is
// still usable for reporting and previews.
func New(cfg *config.Config, docs []*document.Doc, opt Options) (*Site, diag.List) {
	s := &Site{Config: cfg, opt: opt, Search: opt.Search}
	b := builder{cfg: cfg, loc: location(cfg), opt: opt}
	s.Articles = b.articles(docs)
	for i, a := range s.Articles {
		a.Index = i
	}
	// Digests, authors and outlets each set their own fields of the
	// articles, so they are made side by side; each group index reports
	// into its own list, merged in a fixed order.
	authors, outlets := builder{cfg: b.cfg, loc: b.loc, opt: b.opt}, builder{cfg: b.cfg, loc: b.loc, opt: b.opt}
	var wg sync.WaitGroup
	terms := builder{cfg: b.cfg, loc: b.loc, opt: b.opt}
	wg.Go(func() { s.Digests = b.digests(s.Articles) })
	wg.Go(func() { s.Authors = authors.groups(s.Articles, "/authors/", authorNames, setAuthors) })
	wg.Go(func() { s.Taxonomies = terms.taxonomies(s.Articles) })
	s.Outlets = outlets.groups(s.Articles, "/outlets/", outletNames, setOutlet)
	wg.Wait()
	b.diags.Append(authors.diags)
	b.diags.Append(outlets.diags)
	b.diags.Append(terms.diags)
	s.Archive = s.archive()
	s.Pages = s.pages(b.aliasPages(s.Articles))
	b.checkPages(s.Pages)
	s.flagged = make(map[string]bool, len(b.diags))
	for _, d := range b.diags {
		s.flagged[d.File] = true
	}
	return s, b.diags
}

// builder carries what New needs while it assembles a site.
type builder struct {
	cfg   *config.Config
	loc   *time.Location
	opt   Options
	diags diag.List
}

// location is the site's time zone; a Config built in code may not have
// loaded it.
func location(cfg *config.Config) *time.Location {
	if cfg.Location != nil {
		return cfg.Location
	}
	return time.UTC
}
