package article

import (
	"strings"
	"testing"
	"time"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		msg  string
	}{
		{"empty", "", "empty file"},
		{"blank", "\n\n  \n", "empty file"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"},
		{"no body", "date: 2026-02-13\ntitle: Only a header\n", "no body"},
		{"no date", "Body text only.", "no date"},
	}
	for _, tt := range tests {
		a, d := Parse("notes.txt", []byte(tt.in), Options{})
		if a == nil || !d.HasErrors() || !strings.Contains(d.Err().Error(), tt.msg) {
			t.Errorf("%s: diagnostics %v, want an error containing %q", tt.name, d, tt.msg)
		}
	}
}

func TestDiagnosticFormat(t *testing.T) {
	_, d := Parse("content/2026/geneva.txt", []byte("date: 2026-02-13\n\nTalks resume in Geneva. More.\n"), Options{})
	want := `content/2026/geneva.txt:3: warning: no title; derived "Talks resume in Geneva" from the first sentence`
	if len(d) != 1 || d[0].String() != want {
		t.Errorf("diagnostics %v, want exactly %q", d, want)
	}
}

// TestLookalikes checks body text that resembles the parts of an article.
func TestLookalikes(t *testing.T) {
	src := `date: 2026-03-09
title: Summit ends

NATO leaders met in Valmera on Monday.

By the end of the week, officials said, a working group would report.

US officials - who asked not to be named - said so.

What happens next

MADRID — Ministers will meet again in June.

The pledge covers shipping (Reuters).
`
	a, d := Parse("x.txt", []byte(src), Options{})
	if a.Dateline != "" || len(a.Authors) != 0 || a.Caption != "" || a.Credit != "" || a.Attribution != "" {
		t.Errorf("look-alikes were taken as parts: %s", dump(a, d))
	}
	if len(a.Paragraphs) != 6 || !strings.HasPrefix(a.Paragraphs[0].Text, "NATO leaders") {
		t.Errorf("body changed: %s", dump(a, d))
	}
}

func TestOptions(t *testing.T) {
	src := "date: 2026-02-13\n\nBy Ann Roe Kestrel Evening Record\n\nText of the story.\n"
	a, _ := Parse("x.txt", []byte(src), Options{Outlets: []string{"Kestrel Evening Record"}})
	if a.Outlet != "Kestrel Evening Record" || strings.Join(a.Authors, "|") != "Ann Roe" {
		t.Errorf("site outlet not used: authors %q outlet %q", a.Authors, a.Outlet)
	}
	oslo, _ := time.LoadLocation("Europe/Oslo")
	if oslo == nil {
		oslo = time.FixedZone("CET", 3600)
	}
	a, _ = Parse("x.txt", []byte("date: 2026-02-13 09:30\n\nText.\n"), Options{Location: oslo})
	if a.Date.Location() != oslo || a.Date.Hour() != 9 || a.DateOnly {
		t.Errorf("date %v, want 09:30 in %v", a.Date, oslo)
	}
}

// TestLargeInput parses a few megabytes in each shape: it must finish and
// keep every paragraph. Speed is measured by BenchmarkParseLarge.
func TestLargeInput(t *testing.T) {
	for name, src := range largeInputs(2 << 20) {
		a, d := Parse("content/2026/02/13/large.txt", src, Options{})
		if d.HasErrors() || len(a.Paragraphs) == 0 {
			t.Errorf("%s: %d paragraphs, %v", name, len(a.Paragraphs), d)
		}
	}
}
