package markdown

import (
	"broadsheet/internal/document"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"broadsheet/internal/article"
)

var paris = time.FixedZone("CET", 3600)

// formatTests are documents whose Format output is kept in
// testdata/format/NAME.md.
var formatTests = map[string]*Doc{
	"full": FromArticle(&article.Article{
		Path: "content/2026/02/13/geneva.txt",
		Date: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true,
		Title: "Talks resume in Geneva as winter bites", Slug: "talks-resume-in-geneva",
		Authors: []string{"Maria Example"}, Outlet: "The Example Times", Dateline: "GENEVA",
		Caption:     "Volunteers hand out soup in a square in Kyiv on Feb. 1.",
		Credit:      "Oksana Example/The Example Times",
		Summary:     "Negotiators meet again as the deadline nears.",
		Attribution: "This article originally appeared in The Example Times.",
		Tags:        []string{"diplomacy", "energy"},
		Image:       "https://example.org/soup.jpg", SourceURL: "https://example.org/geneva",
		Draft: true,
		Paragraphs: []article.Paragraph{
			{Text: "Negotiators from both sides met again on Tuesday.", Line: 9},
			{Text: "2026. The year talks *finally* resumed <maybe>.", Line: 11},
			{Text: "- Prices rose ~5% & AT&T said \"no\" [sic].", Line: 13},
		},
	}),
	"minimal": {
		FrontMatter: FrontMatter{Title: "Only a title", Date: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC), DateOnly: true},
		Body:        "One paragraph.",
	},
	"datetime-offset": {
		FrontMatter: FrontMatter{Title: "Timed", Date: time.Date(2026, 2, 13, 9, 30, 0, 0, paris)},
		Body:        "Body.",
	},
	"datetime-utc-fraction": {
		FrontMatter: FrontMatter{Title: "Timed", Date: time.Date(2026, 2, 13, 9, 30, 5, 250_000_000, time.UTC)},
		Body:        "Body.",
	},
	"toml-escaping": func() *Doc {
		d := &Doc{
			FrontMatter: FrontMatter{
				Title: `She said "no" \ and left`,
				Date:  time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true,
				Authors: []string{"Zoë Ŝample", "O'Brien, Jr.", ""},
				Caption: "line one\nline two\ttab \x00nul \x1fus \x7fdel",
				Credit:  "bad \xff byte",
				Tags:    []string{"a\"b", `c\d`},
			},
			Body: "Body.",
		}
		d.SetSummary("emoji 🎉 and “curly” quotes — dash")
		return d
	}(),
	"no-body": {
		FrontMatter: FrontMatter{Title: "Empty", Date: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true},
	},
	"trailing-newlines": {
		FrontMatter: FrontMatter{Title: "Trailing", Date: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true},
		Body:        "Body.\n\n\n",
	},
}

func TestFormatGolden(t *testing.T) {
	for name, d := range formatTests {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, filepath.Join("testdata", "format", name+".md"), d.Format())
		})
	}
}

// TestFormatParseRoundTrip checks that Parse reads back what Format wrote.
func TestFormatParseRoundTrip(t *testing.T) {
	for name, d := range formatTests {
		t.Run(name, func(t *testing.T) {
			got, diags := Parse(d.Path, d.Format())
			if len(diags) > 0 {
				t.Fatalf("Parse(Format()) reported:\n%v", diags)
			}
			if diff := docDiff(got, d); diff != "" {
				t.Errorf("Parse(Format()) differs: %s", diff)
			}
		})
	}
}

func TestFromArticle(t *testing.T) {
	d := formatTests["full"]
	if d.Path != "content/2026/02/13/geneva.txt" || d.BodyLine != 9 {
		t.Errorf("Path, BodyLine = %q, %d; want the article's path and first paragraph line", d.Path, d.BodyLine)
	}
	want := "Negotiators from both sides met again on Tuesday.\n\n" +
		"2026\\. The year talks \\*finally\\* resumed \\<maybe>.\n\n" +
		"\\- Prices rose \\~5% & AT&T said \"no\" \\[sic]."
	if d.Body != want {
		t.Errorf("Body = %q, want %q", d.Body, want)
	}
	empty := FromArticle(&article.Article{Paragraphs: []article.Paragraph{{Text: " ", Line: 3}, {Text: "Words.", Line: 5}}})
	if empty.Body != "Words." {
		t.Errorf("blank paragraph kept: Body = %q", empty.Body)
	}
}

// docDiff describes how got differs from want, "" when they are the same
// document as far as a file can say: Format writes the body without
// leading blank lines and trailing newlines, a date-only value as its
// calendar date, empty lists as nothing and invalid UTF-8 as U+FFFD.
func docDiff(got, want *Doc) string {
	if got.Path != want.Path {
		return fmt.Sprintf("Path %q, want %q", got.Path, want.Path)
	}
	if body, _ := trimBody(want.Body); got.Body != body {
		return fmt.Sprintf("Body %q, want %q", got.Body, body)
	}
	g, w := canonical(got.FrontMatter), canonical(want.FrontMatter)
	if !reflect.DeepEqual(g, w) {
		return fmt.Sprintf("front matter\n%#v\nwant\n%#v", g, w)
	}
	return ""
}

// canonical is fm as Format writes it, with the date as its text.
func canonical(fm FrontMatter) any {
	t := fm.TOML()
	for _, list := range []*[]string{&t.Authors, &t.Tags} {
		if len(*list) == 0 {
			*list = nil
		}
	}
	date := ""
	if t.Date != nil {
		b, _ := t.Date.MarshalTOML()
		date = string(b)
	}
	t.Date = nil
	return struct {
		document.TOMLFront
		date string
	}{t, date}
}
