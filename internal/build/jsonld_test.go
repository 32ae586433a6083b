package build

import (
	"encoding/json"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// ldBlock finds the JSON-LD of a page.
var ldBlock = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)

// TestJSONLDNewsArticle checks the JSON-LD of every article page of the
// example sites against what schema.org's NewsArticle and Google's
// article rich results ask for: a headline of at most 110 characters,
// ISO 8601 dates (dateModified not before datePublished), authors with
// names, a publisher, absolute URLs, and an image only with its URL.
func TestJSONLDNewsArticle(t *testing.T) {
	for name, fsys := range exampleSites() {
		t.Run(name, func(t *testing.T) {
			_, files := buildToDir(t, fsys, "")
			n := 0
			for file, data := range files {
				if !articlePage.MatchString(file) || strings.Contains(string(data), `http-equiv="refresh"`) {
					continue // not an article page, or an alias's redirect
				}
				m := ldBlock.FindSubmatch(data)
				if m == nil {
					t.Errorf("%s: no JSON-LD", file)
					continue
				}
				checkNewsArticle(t, file, m[1])
				n++
			}
			if n == 0 {
				t.Fatal("no article pages")
			}
		})
	}
}

type newsArticleLD struct {
	Context       string `json:"@context"`
	Type          string `json:"@type"`
	Headline      string `json:"headline"`
	DatePublished string `json:"datePublished"`
	DateModified  string `json:"dateModified"`
	Author        []struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url"`
	} `json:"author"`
	Publisher struct {
		Type string `json:"@type"`
		Name string `json:"name"`
	} `json:"publisher"`
	Image *struct {
		Type   string `json:"@type"`
		URL    string `json:"url"`
		Width  int    `json:"width"`
		Height int    `json:"height"`
	} `json:"image"`
	URL              string `json:"url"`
	MainEntityOfPage string `json:"mainEntityOfPage"`
	InLanguage       string `json:"inLanguage"`
	IsBasedOn        string `json:"isBasedOn"`
}

func checkNewsArticle(t *testing.T, file string, raw []byte) {
	t.Helper()
	var n newsArticleLD
	if err := json.Unmarshal(raw, &n); err != nil {
		t.Errorf("%s: JSON-LD does not parse: %v", file, err)
		return
	}
	if n.Context != "https://schema.org" || n.Type != "NewsArticle" {
		t.Errorf("%s: @context %q, @type %q", file, n.Context, n.Type)
	}
	if n.Headline == "" || len([]rune(n.Headline)) > 110 {
		t.Errorf("%s: headline %q: want 1 to 110 characters", file, n.Headline)
	}
	published, err := time.Parse(time.RFC3339, n.DatePublished)
	if err != nil {
		t.Errorf("%s: datePublished %q is not ISO 8601: %v", file, n.DatePublished, err)
	}
	if n.DateModified != "" {
		if modified, err := time.Parse(time.RFC3339, n.DateModified); err != nil || modified.Before(published) {
			t.Errorf("%s: dateModified %q is not an ISO 8601 date after datePublished", file, n.DateModified)
		}
	}
	for _, a := range n.Author {
		if a.Name == "" || !slices.Contains([]string{"Person", "Organization"}, a.Type) || a.URL != "" && !absolute(a.URL) {
			t.Errorf("%s: author %+v", file, a)
		}
	}
	if n.Publisher.Name == "" || n.Publisher.Type != "Organization" {
		t.Errorf("%s: publisher %+v", file, n.Publisher)
	}
	if n.Image != nil && (n.Image.Type != "ImageObject" || !absolute(n.Image.URL)) {
		t.Errorf("%s: image %+v: an image needs an absolute url", file, n.Image)
	}
	if !absolute(n.URL) || n.MainEntityOfPage != n.URL || n.InLanguage == "" {
		t.Errorf("%s: url %q, mainEntityOfPage %q, inLanguage %q", file, n.URL, n.MainEntityOfPage, n.InLanguage)
	}
	if n.IsBasedOn != "" && !absolute(n.IsBasedOn) {
		t.Errorf("%s: isBasedOn %q", file, n.IsBasedOn)
	}
}

// absolute reports whether s is an absolute http or https URL.
func absolute(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && !strings.Contains(s, " ")
}
