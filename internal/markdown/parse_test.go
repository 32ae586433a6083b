package markdown

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// head is a valid front matter opening used by many cases: lines 1-3.
const head = "+++\ntitle = \"T\"\ndate = 2026-02-13\n"

func TestParseDiagnostics(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"valid", head + "+++\n\nBody.\n", nil},
		{"no front matter", "# A heading\n\nBody.\n",
			[]string{"post.md:1: error: no front matter: a Markdown article starts with a +++ line, TOML keys such as title and date, and a closing +++ line"}},
		{"empty file", "",
			[]string{"post.md:1: error: no front matter: a Markdown article starts with a +++ line, TOML keys such as title and date, and a closing +++ line"}},
		{"YAML front matter", "---\ntitle: T\n---\n",
			[]string{"post.md:1: error: front matter must be TOML between +++ lines; YAML front matter between --- lines is not read"}},
		{"never closed", "\n" + head + "Body.\n",
			[]string{"post.md:2: error: front matter opened here is never closed by a +++ line"}},
		{"malformed TOML", "+++\ntitle = \"T\ndate = 2026-02-13\n+++\n",
			[]string{"post.md:2: error: front matter is not valid TOML: strings cannot contain newlines"}},
		{"malformed TOML after blank lines", "\n\n" + head + "junk here\n+++\n",
			[]string{"post.md:6: error: front matter is not valid TOML: expected '.' or '=', but got 'h' instead"}},
		{"duplicate key", head + "title = \"U\"\n+++\n",
			[]string{"post.md:4: error: front matter is not valid TOML: Key 'title' has already been defined."}},
		{"bad TOML date", "+++\ntitle = \"T\"\ndate = 2026-13-01\n+++\n",
			[]string{`post.md:3: error: front matter is not valid TOML: invalid datetime: "2026-13-01"`}},
		{"unknown key with suggestion", head + "autors = [\"A\"]\n+++\n",
			[]string{`post.md:4: warning: unknown front matter key "autors" (did you mean "authors"?); it is ignored`}},
		{"unknown key far from any", head + "weight = 3\n+++\n",
			[]string{`post.md:4: warning: unknown front matter key "weight"; it is ignored`}},
		{"unknown key after a multi-line string and array", head + "summary = \"\"\"\nfoo = 1\n\"\"\"\ntags = [\n  \"a\",\n  \"b = c\",\n]\nextra = 1\n+++\n",
			[]string{`post.md:11: warning: unknown front matter key "extra"; it is ignored`}},
		{"unknown table and dotted key", head + "a.b = 1\n[extra]\nx = 1\n[[list]]\ny = 2\n+++\n",
			[]string{
				`post.md:4: warning: unknown front matter key "a"; it is ignored`,
				`post.md:5: warning: unknown front matter key "extra"; it is ignored`,
				`post.md:7: warning: unknown front matter key "list"; it is ignored`,
			}},
		{"params table", head + "[params]\nx = 1\n+++\n", nil},
		{"params not a table", head + "params = 1\n+++\n",
			[]string{`post.md:4: error: params must be a table, such as [params] on a line of its own followed by keys, not an integer`}},
		{"terms of an undeclared taxonomy", head + "categories = [\"Energy\"]\n+++\n",
			[]string{`post.md:4: error: "categories" is not a taxonomy of this site; declare it in site.toml, as taxonomies = ["tags", "categories"], or move it under [params]`}},
		{"updated in no known format", head + "updated = \"yesterday\"\n+++\n",
			[]string{`post.md:4: error: updated "yesterday" is in no known format; write updated = 2026-02-13 or updated = 2026-02-13T09:30:00+01:00`}},
		{"aliases as a string", head + "aliases = \"/old/\"\n+++\n",
			[]string{`post.md:4: error: aliases must be an array of strings, such as aliases = ["a", "b"], not a string`}},
		{"unknown quoted key", head + "\"my key\" = 1\n+++\n",
			[]string{`post.md:4: warning: unknown front matter key "my key"; it is ignored`}},
		{"authors as a string", head + "authors = \"Jane Roe\"\n+++\n",
			[]string{`post.md:4: error: authors must be an array of strings, such as authors = ["a", "b"], not a string`}},
		{"tags with a number", head + "tags = [\"a\", 2]\n+++\n",
			[]string{`post.md:4: error: tags must be an array of strings, such as tags = ["a", "b"], not an array holding an integer`}},
		{"title as a number", "+++\ntitle = 5\ndate = 2026-02-13\n+++\n",
			[]string{
				`post.md:2: error: title must be a string, such as title = "...", not an integer`,
				`post.md:2: error: no title in the front matter`,
			}},
		{"draft as a string", head + "draft = \"yes\"\n+++\n",
			[]string{`post.md:4: error: draft must be true or false, not a string`}},
		{"caption as a table", head + "caption = { text = \"x\" }\n+++\n",
			[]string{`post.md:4: error: caption must be a string, such as caption = "...", not a table`}},
		{"date as a number", "+++\ntitle = \"T\"\ndate = 20260213\n+++\n",
			[]string{`post.md:3: error: date must be a date such as date = 2026-02-13, not an integer`}},
		{"date string in no format", "+++\ntitle = \"T\"\ndate = \"tomorrow\"\n+++\n",
			[]string{`post.md:3: error: date "tomorrow" is in no known format; write date = 2026-02-13 or date = 2026-02-13T09:30:00+01:00`}},
		{"date as a time of day", "+++\ntitle = \"T\"\ndate = 09:30:00\n+++\n",
			[]string{`post.md:3: error: date must be a calendar date such as date = 2026-02-13, not a time of day`}},
		{"zero date", "+++\ntitle = \"T\"\ndate = 0001-01-01\n+++\n",
			[]string{`post.md:3: error: date 0001-01-01 is not a real date`}},
		{"no title, no date", "+++\nslug = \"s\"\n+++\n",
			[]string{
				"post.md:1: error: no title in the front matter",
				"post.md:1: error: no date in the front matter or the path",
			}},
		{"empty title", "+++\ntitle = \"\"\ndate = 2026-02-13\n+++\n",
			[]string{"post.md:2: error: no title in the front matter"}},
		{"BOM and CRLF", "\uFEFF+++\r\ntitle = \"T\"\r\ndate = 2026-02-13\r\nbad = 1\r\n+++\r\n\r\nBody.\r\n", []string{
			`post.md:4: warning: unknown front matter key "bad"; it is ignored`,
		}},
		{"lone CR", "+++\rtitle = \"T\"\rdate = 2026-02-13\rbad = 1\r+++\r", []string{
			`post.md:4: warning: unknown front matter key "bad"; it is ignored`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Parse("post.md", []byte(tc.src))
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Parse diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestParseBody(t *testing.T) {
	tests := []struct {
		name, src string
		body      string
		line      int
	}{
		{"blank line after fence", head + "+++\n\nBody.\n\nMore.\n", "Body.\n\nMore.", 6},
		{"no blank line", head + "+++\nBody.\n", "Body.", 5},
		{"several blank lines", head + "+++\n\n \n\t\nBody.\n\n\n", "Body.", 8},
		{"indented code kept", head + "+++\n\n    code\n", "    code", 6},
		{"no body", head + "+++\n", "", 5},
		{"no newline at the end", head + "+++", "", 5},
		{"CRLF", strings.ReplaceAll(head+"+++\n\nBody.\nline\n", "\n", "\r\n"), "Body.\nline", 6},
		{"fence with trailing spaces", head + "+++  \n\nBody.\n", "Body.", 6},
		{"no front matter", "\nBody.\n", "Body.", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := Parse("post.md", []byte(tc.src))
			if d.Body != tc.body || d.BodyLine != tc.line {
				t.Errorf("Body, BodyLine = %q, %d; want %q, %d", d.Body, d.BodyLine, tc.body, tc.line)
			}
		})
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct {
		value    string
		want     time.Time
		dateOnly bool
	}{
		{"2026-02-13", time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), true},
		{"2026-02-13T09:30:00Z", time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC), false},
		{"2026-02-13T09:30:00+01:00", time.Date(2026, 2, 13, 9, 30, 0, 0, paris), false},
		{"2026-02-13 09:30:00+01:00", time.Date(2026, 2, 13, 9, 30, 0, 0, paris), false},
		{"2026-02-13T09:30:00", time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC), false},
		{`"2026-02-13"`, time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), true},
		{`"2026-02-13T09:30:00Z"`, time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC), false},
		{`"2026-02-13 09:30 +0100"`, time.Date(2026, 2, 13, 9, 30, 0, 0, paris), false},
		{`"Feb. 13, 2026"`, time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), true},
		{`"February 13, 2026"`, time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), true},
		{`"13 February 2026"`, time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), true},
	}
	for _, tc := range tests {
		t.Run(tc.value, func(t *testing.T) {
			d, diags := Parse("post.md", []byte("+++\ntitle = \"T\"\ndate = "+tc.value+"\n+++\n"))
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics: %v", diags)
			}
			_, gotOff := d.Date.Zone()
			_, wantOff := tc.want.Zone()
			if !d.Date.Equal(tc.want) || gotOff != wantOff || d.DateOnly != tc.dateOnly {
				t.Errorf("Date, DateOnly = %v, %v; want %v, %v", d.Date, d.DateOnly, tc.want, tc.dateOnly)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	src := head + `slug = "s"
authors = ["A One", "B Two"]
outlet = "O"
dateline = "D"
caption = "C"
credit = "Cr"
summary = "S"
attribution = "At"
tags = ["x", "y"]
image = "i.jpg"
source_url = "https://example.org/"
draft = true
+++

Body.
`
	d, diags := Parse("post.md", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics: %v", diags)
	}
	want := &Doc{Path: "post.md", Body: "Body.", BodyLine: 18, FrontMatter: FrontMatter{
		Title: "T", Date: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true, Slug: "s",
		Authors: []string{"A One", "B Two"}, Outlet: "O", Dateline: "D", Caption: "C", Credit: "Cr",
		Attribution: "At", Tags: []string{"x", "y"}, Draft: true,
	}}
	want.SetSummary("S")
	want.SetImage("i.jpg")
	want.SetSourceURL("https://example.org/")
	if diff := docDiff(d, want); diff != "" || d.BodyLine != want.BodyLine {
		t.Errorf("Parse: %s (BodyLine %d)", diff, d.BodyLine)
	}
	if got := d.Format(); string(got) != src {
		t.Errorf("Format of a canonical file changed it:\n%s", got)
	}
}

func TestParseTitleAndDateFromPath(t *testing.T) {
	doc, diags := Parse("content/2026/02/13/geneva-talks-resume.md", []byte("+++\nauthors = [\"Maria Example\"]\n+++\n\nBody.\n"))
	want := []string{
		`content/2026/02/13/geneva-talks-resume.md:1: warning: no title in the front matter; derived "Geneva talks resume" from the file name`,
		`content/2026/02/13/geneva-talks-resume.md:1: warning: no date in the front matter; took the date 2026-02-13 from the path`,
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if doc.Title != "Geneva talks resume" || !doc.DateOnly || doc.Date.Format("2006-01-02") != "2026-02-13" {
		t.Errorf("got title %q, date %v (date only %v)", doc.Title, doc.Date, doc.DateOnly)
	}
}

// TestParseTermsParamsRoundTrip checks that the keys a publisher adds
// (terms of a declared taxonomy, updated, aliases, [params]) are read,
// and that Format writes them so that they read back the same.
func TestParseTermsParamsRoundTrip(t *testing.T) {
	src := "+++\ntitle = \"T\"\ndate = 2026-02-13\nsections = [\"Business\", \"Energy\"]\nregion = \"North\"\n" +
		"updated = 2026-02-14T08:00:00Z\naliases = [\"/old/t/\"]\n[params]\nsponsor = \"Harbor Trust\"\nrank = 2\n+++\n\nBody.\n"
	opt := ParseOptions{Taxonomies: []string{"tags", "sections", "region"}}
	doc, diags := ParseWith("post.md", []byte(src), opt)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	check := func(doc *Doc) {
		t.Helper()
		fm := &doc.FrontMatter
		if got := fm.Terms()["sections"]; !slices.Equal(got, []string{"Business", "Energy"}) {
			t.Errorf("sections = %q", got)
		}
		if got := fm.Terms()["region"]; !slices.Equal(got, []string{"North"}) {
			t.Errorf("region = %q", got)
		}
		if !fm.Updated().Equal(time.Date(2026, 2, 14, 8, 0, 0, 0, time.UTC)) || fm.UpdatedOnly() {
			t.Errorf("updated = %v (date only %v)", fm.Updated(), fm.UpdatedOnly())
		}
		if !slices.Equal(fm.Aliases(), []string{"/old/t/"}) {
			t.Errorf("aliases = %q", fm.Aliases())
		}
		if params := fm.Params(); params["sponsor"] != "Harbor Trust" || params["rank"] != int64(2) {
			t.Errorf("params = %v", params)
		}
	}
	check(doc)
	again, diags := ParseWith("post.md", doc.Format(), opt)
	if len(diags) != 0 {
		t.Fatalf("diagnostics after Format: %v\n%s", diags, doc.Format())
	}
	check(again)
	if _, diags := Parse("post.md", []byte(src)); !diags.HasErrors() {
		t.Errorf("terms of taxonomies the site does not declare gave no error")
	}
}
