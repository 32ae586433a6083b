package build

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/gif"
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

// TestAnimatedLeadPicture checks that an animated GIF lead picture is
// shown as it is, at its size, with no still copies of its first frame.
func TestAnimatedLeadPicture(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "site.toml"), []byte("title = \"T\"\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "static/img"), 0o755)
	os.MkdirAll(filepath.Join(dir, "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/2026-02-10-radar.md"), []byte("+++\ntitle = \"Radar\"\ndate = 2026-02-10\nimage = \"/img/radar.gif\"\n+++\n\nText.\n"), 0o644)
	pal := color.Palette{color.Black, color.White}
	anim := &gif.GIF{Image: []*image.Paletted{image.NewPaletted(image.Rect(0, 0, 1200, 800), pal), image.NewPaletted(image.Rect(0, 0, 1200, 800), pal)}, Delay: []int{10, 10}}
	anim.Image[1].Pix[0] = 1
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, anim); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "static/img/radar.gif"), buf.Bytes(), 0o644)
	sink := newMemSink()
	if res := New(os.DirFS(dir), Options{Now: now}).Build(context.Background(), sink); res.Failed() {
		t.Fatal(diagText(res))
	}
	page := string(sink.files["2026/02/10/radar/index.html"])
	if !strings.Contains(page, `width="1200" height="800"`) || strings.Contains(page, "srcset") {
		t.Errorf("the GIF is not shown as it is, at its size:\n%s", page)
	}
	for name := range sink.files {
		if strings.HasPrefix(name, "img/radar.") && name != "img/radar.gif" {
			t.Errorf("a still copy %s of an animated GIF", name)
		}
	}
}
