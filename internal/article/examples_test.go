package article

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// expectation is one entry of testdata/examples/expected.json, the parse
// each example article must give. A null means "absent" (for title:
// "not in the text, so derived").
type expectation struct {
	Date                 string   `json:"date"`
	Title                *string  `json:"title"`
	Caption              *string  `json:"caption"`
	Credit               *string  `json:"credit"`
	Summary              *string  `json:"summary"`
	Authors              []string `json:"authors"`
	Outlet               *string  `json:"outlet"`
	Dateline             *string  `json:"dateline"`
	FirstParagraphStarts string   `json:"first_paragraph_starts"`
	Paragraphs           int      `json:"paragraphs"`
	Attribution          *string  `json:"attribution"`

	has map[string]bool // the keys the entry gives
}

func TestExamples(t *testing.T) { testExpectations(t, "examples") }

// TestWild checks the articles of testdata/wild, pasted from web pages,
// e-mails and agencies in several languages, against the parse a careful
// editor would make of each.
func TestWild(t *testing.T) { testExpectations(t, "wild") }

// testExpectations parses each article that testdata/DIR/expected.json
// names and checks every field it gives.
func testExpectations(t *testing.T, dir string) {
	raw, err := os.ReadFile(filepath.Join("testdata", dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]expectation
	var keys map[string]map[string]any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &keys); err != nil {
		t.Fatal(err)
	}
	for name, w := range want {
		w.has = map[string]bool{}
		for k := range keys[name] {
			w.has[k] = true
		}
		want[name] = w
	}
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", dir, name))
			if err != nil {
				t.Fatal(err)
			}
			a, d := Parse(name, src, Options{})
			if d.HasErrors() {
				t.Errorf("unexpected errors:\n%v", d)
			}
			checkExpectation(t, a, w)
		})
	}
}

func checkExpectation(t *testing.T, a *Article, w expectation) {
	t.Helper()
	if got := a.Date.Format("2006-01-02"); got != w.Date {
		t.Errorf("date = %s, want %s", got, w.Date)
	}
	if w.Title == nil {
		if !a.TitleDerived || a.Title == "" || len(a.Title) > 110 {
			t.Errorf("title = %q (derived %v), want a short derived title", a.Title, a.TitleDerived)
		}
	} else if a.Title != *w.Title || a.TitleDerived {
		t.Errorf("title = %q (derived %v), want %q", a.Title, a.TitleDerived, *w.Title)
	}
	str := func(field, got string, want *string) {
		// Whitespace between joined lines does not matter.
		if w := deref(want); strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(w), " ") {
			t.Errorf("%s = %q, want %q", field, got, w)
		}
	}
	str("caption", a.Caption, w.Caption)
	str("credit", a.Credit, w.Credit)
	if w.has["summary"] {
		str("summary", a.Summary, w.Summary)
	}
	str("dateline", a.Dateline, w.Dateline)
	str("attribution", a.Attribution, w.Attribution)
	if foldOutlet(a.Outlet) != foldOutlet(deref(w.Outlet)) {
		t.Errorf("outlet = %q, want %q", a.Outlet, deref(w.Outlet))
	}
	if strings.Join(a.Authors, "|") != strings.Join(w.Authors, "|") {
		t.Errorf("authors = %q, want %q", a.Authors, w.Authors)
	}
	// A photo caption in the body is a figure, not a paragraph.
	n := 0
	for _, p := range a.Paragraphs {
		if !p.Caption {
			n++
		}
	}
	if n != w.Paragraphs {
		t.Errorf("%d paragraphs, want %d", n, w.Paragraphs)
	}
	if len(a.Paragraphs) > 0 && !strings.HasPrefix(a.Paragraphs[0].Text, w.FirstParagraphStarts) {
		t.Errorf("first paragraph = %q, want it to start %q", a.Paragraphs[0].Text, w.FirstParagraphStarts)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
