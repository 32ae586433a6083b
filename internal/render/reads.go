package render

import (
	"broadsheet/internal/site"
)

// Reads is what a page's templates read beyond the page's own data, as
// recorded while it rendered. A build keys the page with it, so that a
// layout may show anything of the site and the page is rendered again
// whenever what it showed changed.
type Reads struct {
	// Wide is set when a template read one of the site-wide lists
	// (.Site.Articles, .Site.Digests, .Site.Authors, .Site.Outlets,
	// .Site.Taxonomies, .Site.Archive, .Site.Pages), from which every
	// article can be reached.
	Wide bool
	// Shown lists the articles shown with entry or entries, in order.
	Shown []*site.Article
}

// merge adds what another rendering read.
func (r *Reads) merge(o *Reads) {
	r.Wide = r.Wide || o.Wide
	r.Shown = append(r.Shown, o.Shown...)
}

// empty reports whether nothing was read beyond the page's own data.
func (r *Reads) empty() bool { return !r.Wide && len(r.Shown) == 0 }

// SiteData is the site as layouts see it: the site model, whose fields and
// methods it has, with the site-wide lists behind methods that record
// that they were read.
type SiteData struct {
	*site.Site
	reads *Reads
}

// Articles returns every published article, newest first.
func (s *SiteData) Articles() []*site.Article { s.reads.Wide = true; return s.Site.Articles }

// Digests returns every digest, newest first.
func (s *SiteData) Digests() []*site.Digest { s.reads.Wide = true; return s.Site.Digests }

// Authors returns every author's index, sorted by slug.
func (s *SiteData) Authors() []*site.Group { s.reads.Wide = true; return s.Site.Authors }

// Outlets returns every outlet's index, sorted by slug.
func (s *SiteData) Outlets() []*site.Group { s.reads.Wide = true; return s.Site.Outlets }

// Taxonomies returns the site's taxonomies, with every term's articles.
func (s *SiteData) Taxonomies() []*site.Taxonomy { s.reads.Wide = true; return s.Site.Taxonomies }

// Archive returns every digest by year and month.
func (s *SiteData) Archive() *site.Archive { s.reads.Wide = true; return s.Site.Archive }

// Pages returns every HTML page of the site.
func (s *SiteData) Pages() []*site.Page { s.reads.Wide = true; return s.Site.Pages }

// Latest is the newest digest as the site's navigation shows it.
type Latest struct {
	Key, Title, URL string
}

// Latest returns the newest digest's key, title and address, or nil for
// a site without articles. Every page may show it without depending on
// the rest of the site, which is why it carries no articles.
func (s *SiteData) Latest() *Latest {
	if len(s.Site.Digests) == 0 {
		return nil
	}
	d := s.Site.Digests[0]
	return &Latest{Key: d.Key, Title: d.Title, URL: d.URL}
}
