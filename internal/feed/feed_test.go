package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const nasty = `<script>alert("x")</script> & Co`

func testDocs() []*markdown.Doc {
	at := func(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
	docs := []*markdown.Doc{
		{Path: "content/a.md", FrontMatter: markdown.FrontMatter{
			Title: nasty, Date: at("2026-02-13T09:30:00Z"), Slug: "nasty",
			Authors: []string{"Tom & Jerry", "Ana Roe"}, Outlet: "Example Wire", Tags: []string{"a&b"},
		}},
		{Path: "content/b.md", FrontMatter: markdown.FrontMatter{
			Title: "Wire only", Date: at("2026-02-12T00:00:00Z"), DateOnly: true, Outlet: "Example Wire",
		}},
		{Path: "content/c.md", FrontMatter: markdown.FrontMatter{
			Title: "Nobody", Date: at("2026-02-11T23:00:00Z"),
		}},
	}
	docs[0].SetSummary("Less < more & \x01 control")
	docs[0].SetSourceURL("https://example.com/story?id=1&x=2")
	docs[1].SetUpdated(at("2026-02-12T18:00:00Z"), false)
	docs[1].SetAliases([]string{"/old/wire-only/"})
	docs[2].SetSourceURL("javascript:alert(1)")
	return docs
}

func testSite(t testing.TB, docs []*markdown.Doc) *site.Site {
	cfg := config.Default()
	cfg.Title = "Morning & Evening"
	if err := cfg.WithBaseURL("https://example.org/digest"); err != nil {
		t.Fatal(err)
	}
	cfg.Timezone = "Europe/Zurich"
	if diags := cfg.Validate("site.toml"); len(diags) > 0 {
		t.Fatal(diags.Err())
	}
	s, diags := site.New(cfg, docs, site.Options{})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return s
}

func body(a *site.Article) string { return "<p>Body of " + a.Slug + " &amp; more</p>" }

// atomDoc is what a feed reader reads back.
type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		Title     string   `xml:"title"`
		ID        string   `xml:"id"`
		Published string   `xml:"published"`
		Updated   string   `xml:"updated"`
		Authors   []string `xml:"author>name"`
		Summary   string   `xml:"summary"`
		Content   struct {
			Type string `xml:"type,attr"`
			Body string `xml:",chardata"`
		} `xml:"content"`
		Links []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

func TestAtom(t *testing.T) {
	out, err := Atom(testSite(t, testDocs()), body)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out, []byte("<script>")) || bytes.Contains(out, []byte("\x01")) {
		t.Fatalf("unescaped markup or control character in feed:\n%s", out)
	}
	var f atomDoc
	if err := xml.Unmarshal(out, &f); err != nil {
		t.Fatalf("feed is not XML: %v\n%s", err, out)
	}
	checks := []struct{ name, got, want string }{
		{"lang", f.Lang, "en"},
		{"title", f.Title, "Morning & Evening"},
		{"id", f.ID, "https://example.org/digest/"},
		{"updated", f.Updated, "2026-02-13T10:30:00+01:00"},
		{"self", f.Links[0].Rel + " " + f.Links[0].Href, "self https://example.org/digest/feed.xml"},
		{"home", f.Links[1].Rel + " " + f.Links[1].Href, "alternate https://example.org/digest/"},
		{"entries", fmt.Sprint(len(f.Entries)), "3"},
	}
	e := f.Entries[0]
	checks = append(checks, []struct{ name, got, want string }{
		{"entry title", e.Title, nasty},
		{"entry id", e.ID, "https://example.org/digest/2026/02/13/nasty/"},
		{"entry link", e.Links[0].Href, e.ID},
		{"entry via", e.Links[1].Rel + " " + e.Links[1].Href, "via https://example.com/story?id=1&x=2"},
		{"published", e.Published, "2026-02-13T10:30:00+01:00"},
		{"authors", strings.Join(e.Authors, "|"), "Tom & Jerry|Ana Roe"},
		{"summary", e.Summary, "Less < more & \uFFFD control"},
		{"content", e.Content.Type + " " + e.Content.Body, "html <p>Body of nasty &amp; more</p>"},
		{"outlet stands in for authors", strings.Join(f.Entries[1].Authors, "|"), "Example Wire"},
		{"date-only in the site's zone", f.Entries[1].Published, "2026-02-12T00:00:00+01:00"},
		{"no author, no via link", fmt.Sprint(len(f.Entries[2].Authors), len(f.Entries[2].Links)), "0 1"},
	}...)
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestJSON(t *testing.T) {
	out, err := JSON(testSite(t, testDocs()), body)
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Version, Title, HomePageURL, FeedURL string
		Items                                []map[string]any
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("feed is not JSON: %v\n%s", err, out)
	}
	var raw map[string]any
	_ = json.Unmarshal(out, &raw)
	if raw["version"] != "https://jsonfeed.org/version/1.1" || raw["home_page_url"] != "https://example.org/digest/" ||
		raw["feed_url"] != "https://example.org/digest/feed.json" || raw["title"] != "Morning & Evening" {
		t.Errorf("feed fields: %v", raw)
	}
	if len(f.Items) != 3 {
		t.Fatalf("%d items, want 3", len(f.Items))
	}
	for _, it := range f.Items {
		for _, k := range []string{"id", "url", "title", "content_html", "date_published"} {
			if s, _ := it[k].(string); s == "" {
				t.Errorf("item %v lacks %s", it["id"], k)
			}
		}
		if _, err := time.Parse(time.RFC3339, it["date_published"].(string)); err != nil {
			t.Errorf("date_published: %v", err)
		}
	}
	first := f.Items[0]
	if first["title"] != nasty || first["external_url"] != "https://example.com/story?id=1&x=2" {
		t.Errorf("first item: %v", first)
	}
	if got := fmt.Sprint(first["authors"]); got != "[map[name:Tom & Jerry] map[name:Ana Roe]]" {
		t.Errorf("authors = %s", got)
	}
	if bytes.Contains(out, []byte("<script>")) {
		t.Errorf("raw <script> in JSON feed")
	}
}

