package build

import (
	"bytes"
	"context"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
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

// phoneJPEG returns a JPEG of w×h pixels whose EXIF gives a GPS
// latitude, as a phone writes it.
func phoneJPEG(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h)), nil); err != nil {
		t.Fatal(err)
	}
	tiff := []byte("MM\x00\x2a\x00\x00\x00\x08")
	tiff = binary.BigEndian.AppendUint16(tiff, 1)                  // one entry
	tiff = append(tiff, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26) // GPSInfo IFD at 26
	tiff = append(tiff, 0, 0, 0, 0)                                // no next IFD
	tiff = binary.BigEndian.AppendUint16(tiff, 1)                  // GPS IFD: one entry
	tiff = append(tiff, 0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 44)       // GPSLatitude, RATIONAL×3 at 44
	tiff = append(tiff, 0, 0, 0, 0)
	for _, v := range []uint32{46, 1, 12, 1, 3456, 100} {
		tiff = binary.BigEndian.AppendUint32(tiff, v)
	}
	app1 := append([]byte("Exif\x00\x00"), tiff...)
	seg := append(binary.BigEndian.AppendUint16([]byte{0xFF, 0xE1}, uint16(len(app1)+2)), app1...)
	src := buf.Bytes()
	return append(append(append([]byte{}, src[:2]...), seg...), src[2:]...)
}

// TestPictureLocationWarning checks that a picture whose EXIF gives
// where it was taken is a warning at each line that shows it, in every
// build, and that the file is published as it is.
func TestPictureLocationWarning(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "site.toml"), []byte("title = \"T\"\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "static/img"), 0o755)
	os.MkdirAll(filepath.Join(dir, "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/2026-02-10-walk.md"), []byte("+++\ntitle = \"Walk\"\ndate = 2026-02-10\nimage = \"/img/phone.jpg\"\n+++\n\nText.\n\n![Again](/img/phone.jpg)\n\n![Plain](/img/plain.png)\n"), 0o644)
	phone := phoneJPEG(t, 600, 400)
	os.WriteFile(filepath.Join(dir, "static/img/phone.jpg"), phone, 0o644)
	writePNG(t, dir, "static/img/plain.png", 10, 10)
	want := []string{
		`content/2026-02-10-walk.md:4: warning: image "/img/phone.jpg": its EXIF data gives the GPS position where it was taken, and the site publishes the picture as it is, so every reader can find that place; remove the position with: exiftool -overwrite_original -gps:all= static/img/phone.jpg [picture-location]`,
		`content/2026-02-10-walk.md:9: warning: image "/img/phone.jpg": its EXIF data gives the GPS position where it was taken, and the site publishes the picture as it is, so every reader can find that place; remove the position with: exiftool -overwrite_original -gps:all= static/img/phone.jpg [picture-location]`,
	}
	b := New(os.DirFS(dir), Options{Now: now})
	for _, build := range []string{"first build", "rebuild"} {
		sink := newMemSink()
		res := b.Build(context.Background(), sink)
		if res.Failed() {
			t.Fatal(diagText(res))
		}
		if got := strings.TrimSpace(diagText(res)); got != strings.Join(want, "\n") {
			t.Errorf("%s: diagnostics\n%s\nwant\n%s", build, got, strings.Join(want, "\n"))
		}
		if !bytes.Equal(sink.files["img/phone.jpg"], phone) {
			t.Errorf("%s: the picture is not published as it is", build)
		}
	}
}

func TestShellWord(t *testing.T) {
	for in, want := range map[string]string{
		"static/img/phone.jpg":     "static/img/phone.jpg",
		"content/2026/My walk.jpg": "'content/2026/My walk.jpg'",
		"static/it's.jpg":          `'static/it'\''s.jpg'`,
		"static/$(x).jpg":          "'static/$(x).jpg'",
	} {
		if got := shellWord(in); got != want {
			t.Errorf("shellWord(%q) = %s, want %s", in, got, want)
		}
	}
}
