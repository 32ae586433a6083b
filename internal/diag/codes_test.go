package diag

import (
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		msg  string
		sev  Severity
		code string
		want Severity
	}{
		{"no date header; took the date 2026-03-05 from the path", Warning, "date-from-path", Info},
		{`no date header; took the date from the dateline "GENEVA, Feb. 13"`, Warning, "date-from-text", Warning},
		{`byline: dropped job title "Staff Writer"`, Warning, "byline-job-title", Info},
		{`byline: guessed that "X" is the outlet`, Warning, "byline-repaired", Warning},
		{`no title; derived "A" from the file name`, Warning, "title-derived", Warning},
		{"no title in the front matter", Error, "title-missing", Error},
		{`dropped web page furniture (share) "Share" inside the story`, Warning, "furniture-dropped", Warning},
		{"/a/ is also the URL of content/b.txt; give one of them another slug", Error, "url-conflict", Error},
		{`slug "A B" is not lower-case words joined by hyphens; using "a-b"`, Warning, "slug-repaired", Warning},
		{`"ftp://x/" must be an absolute http:// or https:// URL`, Error, "config-invalid", Error},
		{"something new", Warning, Other, Warning},
		{"something broken", Error, Other, Error},
	}
	for _, tt := range tests {
		got := List{{File: "content/a.txt", Line: 1, Severity: tt.sev, Msg: tt.msg}}.Classify()[0]
		if got.Code != tt.code || got.Severity != tt.want {
			t.Errorf("%q: got %s %s, want %s %s", tt.msg, got.Severity, got.Code, tt.want, tt.code)
		}
	}
	coded := List{{Msg: "no title; derived", Code: "mine"}}.Classify()[0]
	if coded.Code != "mine" || coded.Severity != Warning {
		t.Errorf("a code given by its stage must be kept: %v", coded)
	}
}

func TestHeaderHint(t *testing.T) {
	d := List{{Msg: `"author" is not a known header key; kept the line in the body`}}.Classify()[0]
	if !strings.Contains(d.Msg, `write a byline such as "By Jane Roe"`) {
		t.Errorf("no byline hint: %s", d.Msg)
	}
	d = List{{Msg: `"colour" is not a known header key; kept the line in the body`}}.Classify()[0]
	if strings.Contains(d.Msg, "byline") {
		t.Errorf("a byline hint for another key: %s", d.Msg)
	}
}

// TestEveryRuleCodeIsListed keeps the rules and the list of codes in step.
func TestEveryRuleCodeIsListed(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Codes {
		if seen[c.Name] {
			t.Errorf("code %s listed twice", c.Name)
		}
		seen[c.Name] = true
	}
	for _, r := range rules {
		if !Known(r.code) {
			t.Errorf("rule code %s is not in Codes", r.code)
		}
	}
}

func TestWithoutVisibleStrict(t *testing.T) {
	l := List{
		{File: "a.txt", Severity: Warning, Code: "title-derived"},
		{File: "b.txt", Severity: Warning, Code: "title-derived"},
		{File: "b.txt", Severity: Info, Code: "date-from-path"},
		{File: "b.txt", Severity: Error, Code: "date-missing"},
		{File: "c.txt", Severity: Warning, Code: "unsure"},
	}
	kept := l.Without(map[string]bool{"unsure": true, "date-missing": true},
		map[string]map[string]bool{"b.txt": {"title-derived": true}})
	if len(kept) != 3 || kept[0].File != "a.txt" || kept[2].Code != "date-missing" {
		t.Fatalf("Without kept %v; errors cannot be ignored", kept)
	}
	if v := kept.Visible(false); len(v) != 2 {
		t.Errorf("Visible(false) = %v", v)
	}
	s := kept.Strict()
	if s[0].Severity != Error || s[1].Severity != Info {
		t.Errorf("Strict raises warnings only: %v", s)
	}
	d := Diagnostic{File: "a.txt", Line: 2, Severity: Info, Msg: "m", Code: "c"}
	if d.String() != "a.txt:2: info: m [c]" || d.Annotation() != "::notice file=a.txt,line=2::m [c]" {
		t.Errorf("%s / %s", d.String(), d.Annotation())
	}
}

// TestIsInfo checks that a warning Classify would make an info is one
// already, so a quiet build can drop it before it is coded.
func TestIsInfo(t *testing.T) {
	tests := []struct {
		d    Diagnostic
		want bool
	}{
		{Diagnostic{File: "a.txt", Line: 3, Severity: Warning, Msg: `byline: dropped job title "Staff Writer"`}, true},
		{Diagnostic{File: "a.txt", Line: 3, Severity: Info, Msg: "anything"}, true},
		{Diagnostic{File: "a.txt", Line: 3, Severity: Warning, Msg: "no title; using \"x\", made from the slug"}, false},
		{Diagnostic{File: "a.txt", Line: 3, Severity: Error, Msg: `byline: dropped job title "Staff Writer"`}, false},
		{Diagnostic{File: "a.txt", Line: 3, Severity: Warning, Msg: `byline: dropped job title "Staff Writer"`, Code: Other}, false},
	}
	for _, tt := range tests {
		if got := tt.d.IsInfo(); got != tt.want {
			t.Errorf("%v: IsInfo = %v, want %v", tt.d, got, tt.want)
		}
	}
}
