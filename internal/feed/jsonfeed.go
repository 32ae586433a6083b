package feed

import (
	"cmp"
	"encoding/json"
	"fmt"

	"broadsheet/internal/site"
)

// jsonFeedVersion is the JSON Feed version this package writes.
const jsonFeedVersion = "https://jsonfeed.org/version/1.1"

type jsonFeed struct {
	Version     string       `json:"version"`
	Title       string       `json:"title"`
	HomePageURL string       `json:"home_page_url"`
	FeedURL     string       `json:"feed_url"`
	Language    string       `json:"language,omitempty"`
	Authors     []jsonAuthor `json:"authors"`
	Items       []jsonItem   `json:"items"`
}

type jsonItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	ExternalURL   string       `json:"external_url,omitempty"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html,omitempty"`
	ContentText   string       `json:"content_text,omitempty"`
	Summary       string       `json:"summary,omitempty"`
	DatePublished string       `json:"date_published"`
	DateModified  string       `json:"date_modified,omitempty"`
	Authors       []jsonAuthor `json:"authors,omitempty"`
	Tags          []string     `json:"tags,omitempty"`
}

type jsonAuthor struct {
	Name string `json:"name"`
}

// JSON returns the site's JSON Feed 1.1 (served at JSONURL). Items carry
// content(article) as content_html; when content is nil or gives nothing,
// they carry the summary (or the title) as content_text, since an item
// must have one of the two.
func JSON(s *site.Site, content Content) ([]byte, error) {
	f := jsonFeed{
		Version:     jsonFeedVersion,
		Title:       s.Config.Title,
		HomePageURL: s.Abs("/"),
		FeedURL:     s.Abs(JSONURL),
		Language:    s.Config.Language,
		Authors:     []jsonAuthor{{Name: s.Config.Title}},
		Items:       []jsonItem{},
	}
	for _, a := range Latest(s) {
		f.Items = append(f.Items, jsonItemOf(s, a, html(content, a)))
	}
	// encoding/json writes <, > and & as \u escapes: harder to read, but
	// no browser that sniffs a served file can take it for HTML.
	out, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("json feed: %w", err)
	}
	return append(out, '\n'), nil
}

func jsonItemOf(s *site.Site, a *site.Article, body string) jsonItem {
	it := jsonItem{
		ID:            s.Abs(a.URL),
		URL:           s.Abs(a.URL),
		ExternalURL:   a.OriginalURL(),
		Title:         a.Title,
		ContentHTML:   body,
		Summary:       summary(a),
		DatePublished: stamp(a.Date),
		Tags:          tags(a),
	}
	if a.Updated.After(a.Date) {
		it.DateModified = stamp(a.Updated)
	}
	if body == "" {
		it.ContentText = cmp.Or(it.Summary, a.Title)
	}
	for _, n := range byline(a) {
		it.Authors = append(it.Authors, jsonAuthor{Name: n})
	}
	return it
}
