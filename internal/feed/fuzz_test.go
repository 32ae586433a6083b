package feed

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
)

// FuzzFeeds checks that any article text gives well-formed feeds, and that
// a reader gets the title back as written, but for characters XML cannot
// carry, which become U+FFFD.
func FuzzFeeds(f *testing.F) {
	f.Add(nasty, "Tom & Jerry", "<p>x</p>")
	f.Add("]]> <!-- \x00 \r\n \t", "\xff\xfe", "&amp;")
	f.Fuzz(func(t *testing.T, title, author, content string) {
		d := &markdown.Doc{Path: "content/x.md", FrontMatter: markdown.FrontMatter{
			Title: title, Authors: []string{author},
			Date: time.Date(2026, 2, 13, 9, 0, 0, 0, time.UTC)}}
		d.SetSummary(author)
		s := testSite(t, []*markdown.Doc{d})
		html := func(*site.Article) string { return content }
		atom, err := Atom(s, html)
		if err != nil {
			t.Fatal(err)
		}
		var back atomDoc
		if err := xml.Unmarshal(atom, &back); err != nil {
			t.Fatalf("Atom feed is not XML: %v\n%s", err, atom)
		}
		if want := xmlText(s.Articles[0].Title); back.Entries[0].Title != want {
			t.Fatalf("title %q came back as %q", want, back.Entries[0].Title)
		}
		js, err := JSON(s, html)
		if err != nil || !json.Valid(js) {
			t.Fatalf("JSON feed is not JSON (%v):\n%s", err, js)
		}
		if sm, err := Sitemap(s); err != nil || xml.Unmarshal(sm, new(struct{})) != nil {
			t.Fatalf("sitemap is not XML (%v):\n%s", err, sm)
		}
	})
}

// xmlText is s as encoding/xml writes it: every byte or rune that XML 1.0
// cannot hold is replaced with U+FFFD.
func xmlText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if !xmlChar(r) || r == utf8.RuneError && w == 1 {
			r = '\uFFFD'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
