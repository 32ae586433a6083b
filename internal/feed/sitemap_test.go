package feed

import (
	"encoding/xml"
	"fmt"
	"slices"
	"testing"
	"time"

	"broadsheet/internal/site"
)

// bigSite is the site of testSite with its pages replaced by n article
// pages, the i-th dated i minutes after midnight, and a 404 page and an
// alias among them, which no sitemap lists.
func bigSite(t *testing.T, n int) *site.Site {
	s := testSite(t, testDocs())
	start := time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC)
	s.Pages = []*site.Page{{Kind: site.KindNotFound, URL: "/404.html"}}
	for i := range n {
		a := &site.Article{URL: fmt.Sprintf("/a/%d/", i), Date: start.Add(time.Duration(i) * time.Minute)}
		s.Pages = append(s.Pages, &site.Page{Kind: site.KindArticle, URL: a.URL, Article: a})
		if i == 7 {
			s.Pages = append(s.Pages, &site.Page{Kind: site.KindAlias, URL: "/old/", Article: a})
		}
	}
	return s
}

type xmlURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
}

func readSitemap(t *testing.T, name string, data []byte) (urls, sitemaps []xmlURL) {
	var v struct {
		XMLName  xml.Name
		URLs     []xmlURL `xml:"url"`
		Sitemaps []xmlURL `xml:"sitemap"`
	}
	if err := xml.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s is not XML: %v", name, err)
	}
	return v.URLs, v.Sitemaps
}

// A site of more pages than one sitemap may list gets a sitemap index
// and parts of at most SitemapMax addresses, which together list every
// page once, in order; a site of SitemapMax pages gets one sitemap.
func TestSitemapParts(t *testing.T) {
	s := bigSite(t, SitemapMax)
	if n := SitemapParts(s); n != 0 {
		t.Fatalf("%d pages: SitemapParts = %d, want 0", SitemapMax, n)
	}
	data, _ := Sitemap(s)
	if urls, _ := readSitemap(t, "sitemap.xml", data); len(urls) != SitemapMax {
		t.Fatalf("%d pages: sitemap.xml lists %d", SitemapMax, len(urls))
	}

	n := 2*SitemapMax + 1
	s = bigSite(t, n)
	parts := SitemapParts(s)
	if parts != 3 {
		t.Fatalf("%d pages: SitemapParts = %d, want 3", n, parts)
	}
	data, err := Sitemap(s)
	if err != nil {
		t.Fatal(err)
	}
	urls, index := readSitemap(t, "sitemap.xml", data)
	if len(urls) != 0 || len(index) != parts {
		t.Fatalf("sitemap.xml lists %d pages and %d sitemaps, want 0 and %d", len(urls), len(index), parts)
	}
	var all []string
	for i, sm := range index {
		want := "https://example.org/digest" + SitemapPartURL(i+1)
		if sm.Loc != want {
			t.Errorf("sitemap %d is %s, want %s", i+1, sm.Loc, want)
		}
		part, err := SitemapPart(s, i+1)
		if err != nil {
			t.Fatal(err)
		}
		urls, _ := readSitemap(t, sm.Loc, part)
		if len(urls) > SitemapMax || len(urls) == 0 {
			t.Fatalf("%s lists %d pages", sm.Loc, len(urls))
		}
		if last := urls[len(urls)-1].LastMod; sm.LastMod != last {
			t.Errorf("index gives %s the date %s; its newest page has %s", sm.Loc, sm.LastMod, last)
		}
		for _, u := range urls {
			all = append(all, u.Loc)
		}
	}
	if len(all) != n || all[0] != "https://example.org/digest/a/0/" || all[n-1] != fmt.Sprintf("https://example.org/digest/a/%d/", n-1) {
		t.Fatalf("the parts list %d pages from %s to %s, want %d", len(all), all[0], all[len(all)-1], n)
	}
	if slices.Contains(all, "https://example.org/digest/old/") || slices.Contains(all, "https://example.org/digest/404.html") {
		t.Error("the parts list an alias or the 404 page")
	}
}
