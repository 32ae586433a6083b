// Package feed writes the site's machine-readable indexes: an Atom 1.0
// feed, a JSON Feed 1.1 and a sitemap, from the site model, with plain
// encoding/xml and encoding/json structs.
//
// Feeds carry the latest Limit articles, newest first. Every date is the
// article's own, in the site's time zone; a feed's "updated" is its newest
// article's date, never the build's clock, so the same site always gives
// the same bytes.
package feed

import (
	"time"

	"broadsheet/internal/site"
)

// The site paths of the files this package writes.
const (
	AtomURL    = "/feed.xml"
	JSONURL    = "/feed.json"
	SitemapURL = "/sitemap.xml"
)

// Limit is how many articles a feed carries.
const Limit = 50

// Content returns an article's body as HTML, for a feed's item content.
// The build supplies it, as rendering Markdown is not this package's job.
type Content func(*site.Article) string

// Latest returns the articles the feeds carry: the newest Limit. The
// build uses it to know whose HTML the feeds need.
func Latest(s *site.Site) []*site.Article {
	return s.Articles[:min(Limit, len(s.Articles))]
}

// updated is the latest date among the articles, updates included, or
// the Unix epoch for a feed of none: a fixed value, so the feed stays
// deterministic.
func updated(arts []*site.Article) string {
	var newest time.Time
	for _, a := range arts {
		if t := modified(a); t.After(newest) {
			newest = t
		}
	}
	if newest.IsZero() {
		return stamp(time.Unix(0, 0).UTC())
	}
	return stamp(newest)
}

// modified is when the article last changed: its update, or its date.
func modified(a *site.Article) time.Time {
	if a.Updated.After(a.Date) {
		return a.Updated
	}
	return a.Date
}

// stamp formats a date as RFC 3339, as Atom, JSON Feed and sitemaps want.
func stamp(t time.Time) string {
	return t.Format(time.RFC3339)
}

// byline lists the article's authors, or its outlet when it names no
// author, so readers show who the item is from.
func byline(a *site.Article) []string {
	var names []string
	for _, g := range a.Authors {
		names = append(names, g.Name)
	}
	if len(names) == 0 && a.Outlet != nil {
		names = append(names, a.Outlet.Name)
	}
	return names
}

// summary is the article's standfirst, or else its opening sentences.
func summary(a *site.Article) string {
	if a.Doc != nil && a.Doc.Summary() != "" {
		return a.Doc.Summary()
	}
	return a.Lead()
}

func tags(a *site.Article) []string {
	if a.Doc == nil {
		return nil
	}
	return a.Doc.Tags
}

// html calls content, which may be nil.
func html(content Content, a *site.Article) string {
	if content == nil {
		return ""
	}
	return content(a)
}
