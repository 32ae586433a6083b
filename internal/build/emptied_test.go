package build

import (
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"broadsheet/layouts"
)

// withoutSpill builds fsys with a Builder that has nowhere to spill
// bodies, as when the temporary folder cannot be written: a page whose
// body is not in memory reads its source again, as it does for an
// article the build cache gave.
func withoutSpill(t *testing.T, fsys fstest.MapFS) *Builder {
	t.Helper()
	b := New(fsys, Options{Now: now})
	b.spill.err = errors.New("no spill")
	if res := b.Build(context.Background(), newMemSink()); res.Failed() {
		t.Fatalf("build failed:\n%s", diagText(res))
	}
	return b
}

// TestEmptiedMidBuild empties an article after it was parsed and before
// its page is rendered again (a layout changed, so the body is read
// again): the error names the file once, not "path: error: path: error".
func TestEmptiedMidBuild(t *testing.T) {
	fsys := fstest.MapFS{
		"site.toml":                      {Data: []byte("")},
		"content/2026/02/13/talks.txt":   {Data: []byte("title: Talks\ndate: 2026-02-13\n\nNegotiators met again.\n")},
		"content/2026/02/13/harbour.txt": {Data: []byte("title: Harbour\ndate: 2026-02-13\n\nThe harbour reopened.\n")},
	}
	b := withoutSpill(t, fsys)
	fsys["content/2026/02/13/talks.txt"] = &fstest.MapFile{Data: nil}
	data, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		t.Fatal(err)
	}
	fsys["layouts/article.html"] = &fstest.MapFile{Data: append(data, "<!-- v2 -->\n"...)}
	res := b.Rebuild(context.Background(), []string{"layouts/article.html"}, newMemSink())
	if !res.Failed() {
		t.Fatal("the rebuild of an emptied article succeeded")
	}
	for _, d := range res.Diags {
		if strings.Contains(d.Msg, "error:") || strings.Contains(d.Msg, d.File) {
			t.Errorf("path repeated in the message: %v", d)
		}
	}
}

// TestFieldsChecked gives a .md file control characters in its fields
// and a date that is in the year 10000 in UTC.
func TestFieldsChecked(t *testing.T) {
	fsys := fstest.MapFS{
		"site.toml": {Data: []byte("")},
		"content/bell.md": {Data: []byte("+++\ntitle = \"Bell\\u0007 \\u001b[31mred\"\n" +
			"authors = [\"Ann\\u0085 Roe\"]\ndate = 2026-02-13\n+++\n\nBody.\n")},
	}
	_, sink, res := build(t, fsys, Options{})
	if res.Diags.Count(0) == 0 {
		t.Errorf("no warning for the control characters")
	}
	for name, data := range sink.files {
		if strings.ContainsAny(string(data), "\x07\x1b\u0085") {
			t.Errorf("%s holds control characters", name)
		}
	}
	fsys["content/late.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"Late\"\ndate = 9999-12-31T23:00:00-05:00\n+++\n\nBody.\n")}
	res = New(fsys, Options{Now: now, Future: true}).Build(context.Background(), newMemSink())
	if !res.Failed() || !strings.Contains(diagText(res), "content/late.md:1: error: date 9999-12-31T23:00:00-05:00 lies outside") {
		t.Errorf("a date in the year 10000 was accepted:\n%s", diagText(res))
	}
}

// TestChangedMidBuild changes an article between its parse and the
// rendering of its page, with no notice of the change (a layout changed
// instead). With a spill, the page shows the body as parsed, under the
// front matter parsed with it. Without one, the body is read again: the
// build fails with an error that names the file, rather than show the
// new body under the old front matter.
func TestChangedMidBuild(t *testing.T) {
	for _, spilled := range []bool{true, false} {
		for _, name := range []string{"content/2026/02/13/talks.txt", "content/2026/02/13/talks.md"} {
			changedMidBuild(t, name, spilled)
		}
	}
}

func changedMidBuild(t *testing.T, name string, spilled bool) {
	text := "title: Talks\ndate: 2026-02-13\n\nNegotiators met again.\n"
	if strings.HasSuffix(name, ".md") {
		text = "+++\ntitle = \"Talks\"\ndate = 2026-02-13\n+++\n\nNegotiators met again.\n"
	}
	fsys := fstest.MapFS{"site.toml": {Data: []byte("")}, name: {Data: []byte(text)}}
	var b *Builder
	if spilled {
		b, _, _ = build(t, fsys, Options{})
	} else {
		b = withoutSpill(t, fsys)
	}
	fsys[name] = &fstest.MapFile{Data: []byte(strings.Replace(text, "met again", "walked out", 1))}
	data, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		t.Fatal(err)
	}
	fsys["layouts/article.html"] = &fstest.MapFile{Data: append(data, "<!-- v2 -->\n"...)}
	sink := newMemSink()
	res := b.Rebuild(context.Background(), []string{"layouts/article.html"}, sink)
	if spilled {
		page := string(sink.files["2026/02/13/talks/index.html"])
		if res.Failed() || !strings.Contains(page, "met again") {
			t.Errorf("%s: the page was not built again from the body as parsed:\n%s\n%s", name, diagText(res), page)
		}
	} else if !res.Failed() || !strings.Contains(diagText(res), name+": error: changed while the site was being built") {
		t.Errorf("%s: a file changed mid-build gave:\n%s", name, diagText(res))
	}
	for f, data := range sink.files {
		if strings.Contains(string(data), "walked out") {
			t.Errorf("%s: %s shows the new body", name, f)
		}
	}
}
