package build

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"io/fs"
	"maps"
	"net/url"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
)

// TestLinks builds the example sites of the repository (its root, in
// English, and testdata/fr, in French), the test site and a generated one with outlets of more than one page, at the
// root of a host and under a sub-path, and checks that every internal
// link of every page leads to a file of the output and that the feeds
// parse with the fields feed readers need.
func TestLinks(t *testing.T) {
	sites := map[string]fs.FS{"testdata": os.DirFS("testdata/site"), "generated": genFS(400, 3)}
	maps.Copy(sites, exampleSites())
	for name, fsys := range sites {
		for _, base := range []string{"", "https://example.org/sub/path/"} {
			t.Run(name+" "+base, func(t *testing.T) {
				sink := newMemSink()
				res := New(fsys, Options{BaseURL: base, Now: now}).Build(context.Background(), sink)
				if res.Failed() {
					t.Fatalf("build failed:\n%s", diagText(res))
				}
				checkLinks(t, sink.files)
				checkFeeds(t, sink.files)
				if name == "generated" && !hasPaged(sink.files) {
					t.Errorf("no outlet or author has a second page: the pager's links went unchecked")
				}
			})
		}
	}
}

// hasPaged reports whether an author or outlet has a second page.
func hasPaged(files map[string][]byte) bool {
	for name := range files {
		if strings.HasSuffix(name, "/page/2/index.html") && !strings.HasPrefix(name, "page/") {
			return true
		}
	}
	return false
}

// attrLink matches the value of an href or src attribute.
var attrLink = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)

// checkLinks resolves every href and src of every HTML file of files.
func checkLinks(t *testing.T, files map[string][]byte) {
	t.Helper()
	base := baseURL(t, files)
	pages, links := 0, 0
	for name, data := range files {
		if !strings.HasSuffix(name, ".html") {
			continue
		}
		pages++
		for _, m := range attrLink.FindAllStringSubmatch(string(data), -1) {
			target, ok := resolve(base, name, htmlUnescape(m[1]))
			if ok {
				links++
			}
			if ok && files[target] == nil {
				t.Errorf("%s: link %q leads to %s, which is not in the output", name, m[1], target)
			}
		}
	}
	if pages == 0 || links < 5*pages {
		t.Fatalf("checked %d internal links on %d pages: too few for a real site", links, pages)
	}
}

// baseURL reads the site's base URL back from the home page's canonical link.
func baseURL(t *testing.T, files map[string][]byte) *url.URL {
	m := regexp.MustCompile(`<link rel="canonical" href="([^"]*)"`).FindSubmatch(files["index.html"])
	if m == nil {
		t.Fatal("index.html has no canonical link")
	}
	u, err := url.Parse(htmlUnescape(string(m[1])))
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// resolve turns a link on the page file into an output file name; ok is
// false for links that leave the site.
func resolve(base *url.URL, file, link string) (string, bool) {
	u, err := url.Parse(link)
	if err != nil || u.Scheme == "data" || u.Scheme == "mailto" {
		return "", false
	}
	if u.Path == "" && u.Host == "" {
		return "", false // a fragment on the same page
	}
	var p string
	switch {
	case u.IsAbs() || u.Host != "":
		if u.Host != base.Host || !strings.HasPrefix(u.Path, base.Path) {
			return "", false
		}
		p = strings.TrimPrefix(u.Path, base.Path)
	case strings.HasPrefix(u.Path, "/"):
		p = strings.TrimPrefix(u.Path, base.Path)
		if len(p) == len(u.Path) {
			return "/" + p + " (outside the base path " + base.Path + ")", true
		}
	default:
		p = path.Join(path.Dir(file), u.Path)
		if strings.HasSuffix(u.Path, "/") {
			p += "/"
		}
	}
	if p == "" || p == "." || strings.HasSuffix(p, "/") {
		p = strings.TrimPrefix(p+"index.html", "./")
		p = strings.TrimPrefix(p, "/")
	}
	return p, true
}

// htmlUnescape undoes the escaping html/template applies inside attributes.
func htmlUnescape(s string) string {
	return strings.NewReplacer("&amp;", "&", "&#43;", "+", "&#39;", "'", "&quot;", `"`).Replace(s)
}

// checkFeeds parses the feeds and the sitemap and checks the fields every
// item needs.
func checkFeeds(t *testing.T, files map[string][]byte) {
	t.Helper()
	var atom struct {
		Entries []struct {
			Title string `xml:"title"`
			Links []struct {
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Updated string `xml:"updated"`
			Content string `xml:"content"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(files[atomFile], &atom); err != nil {
		t.Errorf("feed.xml: %v", err)
	}
	for i, e := range atom.Entries {
		if e.Title == "" || len(e.Links) == 0 || e.Links[0].Href == "" || e.Updated == "" || e.Content == "" {
			t.Errorf("feed.xml: entry %d lacks a title, link, date or content", i)
		}
	}
	var jf struct {
		Version string `json:"version"`
		Items   []struct {
			Title string `json:"title"`
			URL   string `json:"url"`
			Date  string `json:"date_published"`
			HTML  string `json:"content_html"`
		} `json:"items"`
	}
	if err := json.Unmarshal(files[jsonFile], &jf); err != nil {
		t.Errorf("feed.json: %v", err)
	}
	for i, it := range jf.Items {
		if it.Title == "" || it.URL == "" || it.Date == "" || it.HTML == "" {
			t.Errorf("feed.json: item %d lacks a title, url, date or content", i)
		}
	}
	if len(atom.Entries) == 0 || len(jf.Items) == 0 {
		t.Errorf("feeds hold %d and %d items, want some", len(atom.Entries), len(jf.Items))
	}
	var sm struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(files[sitemapFile], &sm); err != nil || len(sm.URLs) == 0 {
		t.Errorf("sitemap.xml: %d URLs, err %v", len(sm.URLs), err)
	}
}
