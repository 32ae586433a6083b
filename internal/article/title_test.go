package article

import (
	"strings"
	"testing"
)

func TestTitleFromName(t *testing.T) {
	tests := map[string]string{
		"content/geneva-talks-resume.txt":            "Geneva talks resume",
		"content/2026-02-13-geneva-talks-resume.txt": "Geneva talks resume",
		"content/01-glued-header.txt":                "Glued header",
		"content/g7_summit_ends.txt":                 "",
		"content/a8f3e2.txt":                         "",
		"content/article1.txt":                       "",
		"content/x.txt":                              "",
		"content/talks.txt":                          "",
		"content/budget-2026-vote.txt":               "Budget 2026 vote",
	}
	for in, want := range tests {
		got, ok := TitleFromName(in)
		if got != want || ok != (want != "") {
			t.Errorf("titleFromName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestTitleFromText(t *testing.T) {
	short := "Officials said the bridge would reopen. More text follows here."
	if got := titleFromText(short); got != "Officials said the bridge would reopen" {
		t.Errorf("titleFromText(short) = %q", got)
	}
	long := "The council approved a budget on Wednesday that cuts spending on roads, parks and libraries by a tenth."
	got := titleFromText(long)
	if !strings.HasSuffix(got, "…") || len([]rune(got)) > maxDerivedTitle+1 || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("titleFromText(long) = %q", got)
	}
}

func TestTitleOrder(t *testing.T) {
	tests := []struct {
		path, in, title string
		derived         bool
	}{
		{"geneva-talks.txt", "date: 2026-02-13\ntitle: From header\n\nBody text.", "From header", false},
		{"geneva-talks.txt", "date: 2026-02-13\n\nA headline here\n\nBody text.", "A headline here", false},
		{"geneva-talks.txt", "date: 2026-02-13\n\nBody text.", "Geneva talks", true},
		{"x1.txt", "date: 2026-02-13\n\nBody text ends here. Second sentence.", "Body text ends here", true},
	}
	for _, tt := range tests {
		a, _ := Parse(tt.path, []byte(tt.in), Options{})
		if a.Title != tt.title || a.TitleDerived != tt.derived {
			t.Errorf("%s: title %q (derived %v), want %q (%v)", tt.in, a.Title, a.TitleDerived, tt.title, tt.derived)
		}
	}
}
