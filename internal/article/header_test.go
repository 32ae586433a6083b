package article

import (
	"strings"
	"testing"
)

func TestHeader(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		title string
		date  string
		first string // first paragraph of what follows the header
	}{
		{"colons", "title: Talks resume\ndate: 2026-02-13\n\nBody text.", "Talks resume", "2026-02-13", "Body text."},
		{"no colons, any case", "DATE 2026-02-13\nTitle Talks resume\n\nBody text.", "Talks resume", "2026-02-13", "Body text."},
		{"glued caption", " date 2026-02-13 People wait in Lviv. (A. Roe/Example Wire)\n\nBody text.", "", "2026-02-13", "People wait in Lviv."},
		{"glued long date", "date Feb. 13, 2026 People wait. (A. Roe/Example Wire)\n\nBody text.", "", "2026-02-13", "People wait."},
		{"weak lines alone are text", "Draft law passes Senate\n\nBody text, date 2026-02-13.", "Draft law passes Senate", "", "Body text, date 2026-02-13."},
		{"weak line needs a strong one in its block", "Tags found on whales\n\ndate: 2026-02-13\n\nBody text.", "Tags found on whales", "2026-02-13", "Body text."},
		{"leading blank lines", "\n\n date: 2026-02-13\n\nBody text.", "", "2026-02-13", "Body text."},
		{"header after blank needs colon", "date 2026-02-13\n\ntitle: Talks\n\nBody text.", "Talks", "2026-02-13", "Body text."},
	}
	for _, tt := range tests {
		a, d := Parse("content/x.txt", []byte(tt.in), Options{})
		date := ""
		if !a.Date.IsZero() {
			date = a.Date.Format("2006-01-02")
		}
		first := ""
		if len(a.Paragraphs) > 0 {
			first = a.Paragraphs[0].Text
		}
		if tt.title != "" && a.Title != tt.title || date != tt.date || first != tt.first && a.Caption != tt.first {
			t.Errorf("%s: title %q date %q first %q caption %q; want %q %q %q\n%v", tt.name, a.Title, date, first, a.Caption, tt.title, tt.date, tt.first, d)
		}
	}
}

func TestHeaderProblems(t *testing.T) {
	tests := []struct {
		name, in, diag string
	}{
		{"bad date", "date: 31/02/2026\n\nBody.", `error: date "31/02/2026" does not parse`},
		{"unknown key kept", "date: 2026-02-13\nauthor: Jane Roe\n\nBody.", `warning: "author" is not a known header key`},
		{"duplicate key", "date: 2026-02-13\ntitle: A\ntitle: B\n\nBody.", `warning: title given twice; ignored the second value "B"`},
		{"bad draft", "date: 2026-02-13\ndraft: maybe\n\nBody.", `warning: draft "maybe" is not true or false`},
		{"no date", "title: A\n\nBody.", "error: no date"},
	}
	for _, tt := range tests {
		a, d := Parse("x.txt", []byte(tt.in), Options{})
		if !strings.Contains(dump(a, d), tt.diag) {
			t.Errorf("%s: diagnostics %v, want one containing %q", tt.name, d, tt.diag)
		}
	}
}

// TestHeaderPublisherKeys checks the header lines a publisher adds: an
// updated date, aliases, and terms of the site's own taxonomies, which
// need a colon so that a headline such as "Sections of the bridge
// reopen" stays text.
func TestHeaderPublisherKeys(t *testing.T) {
	opt := Options{Taxonomies: []string{"sections", "region"}}
	in := "date: 2026-02-13\nupdated: 2026-02-14 10:30\nsections: Business, Energy\nregion: North\naliases: /old/a/, /old/b/\n\nBody text."
	a, d := Parse("content/x.txt", []byte(in), opt)
	if d.HasErrors() {
		t.Fatalf("diagnostics: %v", d)
	}
	if got := a.Updated.Format("2006-01-02 15:04"); got != "2026-02-14 10:30" || a.UpdatedOnly {
		t.Errorf("updated = %s (date only %v)", got, a.UpdatedOnly)
	}
	if got := strings.Join(a.Terms["sections"], "|"); got != "Business|Energy" {
		t.Errorf("sections = %q", got)
	}
	if got := strings.Join(a.Terms["region"], "|"); got != "North" {
		t.Errorf("region = %q", got)
	}
	if got := strings.Join(a.Aliases, "|"); got != "/old/a/|/old/b/" {
		t.Errorf("aliases = %q", got)
	}
	if len(a.Paragraphs) != 1 || a.Paragraphs[0].Text != "Body text." {
		t.Errorf("body = %+v", a.Paragraphs)
	}

	a, _ = Parse("content/x.txt", []byte("Sections of the bridge reopen\n\ndate: 2026-02-13\n\nBody text."), opt)
	if a.Title != "Sections of the bridge reopen" || len(a.Terms) != 0 {
		t.Errorf("headline read as terms: title %q terms %v", a.Title, a.Terms)
	}
	a, d = Parse("content/x.txt", []byte("date: 2026-02-13\nsections: Business\n\nBody text."), Options{})
	if len(a.Terms) != 0 || !strings.Contains(dump(a, d), `"sections" is not a known header key`) {
		t.Errorf("a taxonomy the site lacks: terms %v, diagnostics %v", a.Terms, d)
	}
}
