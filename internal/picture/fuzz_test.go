package picture

import (
	"bytes"
	"image"
	"image/color"
	"testing"

	"broadsheet/internal/picture/synth"
)

// FuzzProbe checks that Probe and the metadata readers never panic and that what it accepts is
// an image of a known format with a size, and that Variants of a small
// accepted image either fail with an error or make variants no wider
// than the image.
func FuzzProbe(f *testing.F) {
	scene := synth.Scene(24, 16, 6)
	jpg := encodeJPEG(f, scene)
	for _, seed := range [][]byte{
		encodePNG(f, scene), jpg, encodeGIF(f, scene), gifFrames(f, 6, 4, 2, true), webpBytes(f), vp8x(300, 200, true),
		withSegments(jpg, segment(0xE1, exif(8))), withSegments(jpg, segment(0xE2, []byte("ICC_PROFILE\x00\x01\x01xx"))),
		encodePNG(f, image.NewPaletted(image.Rect(0, 0, 3, 3), color.Palette{color.Black, color.Transparent})),
		[]byte("\xff\xd8\xff\xe1\x00\x08Exif\x00\x00"), []byte("RIFF\x00\x00\x00\x00WEBPVP8L"),
		[]byte(`<svg xmlns="http://www.w3.org/2000/svg" width="120" viewBox="0 0 40 30"/>`),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		// The metadata readers see every file, whatever its format.
		_, _, _, _, _ = webpProfile(src), pngProfile(src), jpegProfile(src), Animated(src), Located(src)
		if o := orientation(src); o < 1 || o > 8 {
			t.Fatalf("orientation %d", o)
		}
		info, err := Probe(bytes.NewReader(src))
		if err != nil {
			return
		}
		if info.Format == SVG {
			if info.Width < 0 || info.Height < 0 || (info.Width == 0) != (info.Height == 0) {
				t.Fatalf("Probe read an SVG as %+v", info)
			}
			return
		}
		if info.Width <= 0 || info.Height <= 0 || info.Orientation < 1 || info.Orientation > 8 || decode[info.Format] == nil {
			t.Fatalf("Probe accepted %+v", info)
		}
		vs, err := Variants("f.png", src, []int{8, 4000}, Options{MaxPixels: 1 << 12})
		if err != nil {
			return
		}
		for _, v := range vs {
			if v.Width > info.Width || v.Width < 1 || v.Height < 1 || len(v.Data) == 0 {
				t.Fatalf("variant %+v of %+v", v, info)
			}
		}
	})
}
