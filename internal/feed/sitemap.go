package feed

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"

	"broadsheet/internal/site"
)

type urlSet struct {
	XMLName xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

// Sitemap returns the site's sitemap.xml (served at SitemapURL): every
// page but the 404 page, the search page and the aliases' redirects, in the site's page
// order, with its absolute address and the latest date, updates
// included, of the articles it shows.
func Sitemap(s *site.Site) ([]byte, error) {
	var set urlSet
	for _, p := range s.Pages {
		if p.Kind == site.KindNotFound || p.Kind == site.KindAlias || p.Kind == site.KindSearch {
			continue
		}
		u := sitemapURL{Loc: s.Abs(p.URL)}
		if t := lastMod(p); !t.IsZero() {
			u.LastMod = stamp(t)
		}
		set.URLs = append(set.URLs, u)
	}
	out, err := xml.MarshalIndent(set, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("sitemap: %w", err)
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}

// lastMod is when the page last changed as far as the site knows: an
// article's own date, else the newest date among the articles it shows.
func lastMod(p *site.Page) time.Time {
	if p.Kind == site.KindArticle {
		return modified(p.Article)
	}
	var newest time.Time
	for _, a := range p.Articles() {
		if t := modified(a); t.After(newest) {
			newest = t
		}
	}
	return newest
}

// RedirectsURL is the site path of the redirect list Redirects writes.
const RedirectsURL = "/_redirects"

// Redirects returns a _redirects file, the redirect list Netlify and
// Cloudflare Pages read: one line per alias, from the old address to the
// article's, permanent. Both are paths under the base URL's, since the
// host serves the output folder at the root of the base URL's host.
func Redirects(s *site.Site) []byte {
	var b strings.Builder
	b.WriteString("# Old addresses of articles (their aliases), moved for good.\n")
	for _, p := range s.Pages {
		if p.Kind == site.KindAlias {
			fmt.Fprintf(&b, "%s %s 301\n", s.Path(p.URL), s.Path(p.Article.URL))
		}
	}
	return []byte(b.String())
}
