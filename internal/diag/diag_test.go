package diag

import (
	"bytes"
	"testing"
)

func TestFormat(t *testing.T) {
	tests := []struct {
		d          Diagnostic
		str, annot string
	}{
		{
			Diagnostic{"content/a.txt", 3, Warning, `no title; derived "A" from the file name`, ""},
			`content/a.txt:3: warning: no title; derived "A" from the file name`,
			`::warning file=content/a.txt,line=3::no title; derived "A" from the file name`,
		},
		{
			Diagnostic{"site.toml", 0, Error, "100% broken\nsecond line", ""},
			`site.toml: error: 100% broken\nsecond line`,
			"::error file=site.toml::100%25 broken%0Asecond line",
		},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.str {
			t.Errorf("String() = %q, want %q", got, tt.str)
		}
		if got := tt.d.Annotation(); got != tt.annot {
			t.Errorf("Annotation() = %q, want %q", got, tt.annot)
		}
	}
}

func TestListSortErrStrict(t *testing.T) {
	var l List
	l.Warnf("b.txt", 2, "w")
	l.Errorf("b.txt", 1, "e1")
	l.Errorf("a.txt", 9, "e2")
	if !l.HasErrors() || l.Count(Warning) != 1 || l.Count(Error) != 2 {
		t.Fatalf("counts wrong: %v", l)
	}
	l.Sort()
	var buf bytes.Buffer
	l.Print(&buf, false)
	want := "a.txt:9: error: e2\nb.txt:1: error: e1\nb.txt:2: warning: w\n"
	if buf.String() != want {
		t.Errorf("sorted print:\n%s\nwant:\n%s", buf.String(), want)
	}
	if err := l.Err(); err == nil || err.Error() != "a.txt:9: error: e2 (and 1 more errors)" {
		t.Errorf("Err() = %v", err)
	}
	var warnOnly List
	warnOnly.Warnf("c.txt", 1, "guess")
	if warnOnly.Err() != nil {
		t.Error("warnings alone must not make an error")
	}
	if s := warnOnly.Strict(); !s.HasErrors() || warnOnly.HasErrors() {
		t.Error("Strict must raise warnings in a copy, leaving the original alone")
	}
}
