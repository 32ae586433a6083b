package feed

import (
	"bytes"
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

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

// SitemapMax is the most addresses one sitemap file lists, the limit of
// the sitemaps.org protocol: search engines ignore a longer one.
const SitemapMax = 50_000

// inSitemap reports whether the sitemap lists p: every page but the 404
// page, the search page and the aliases' redirects.
func inSitemap(p *site.Page) bool {
	return p.Kind != site.KindNotFound && p.Kind != site.KindAlias && p.Kind != site.KindSearch
}

// SitemapParts returns how many files the sitemap takes beyond
// sitemap.xml: none for a site of at most SitemapMax pages, whose
// sitemap.xml lists them all; else one for each SitemapMax of them, and
// sitemap.xml is their index.
func SitemapParts(s *site.Site) int {
	n := 0
	for _, p := range s.Pages {
		if inSitemap(p) {
			n++
		}
	}
	if n <= SitemapMax {
		return 0
	}
	return (n + SitemapMax - 1) / SitemapMax
}

// SitemapPartURL returns the site path of part i (from 1) of the sitemap.
func SitemapPartURL(i int) string { return fmt.Sprintf("/sitemap-%d.xml", i) }

// Sitemap returns the site's sitemap.xml (served at SitemapURL): every
// page it lists (see inSitemap), in the site's page order, with its
// absolute address and the latest date, updates included, of the
// articles it shows. A site of more pages than SitemapMax gets a sitemap
// index instead, naming the parts SitemapPart writes and the latest date
// of each.
func Sitemap(s *site.Site) ([]byte, error) {
	parts := SitemapParts(s)
	if parts == 0 {
		return sitemapPages(s, 0, SitemapMax)
	}
	newest := make([]time.Time, parts)
	i := 0
	for _, p := range s.Pages {
		if inSitemap(p) {
			if t := lastMod(p); t.After(newest[i/SitemapMax]) {
				newest[i/SitemapMax] = t
			}
			i++
		}
	}
	index := sitemapIndex{Sitemaps: make([]sitemapURL, parts)}
	for i, t := range newest {
		index.Sitemaps[i] = sitemapURL{Loc: s.Abs(SitemapPartURL(i + 1))}
		if !t.IsZero() {
			index.Sitemaps[i].LastMod = stamp(t)
		}
	}
	return marshalSitemap(index)
}

// SitemapPart returns part i (from 1) of a sitemap split in
// SitemapParts: the pages Sitemap would list from the (i-1)*SitemapMax-th
// on, at most SitemapMax of them.
func SitemapPart(s *site.Site, i int) ([]byte, error) {
	return sitemapPages(s, (i-1)*SitemapMax, SitemapMax)
}

// sitemapPages returns a sitemap of at most max of the pages the sitemap
// lists, from the skip-th on.
func sitemapPages(s *site.Site, skip, max int) ([]byte, error) {
	var set urlSet
	for _, p := range s.Pages {
		if !inSitemap(p) {
			continue
		}
		if skip > 0 {
			skip--
			continue
		}
		if len(set.URLs) == max {
			break
		}
		u := sitemapURL{Loc: s.Abs(p.URL)}
		if t := lastMod(p); !t.IsZero() {
			u.LastMod = stamp(t)
		}
		set.URLs = append(set.URLs, u)
	}
	return marshalSitemap(set)
}

// marshalSitemap writes a sitemap or sitemap index with its XML header.
func marshalSitemap(v any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("sitemap: %w", err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
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
