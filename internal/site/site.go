// Package site is the model of a whole site: articles with their URLs,
// the digests that group them by day, week or month, the author and outlet
// indexes, and the list of pages a build renders. It holds metadata only;
// turning pages into HTML is the render package's job.
package site

import (
	"fmt"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/document"
)

// Site is the model of one build.
type Site struct {
	Config   *config.Config
	Articles []*Article // newest first; ties broken by slug, then source path
	Digests  []*Digest  // newest first
	Authors  []*Group   // sorted by slug
	Outlets  []*Group   // sorted by slug
	// Taxonomies are those site.toml declares, in its order.
	Taxonomies []*Taxonomy
	Archive    *Archive // every digest by year and month
	Pages      []*Page  // every HTML page, in a stable order
	// Search is set when the site has a Pagefind index (see Options).
	Search bool

	opt      Options             // what New was given, for Update
	flagged  map[string]bool     // source files New reported a problem in
	bySource map[string]*Article // Articles by Source, made by the first Update
}

// Params returns the [params] table of site.toml, for layouts.
func (s *Site) Params() map[string]any { return s.Config.Params }

// Article is one published article.
type Article struct {
	Source string        // slash path of the source file, relative to the site root
	Doc    *document.Doc // front matter and Markdown body; the build may drop Body once the page is written

	Title    string
	Slug     string
	Date     time.Time // in the site's time zone
	DateOnly bool
	Authors  []*Group // each author's index page
	Outlet   *Group   // nil when the article names no outlet

	// Terms are the article's terms of each taxonomy, by taxonomy name.
	Terms   map[string][]*Group
	Updated time.Time // in the site's time zone; zero when never updated

	lead  fmt.Stringer // see Lead; nil for none
	Words int          // words in the body, for reading time

	URL    string   // site path, e.g. "/2026/02/13/talks-resume/"
	Index  int      // the article's place in Site.Articles, for tables indexed by article
	Digest *Digest  // the digest the article belongs to
	Prev   *Article // older neighbour in the same digest, or nil
	Next   *Article // newer neighbour in the same digest, or nil
}

// Lead returns the plain text of the article's opening sentences, for
// digest entries without a summary or caption.
func (a *Article) Lead() string {
	if a.lead == nil {
		return ""
	}
	return a.lead.String()
}

// SetLead sets the article's lead to s.
func (a *Article) SetLead(s string) { a.lead = Text(s) }

// SetLeadText sets the article's lead to text kept out of the model,
// such as in a file, and read each time it is shown: a site of a
// million articles would hold over a hundred megabytes of leads.
func (a *Article) SetLeadText(t fmt.Stringer) { a.lead = t }

// Text is a lead held in memory.
type Text string

// String returns t.
func (t Text) String() string { return string(t) }

// Digest is the set of articles of one period.
type Digest struct {
	Key      string     // "2026-02-13", "2026-W07" or "2026-02"
	Title    string     // e.g. "Friday 13 February 2026"
	Start    time.Time  // first instant of the period, in the site's time zone
	URL      string     // site path, e.g. "/digest/2026-02-13/"
	Articles []*Article // newest first
	Prev     *Digest    // the older digest, or nil
	Next     *Digest    // the newer digest, or nil
}

// Group is an author or an outlet with its articles.
type Group struct {
	Name     string
	Slug     string
	URL      string     // e.g. "/authors/maria-example/"
	Articles []*Article // newest first
}

// Kind names the kind of a page, which is also its layout's base name.
type Kind string

// The kinds of HTML page a site has.
const (
	KindArticle  Kind = "article"
	KindDigest   Kind = "digest"
	KindHome     Kind = "home"
	KindAuthor   Kind = "author"
	KindOutlet   Kind = "outlet"
	KindNotFound Kind = "404"
	// KindTaxonomy is the index of a taxonomy's terms ("/tags/"), and of
	// the authors and the outlets.
	KindTaxonomy Kind = "taxonomy"
	KindTerm     Kind = "term"    // one term's articles: "/tags/energy/"
	KindArchive  Kind = "archive" // every digest: "/digest/"
	// KindAlias is a redirect from an old address of an article.
	KindAlias Kind = "alias"
	// KindSearch is the search page, "/search/", which loads Pagefind's
	// interface when the site has a Pagefind index.
	KindSearch Kind = "search"
)

// Kinds lists every kind of page, in the order layouts are loaded.
var Kinds = []Kind{KindArticle, KindDigest, KindHome, KindAuthor, KindOutlet, KindNotFound,
	KindTaxonomy, KindTerm, KindArchive, KindAlias, KindSearch}

// Page is one HTML page of the output.
type Page struct {
	Kind  Kind
	URL   string // site path: "/", "/page/2/", "/404.html"
	File  string // output file relative to the destination: "page/2/index.html"
	Title string

	Article  *Article  // KindArticle; KindAlias: the article it sends readers to
	Digest   *Digest   // KindDigest
	Group    *Group    // KindAuthor, KindOutlet, KindTerm
	Home     *Pager    // KindHome
	List     *Pager    // KindAuthor, KindOutlet, KindTerm: this page's share of the group's articles
	Taxonomy *Taxonomy // KindTaxonomy, KindTerm
	Archive  *Archive  // KindArchive
}

// Pager is one page of a list that is split over several pages: the
// home page's digests, or an author's or outlet's articles.
type Pager struct {
	Number   int        // 1-based
	Total    int        // number of pages of the list
	Digests  []*Digest  // home pages: the digests on this page, newest first
	Articles []*Article // author and outlet pages: the articles on this page, newest first
	Prev     *Page      // the page with newer entries, or nil
	Next     *Page      // the page with older entries, or nil
}
