package render

import (
	"bytes"
	htmlTemplate "html/template"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreview writes the sample site to the folder named by -preview, so
// the theme can be looked at in a browser before a real build exists:
//
//	go test ./internal/render -run Preview -preview /some/folder
func TestPreview(t *testing.T) {
	if *preview == "" {
		t.Skip("no -preview folder")
	}
	r := newRenderer(t, nil)
	s := newSample(false)
	talks := s.site.Articles[0]
	s.bodies[talks] += htmlTemplate.HTML(strings.Repeat("<p>Officials on both sides said the outline of a deal was in place, but that the sequence of steps, and who would verify them, was still open. Energy ministers are expected to join the talks next week, when the heating season reaches its coldest stretch.</p>\n", 5))
	for _, p := range s.site.Pages {
		var buf bytes.Buffer
		if err := r.Page(&buf, s.site, p, s.bodies[p.Article]); err != nil {
			t.Fatal(err)
		}
		writePreview(t, p.File, buf.Bytes())
	}
	for _, a := range r.Assets() {
		writePreview(t, a.Name, a.Data)
	}
	writePreview(t, "images/geneva.jpg", sampleJPEG(t))
}

// writePreview writes one file under the -preview folder.
func writePreview(t *testing.T, name string, data []byte) {
	t.Helper()
	path := filepath.Join(*preview, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// sampleJPEG draws a lake-and-sky gradient to stand in for a news photo.
func sampleJPEG(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 1200, 800))
	for y := range 800 {
		for x := range 1200 {
			c := color.RGBA{uint8(90 + y/8), uint8(120 + y/10), uint8(160 + x/20), 255}
			if y > 480 {
				c = color.RGBA{uint8(30 + x/30), uint8(70 + y/20), uint8(110 + y/16), 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 70}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
