package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"broadsheet/internal/diag"
)

func TestBuildGenerated(t *testing.T) {
	_, sink, res := build(t, genFS(120, 1), Options{})
	if res.Articles != 120 {
		t.Errorf("published %d articles, want 120", res.Articles)
	}
	for _, f := range []string{"index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", "style.css"} {
		if _, ok := sink.files[f]; !ok {
			t.Errorf("no %s in the output", f)
		}
	}
	if len(sink.files) != len(res.Files) || res.Written != len(res.Files) {
		t.Errorf("sink holds %d files, result lists %d, written %d", len(sink.files), len(res.Files), res.Written)
	}
	if !slices.IsSorted(res.Files) || !slices.Equal(res.Files, res.Changed) {
		t.Error("Files and Changed of a full build should be the same sorted list")
	}
}

func TestContentFiles(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/site")); err != nil {
		t.Fatal(err)
	}
	// A link to an article is read like the article; pictures are copied;
	// other files are reported, never dropped silently.
	if err := os.Symlink(filepath.Join(site, "content/2026-03-03-copper.txt"), filepath.Join(site, "content/2026-03-03-linked.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	os.WriteFile(filepath.Join(site, "content/photo.jpg"), []byte("jpeg"), 0o644)
	os.WriteFile(filepath.Join(site, "content/notes.docx"), []byte("docx"), 0o644)
	os.WriteFile(filepath.Join(site, "content/notes.txt~"), []byte("backup"), 0o644)
	os.Mkdir(filepath.Join(site, "content/.git"), 0o755)
	os.WriteFile(filepath.Join(site, "content/.git/HEAD.txt"), []byte("x"), 0o644)
	sink := newMemSink()
	res := New(os.DirFS(site), Options{Now: now}).Build(context.Background(), sink)
	if res.Failed() {
		t.Fatal(diagText(res))
	}
	if sink.files["2026/03/03/linked/index.html"] == nil {
		t.Error("the linked article was not published")
	}
	var warned []string
	for _, d := range res.Diags {
		if d.Severity == diag.Warning && strings.Contains(d.Msg, "ignored") {
			warned = append(warned, d.File)
		}
	}
	if !slices.Equal(warned, []string{"content/notes.docx"}) {
		t.Errorf("warned about %v, want only content/notes.docx", warned)
	}
	// A picture beside the articles is copied to its site path.
	if string(sink.files["photo.jpg"]) != "jpeg" {
		t.Errorf("content/photo.jpg was not copied to the output")
	}
}

func TestCancelled(t *testing.T) {
	fsys := genFS(50, 2)
	b := New(fsys, Options{Now: now})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if res := b.Build(ctx, newMemSink()); !res.Failed() {
		t.Fatal("a cancelled build succeeded")
	}
	// The Builder starts over after a cancelled build.
	sink := newMemSink()
	res := b.Rebuild(context.Background(), []string{"content/x.txt"}, sink)
	if res.Failed() || res.Articles != 50 || len(sink.files) != len(res.Files) {
		t.Errorf("rebuild after a cancelled build: failed=%v, %d articles, %d of %d files written",
			res.Failed(), res.Articles, len(sink.files), len(res.Files))
	}
}
