package feed

import (
	"encoding/xml"
	"fmt"

	"broadsheet/internal/site"
)

type atomFeed struct {
	XMLName   xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang      string      `xml:"xml:lang,attr,omitempty"`
	Title     string      `xml:"title"`
	ID        string      `xml:"id"`
	Updated   string      `xml:"updated"`
	Links     []atomLink  `xml:"link"`
	Author    atomPerson  `xml:"author"`
	Generator string      `xml:"generator"`
	Entries   []atomEntry `xml:"entry"`
}

type atomEntry struct {
	Title      string         `xml:"title"`
	Links      []atomLink     `xml:"link"`
	ID         string         `xml:"id"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary"`
	Content    *atomText      `xml:"content"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

// Atom returns the site's Atom 1.0 feed (served at AtomURL). Each entry's
// id is the article's absolute URL; its content is content(article), as
// escaped HTML, and content may be nil for a feed of summaries.
func Atom(s *site.Site, content Content) ([]byte, error) {
	return atom(s, s.Config.Title, "/", AtomURL, Latest(s), content)
}

// GroupAtom returns the Atom feed of an author, an outlet or a term,
// served at GroupFeedURL(g): its latest Limit articles, with summaries
// rather than content, so it costs no article bodies.
func GroupAtom(s *site.Site, g *site.Group) ([]byte, error) {
	arts := g.Articles[:min(Limit, len(g.Articles))]
	return atom(s, g.Name+" · "+s.Config.Title, g.URL, GroupFeedURL(g), arts, nil)
}

// GroupFeedURL is the site path of a group's Atom feed, beside its page.
func GroupFeedURL(g *site.Group) string { return g.URL + "feed.xml" }

// atom writes the Atom feed of arts: the feed titled title, of the page
// at page, served at self.
func atom(s *site.Site, title, page, self string, arts []*site.Article, content Content) ([]byte, error) {
	f := atomFeed{
		Lang:    s.Config.Language,
		Title:   title,
		ID:      s.Abs(page),
		Updated: updated(arts),
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: s.Abs(self)},
			{Rel: "alternate", Type: "text/html", Href: s.Abs(page)},
		},
		// Atom wants an author for every entry; the site stands in for
		// entries that name none.
		Author:    atomPerson{Name: s.Config.Title},
		Generator: "broadsheet",
	}
	for _, a := range arts {
		f.Entries = append(f.Entries, atomEntryOf(s, a, html(content, a)))
	}
	out, err := xml.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("atom feed: %w", err)
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}

func atomEntryOf(s *site.Site, a *site.Article, body string) atomEntry {
	e := atomEntry{
		Title:     a.Title,
		Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: s.Abs(a.URL)}},
		ID:        s.Abs(a.URL),
		Published: stamp(a.Date),
		Updated:   stamp(modified(a)),
	}
	if src := a.OriginalURL(); src != "" {
		e.Links = append(e.Links, atomLink{Rel: "via", Href: src})
	}
	for _, n := range byline(a) {
		e.Authors = append(e.Authors, atomPerson{Name: n})
	}
	for _, t := range tags(a) {
		e.Categories = append(e.Categories, atomCategory{Term: t})
	}
	if sum := summary(a); sum != "" {
		e.Summary = &atomText{Type: "text", Body: sum}
	}
	if body != "" {
		e.Content = &atomText{Type: "html", Body: body}
	}
	return e
}
