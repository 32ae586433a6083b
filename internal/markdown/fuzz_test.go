package markdown

import (
	"strings"
	"testing"
	"time"
)

// FuzzParse feeds Parse arbitrary files: it must not panic, must point
// every diagnostic at a line of the file, and whatever it reads without
// errors must survive Format and Parse again unchanged.
func FuzzParse(f *testing.F) {
	for _, d := range formatTests {
		f.Add(d.Format())
	}
	for _, s := range []string{
		"", "+++", "+++\n+++", "---\ntitle: x\n---", "\uFEFF+++\r\ntitle = \"T\"\r\ndate = 2026-02-13\r\n+++\r\n",
		head + "a.b = 1\n[t]\nx = 1\n+++\n", head + "s = '''\n+++x\n'''\n+++\n",
		head + "tags = [\n\"a\",\n]\nauthors = \"x\"\n+++\n", "+++\ndate = \"Feb. 13, 2026\"\ntitle = 'x'\n+++\n\nBody",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, diags := Parse("p.md", src)
		lines := 1 + strings.Count(normalizeNewlines(src), "\n")
		for _, dg := range diags {
			if dg.Line < 1 || dg.Line > lines {
				t.Fatalf("diagnostic outside the %d lines of the file: %v", lines, dg)
			}
		}
		if diags.HasErrors() {
			return
		}
		back, diags := Parse("p.md", d.Format())
		if len(diags) > 0 {
			t.Fatalf("Parse(Format()) reported %v\nfor\n%s", diags, d.Format())
		}
		if diff := docDiff(back, d); diff != "" {
			t.Fatalf("Parse(Format()) differs: %s\nfor\n%s", diff, d.Format())
		}
	})
}

// FuzzFrontMatter writes arbitrary values with Format and reads them back.
func FuzzFrontMatter(f *testing.F) {
	f.Add("Talks resume", "A \"quote\" \\ and\nnewline", "Zoë", "tag", int64(1770975000), 3600, false)
	f.Add("x\x00\x7f\xff", "\u2028\t", "", "", int64(0), 0, true)
	f.Fuzz(func(t *testing.T, title, summary, author, tag string, unix int64, offset int, dateOnly bool) {
		if strings.TrimSpace(valid(title)) == "" || offset < -86400 || offset > 86400 {
			return
		}
		date := time.Unix(unix, 0).In(time.FixedZone("", offset/60*60))
		if y := date.Year(); y < 1 || y > 9999 {
			return // TOML dates have four-digit years
		}
		d := &Doc{Path: "p.md", Body: "Body.", FrontMatter: FrontMatter{
			Title: title, Date: date, DateOnly: dateOnly,
			Authors: []string{author}, Tags: []string{tag, tag},
		}}
		d.SetSummary(summary)
		back, diags := Parse("p.md", d.Format())
		if len(diags) > 0 {
			t.Fatalf("Parse(Format()) reported %v\nfor\n%s", diags, d.Format())
		}
		if diff := docDiff(back, d); diff != "" {
			t.Fatalf("Parse(Format()) differs: %s\nfor\n%s", diff, d.Format())
		}
	})
}