func TestJSONWithoutContent(t *testing.T) {
	out, err := JSON(testSite(t, testDocs()), nil)
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Items []map[string]any }
	if err := json.Unmarshal(out, &f); err != nil {
		t.Fatal(err)
	}
	if f.Items[0]["content_text"] != "Less < more & \x01 control" || f.Items[1]["content_text"] != "Wire only" {
		t.Errorf("content_text: %v / %v", f.Items[0]["content_text"], f.Items[1]["content_text"])
	}
}

func TestSitemap(t *testing.T) {
	out, err := Sitemap(testSite(t, testDocs()))
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(out, &set); err != nil {
		t.Fatalf("sitemap is not XML: %v", err)
	}
	var got []string
	for _, u := range set.URLs {
		got = append(got, strings.TrimPrefix(u.Loc, "https://example.org/digest/")+" "+u.LastMod)
	}
	want := []string{
		" 2026-02-13T10:30:00+01:00",
		"digest/2026-02-13/ 2026-02-13T10:30:00+01:00",
		"digest/2026-02-12/ 2026-02-12T19:00:00+01:00",
		"digest/ 2026-02-13T10:30:00+01:00",
		"2026/02/13/nasty/ 2026-02-13T10:30:00+01:00",
		"2026/02/12/b/ 2026-02-12T19:00:00+01:00",
		"2026/02/12/c/ 2026-02-12T00:00:00+01:00",
		"authors/ 2026-02-13T10:30:00+01:00",
		"authors/ana-roe/ 2026-02-13T10:30:00+01:00",
		"authors/tom-jerry/ 2026-02-13T10:30:00+01:00",
		"outlets/ 2026-02-13T10:30:00+01:00",
		"outlets/example-wire/ 2026-02-13T10:30:00+01:00",
		"tags/ 2026-02-13T10:30:00+01:00",
		"tags/a-b/ 2026-02-13T10:30:00+01:00",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLimit(t *testing.T) {
	var docs []*markdown.Doc
	start := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	for i := range Limit + 10 {
		docs = append(docs, &markdown.Doc{Path: fmt.Sprintf("content/%03d.md", i), FrontMatter: markdown.FrontMatter{
			Title: fmt.Sprint("Article ", i), Date: start.Add(time.Duration(i) * time.Hour)}})
	}
	s := testSite(t, docs)
	atom, _ := Atom(s, body)
	var f atomDoc
	if err := xml.Unmarshal(atom, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Entries) != Limit || f.Entries[0].Title != "Article 59" || f.Entries[Limit-1].Title != "Article 10" {
		t.Errorf("%d entries from %q to %q", len(f.Entries), f.Entries[0].Title, f.Entries[len(f.Entries)-1].Title)
	}
}

func TestEmptySite(t *testing.T) {
	s := testSite(t, nil)
	atom, err := Atom(s, body)
	if err != nil || !bytes.Contains(atom, []byte("<updated>1970-01-01T00:00:00Z</updated>")) {
		t.Errorf("empty Atom feed (%v):\n%s", err, atom)
	}
	js, err := JSON(s, body)
	if err != nil || !bytes.Contains(js, []byte(`"items": []`)) {
		t.Errorf("empty JSON feed (%v):\n%s", err, js)
	}
}

// TestGoldenAndDeterministic compares every file with testdata/ and checks
// that the order of the input documents changes no byte.
func TestGoldenAndDeterministic(t *testing.T) {
	docs := testDocs()
	reversed := slices.Clone(docs)
	slices.Reverse(reversed)
	for _, f := range []struct {
		name string
		gen  func(*site.Site) ([]byte, error)
	}{
		{"feed.xml", func(s *site.Site) ([]byte, error) { return Atom(s, body) }},
		{"feed.json", func(s *site.Site) ([]byte, error) { return JSON(s, body) }},
		{"sitemap.xml", Sitemap},
	} {
		got, err := f.gen(testSite(t, docs))
		if err != nil {
			t.Fatal(err)
		}
		again, _ := f.gen(testSite(t, reversed))
		if !bytes.Equal(got, again) {
			t.Errorf("%s depends on the order of the documents", f.name)
		}
		golden := filepath.Join("testdata", f.name)
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (go test -update to accept):\n%s", f.name, golden, got)
		}
	}
}
