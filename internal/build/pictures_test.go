package build

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writePNG writes a PNG of the given size at name under dir.
func writePNG(t *testing.T, dir, name string, w, h int) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPictureChangesRebuild checks that a rebuild shows a picture that
// changed while its article did not: the Builder remembers pictures by
// their file's size and time, and must notice both kinds of change.
func TestPictureChangesRebuild(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "site.toml"), []byte("title = \"T\"\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/2026-02-10-harbour.md"), []byte("+++\ntitle = \"Harbour\"\ndate = 2026-02-10\nimage = \"/img/h.png\"\n+++\n\nText.\n"), 0o644)
	writePNG(t, dir, "static/img/h.png", 600, 400)
	b := New(os.DirFS(dir), Options{Now: now})
	sink := newMemSink()
	if res := b.Build(context.Background(), sink); res.Failed() {
		t.Fatal(diagText(res))
	}
	page := "2026/02/10/harbour/index.html"
	if !strings.Contains(string(sink.files[page]), `width="600" height="400"`) {
		t.Fatalf("the first build does not give the picture's size:\n%s", sink.files[page])
	}
	writePNG(t, dir, "static/img/h.png", 900, 300)
	later := time.Now().Add(time.Minute)
	os.Chtimes(filepath.Join(dir, "static/img/h.png"), later, later)
	sink = newMemSink()
	if res := b.Rebuild(context.Background(), []string{"static/img/h.png"}, sink); res.Failed() {
		t.Fatal(diagText(res))
	}
	if !strings.Contains(string(sink.files[page]), `width="900" height="300"`) {
		t.Errorf("the rebuild after the picture changed does not give its new size:\n%s", sink.files[page])
	}
}
