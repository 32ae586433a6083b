package render

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/site"
)

// ldScript finds the JSON-LD block of a page.
var ldScript = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// newsArticleJSON is the part of the JSON-LD the tests read back.
type newsArticleJSON struct {
	Context       string `json:"@context"`
	Type          string `json:"@type"`
	Headline      string `json:"headline"`
	DatePublished string `json:"datePublished"`
	Dateline      string `json:"dateline"`
	URL           string `json:"url"`
	Author        []struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	} `json:"author"`
	Publisher struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	} `json:"publisher"`
	Image *struct {
		Type       string `json:"@type"`
		URL        string `json:"url"`
		Caption    string `json:"caption"`
		CreditText string `json:"creditText"`
	} `json:"image"`
}

// readJSONLD parses the JSON-LD block of an article page.
func readJSONLD(t *testing.T, page string) newsArticleJSON {
	t.Helper()
	m := ldScript.FindAllStringSubmatch(page, -1)
	if len(m) != 1 {
		t.Fatalf("%d JSON-LD blocks, want 1", len(m))
	}
	var n newsArticleJSON
	if err := json.Unmarshal([]byte(m[0][1]), &n); err != nil {
		t.Fatalf("JSON-LD does not parse: %v\n%s", err, m[0][1])
	}
	return n
}

func TestJSONLD(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	n := readJSONLD(t, render(t, r, s, s.page(site.KindArticle)))
	if n.Context != "https://schema.org" || n.Type != "NewsArticle" {
		t.Errorf("@context %q, @type %q", n.Context, n.Type)
	}
	if n.Headline != "Talks resume in Geneva as winter bites" || n.DatePublished != "2026-02-13T09:30:00Z" || n.Dateline != "GENEVA" {
		t.Errorf("headline %q, datePublished %q, dateline %q", n.Headline, n.DatePublished, n.Dateline)
	}
	if n.URL != "https://example.org/news/2026/02/13/talks-resume-in-geneva/" {
		t.Errorf("url %q", n.URL)
	}
	if len(n.Author) != 3 || n.Author[0].Type != "Person" || n.Author[0].Name != "Maria Example" {
		t.Errorf("author %+v", n.Author)
	}
	if n.Publisher.Type != "Organization" || n.Publisher.Name != "The Harbor Ledger" {
		t.Errorf("publisher %+v", n.Publisher)
	}
	if n.Image == nil || n.Image.Type != "ImageObject" || n.Image.CreditText != "Rita Exemplo/The Harbor Ledger" ||
		n.Image.URL != "https://example.org/news/images/geneva.jpg" {
		t.Errorf("image %+v", n.Image)
	}
}

func TestJSONLDWithoutOutlet(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	p := s.site.Pages[2] // the ferries: no outlet, a caption and no image
	n := readJSONLD(t, render(t, r, s, p))
	if n.Publisher.Name != "The Morning Example" {
		t.Errorf("publisher %+v, want the site", n.Publisher)
	}
	if n.Image != nil {
		t.Errorf("a caption without a picture is an image in the JSON-LD: %+v", n.Image)
	}
}

// scriptOpen finds every <script element of a page.
var scriptOpen = regexp.MustCompile(`(?i)<script\b[^>]*>`)

// checkInert asserts that a page rendered from hostile text has no markup
// the layouts did not write: one script (the JSON-LD), no event
// handlers, no javascript: URLs, and no element from the text.
func checkInert(t *testing.T, page string) {
	t.Helper()
	for _, m := range scriptOpen.FindAllString(page, -1) {
		if m != `<script type="application/ld+json">` {
			t.Errorf("unexpected %s", m)
		}
	}
	for _, bad := range []string{"<img src=x", `href="javascript:`, `src="javascript:`, "<b>", "<i>", "<tag>", "</script><"} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
}

func TestHostileText(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(true)
	for _, p := range s.site.Pages {
		page := render(t, r, s, p)
		checkInert(t, page)
		if p.Kind == site.KindArticle && p.Article == s.site.Articles[0] {
			n := readJSONLD(t, page)
			if n.Headline != s.site.Articles[0].Title || n.Image != nil {
				t.Errorf("JSON-LD does not give back the text, or has an image of a javascript: URL: %+v", n)
			}
			if !strings.Contains(page, `&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; &amp; &#34;quoted&#34; &#39;title&#39;`) {
				t.Errorf("title not escaped as text")
			}
		}
	}
}

func FuzzHostileText(f *testing.F) {
	f.Add(`</script><script>alert(1)</script>`, `GENEVA —`, `"'&<>`)
	f.Add(`<!--`, `<![CDATA[`, `]]>`)
	f.Add("\u2028\u2029", `</SCRIPT >`, `javascript:alert(1)`)
	r := newRenderer(f, nil)
	f.Fuzz(func(t *testing.T, title, dateline, caption string) {
		s := newSample(false)
		a := s.site.Articles[0]
		a.Title, a.Doc.Dateline, a.Doc.Caption = title, dateline, caption
		a.Doc.SetImage(caption)
		s.site.Authors[0].Name = caption
		page := render(t, r, s, s.page(site.KindArticle))
		checkInert(t, page)
		if strings.Count(strings.ToLower(page), "</script") != 1 {
			t.Fatalf("text closed the JSON-LD script")
		}
		n := readJSONLD(t, page)
		if !strings.ContainsRune(title, '\uFFFD') && isValidUTF8(title) && n.Headline != title {
			t.Errorf("JSON-LD headline %q, want %q", n.Headline, title)
		}
	})
}

// isValidUTF8 reports whether s survives a JSON round trip unchanged.
func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "\uFFFD") == s }

// TestJSONLDUpdatedAndSource checks dateModified, given only when the
// article was updated after its date, and isBasedOn, given only for an
// http or https source_url.
func TestJSONLDUpdatedAndSource(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	p := s.page(site.KindArticle)
	a := p.Article
	doc := *a.Doc
	a.Doc = &doc
	a.Updated = a.Date.Add(26 * time.Hour)
	doc.SetSourceURL("https://example.com/story?id=1")
	page := render(t, r, s, p)
	var n struct {
		DateModified string `json:"dateModified"`
		IsBasedOn    string `json:"isBasedOn"`
	}
	if err := json.Unmarshal([]byte(ldScript.FindStringSubmatch(page)[1]), &n); err != nil {
		t.Fatal(err)
	}
	if n.DateModified != "2026-02-14T11:30:00Z" || n.IsBasedOn != "https://example.com/story?id=1" {
		t.Errorf("dateModified %q, isBasedOn %q", n.DateModified, n.IsBasedOn)
	}
	a.Updated = a.Date.Add(-time.Hour)
	doc.SetSourceURL("javascript:alert(1)")
	page = render(t, r, s, p)
	if strings.Contains(page, "dateModified") || strings.Contains(page, "isBasedOn") {
		t.Errorf("an update before the date or a javascript: source is in the JSON-LD:\n%s", ldScript.FindString(page))
	}
}
