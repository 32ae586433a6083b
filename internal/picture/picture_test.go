package picture

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strconv"
	"strings"
	"testing"

	"broadsheet/internal/picture/synth"
)

// tinyWebP is a lossless 1×1 WebP.
const tinyWebP = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="

func encodePNG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeJPEG(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func encodeGIF(t testing.TB, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := gif.Encode(&b, img, nil); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func webpBytes(t testing.TB) []byte {
	b, err := base64.StdEncoding.DecodeString(tinyWebP)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// vp8x returns the header of an extended WebP of w×h pixels.
func vp8x(w, h int, alpha bool) []byte {
	b := []byte("RIFF\x00\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00")
	flags := byte(0)
	if alpha {
		flags = 0x10
	}
	b = append(b, flags, 0, 0, 0)
	b = append(b, byte(w-1), byte((w-1)>>8), byte((w-1)>>16), byte(h-1), byte((h-1)>>8), byte((h-1)>>16))
	binary.LittleEndian.PutUint32(b[4:], uint32(len(b)-8))
	return b
}

// segment returns a JPEG segment with marker m and payload p.
func segment(m byte, p []byte) []byte {
	return append(binary.BigEndian.AppendUint16([]byte{0xFF, m}, uint16(len(p)+2)), p...)
}

// exif returns an APP1 EXIF payload with the orientation o and a GPS
// position, as a phone writes them.
func exif(o int) []byte {
	t := []byte("MM\x00\x2a\x00\x00\x00\x08")
	t = binary.BigEndian.AppendUint16(t, 2)                  // two entries
	t = append(t, 0x01, 0x12, 0, 3, 0, 0, 0, 1)              // Orientation, SHORT, 1
	t = binary.BigEndian.AppendUint16(t, uint16(o))          // value
	t = append(t, 0, 0)                                      // padding
	t = append(t, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38) // GPSInfo IFD at 38
	t = append(t, 0, 0, 0, 0)                                // no next IFD
	t = binary.BigEndian.AppendUint16(t, 1)                  // GPS IFD: one entry
	t = append(t, 0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 56)       // GPSLatitude, RATIONAL×3 at 56
	t = append(t, 0, 0, 0, 0)
	for _, v := range []uint32{46, 1, 12, 1, 3456, 100} { // 46°12'34.56"
		t = binary.BigEndian.AppendUint32(t, v)
	}
	return append([]byte("Exif\x00\x00"), t...)
}

// withSegments returns the JPEG j with segs put after its SOI marker.
func withSegments(j []byte, segs ...[]byte) []byte {
	out := append([]byte{}, j[:2]...)
	for _, s := range segs {
		out = append(out, s...)
	}
	return append(out, j[2:]...)
}

// chunk returns a PNG chunk.
func chunk(typ string, data []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[4:]))
}

// pngSized returns a PNG whose header says w×h pixels.
func pngSized(t testing.TB, w, h int) []byte {
	b := encodePNG(t, image.NewGray(image.Rect(0, 0, 1, 1)))
	ihdr := b[8+8 : 8+8+13]
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	binary.BigEndian.PutUint32(b[8+8+13:], crc32.ChecksumIEEE(b[8+4:8+8+13]))
	return b
}

func TestProbe(t *testing.T) {
	scene := synth.Scene(40, 30, 1)
	jpg := encodeJPEG(t, scene)
	tests := []struct {
		name string
		src  []byte
		want Info
		err  string
	}{
		{"png", encodePNG(t, scene), Info{PNG, 40, 30, 1, false}, ""},
		{"jpeg", jpg, Info{JPEG, 40, 30, 1, false}, ""},
		{"jpeg turned a quarter", withSegments(jpg, segment(0xE1, exif(6))), Info{JPEG, 30, 40, 6, true}, ""},
		{"jpeg upside down", withSegments(jpg, segment(0xE1, exif(3))), Info{JPEG, 40, 30, 3, true}, ""},
		{"jpeg with a bad orientation", withSegments(jpg, segment(0xE1, exif(9))), Info{JPEG, 40, 30, 1, true}, ""},
		{"gif", encodeGIF(t, scene), Info{GIF, 40, 30, 1, false}, ""},
		{"webp", webpBytes(t), Info{WebP, 1, 1, 1, false}, ""},
		{"webp extended header", vp8x(3000, 2000, false), Info{WebP, 3000, 2000, 1, false}, ""},
		{"huge png header", pngSized(t, 100000, 100000), Info{PNG, 100000, 100000, 1, false}, ""},
		{"text", []byte("a picture of a harbour"), Info{}, "not a PNG, JPEG, GIF, WebP or SVG image"},
		{"empty", nil, Info{}, "not a PNG, JPEG, GIF, WebP or SVG image"},
		{"cut png", encodePNG(t, scene)[:20], Info{}, "reading the png header"},
		{"cut jpeg", jpg[:3], Info{}, "reading the jpeg header"},
	}
	for _, tt := range tests {
		got, err := ProbeBytes(tt.src)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s: err %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: got %+v, %v; want %+v", tt.name, got, err, tt.want)
		}
	}
	if _, err := ProbeBytes(nil); !errors.Is(err, ErrFormat) {
		t.Errorf("ErrFormat wanted: %v", err)
	}
}

func TestPlan(t *testing.T) {
	src := encodeJPEG(t, synth.Scene(1200, 800, 2))
	info, vs, err := Plan("content/2026/Harbor View.JPG", src, DefaultWidths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if info.Width != 1200 {
		t.Errorf("info %+v", info)
	}
	var got []string
	for _, v := range vs {
		got = append(got, strings.Join([]string{v.Format, strconv.Itoa(v.Width), strconv.Itoa(v.Height)}, " "))
		if !strings.HasPrefix(v.Name, "harbor-view.") || !strings.HasSuffix(v.Name, "."+strconv.Itoa(v.Width)+".jpg") || len(v.Name) != len("harbor-view.")+16+len("."+strconv.Itoa(v.Width)+".jpg") {
			t.Errorf("name %q", v.Name)
		}
	}
	if want := []string{"jpeg 480 320", "jpeg 960 640", "jpeg 1200 800"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %q, want %q (never upscaled, the largest at the image's own width)", got, want)
	}
	_, again, _ := Plan("other/harbor-view.jpeg", src, []int{480}, Options{})
	if again[0].Name != vs[0].Name {
		t.Errorf("the name depends on the bytes, not the folder: %s, %s", again[0].Name, vs[0].Name)
	}
	_, q, _ := Plan("harbor-view.jpg", src, []int{480}, Options{Quality: 60})
	_, other, _ := Plan("harbor-view.jpg", encodeJPEG(t, synth.Scene(1200, 800, 3)), []int{480}, Options{})
	if q[0].Name == vs[0].Name || other[0].Name == vs[0].Name {
		t.Errorf("another quality or image must give another name: %s %s %s", vs[0].Name, q[0].Name, other[0].Name)
	}
	if _, _, err := Plan("x.png", pngSized(t, 10000, 6000), DefaultWidths, Options{}); err == nil {
		t.Error("a 60-megapixel image must be refused")
	} else if !strings.Contains(err.Error(), "10000×6000 pixels") {
		t.Errorf("err %v", err)
	}
	var tl *TooLargeError
	if _, err := Variants("x.png", pngSized(t, 300, 300), []int{100}, Options{MaxPixels: 1000}); !errors.As(err, &tl) {
		t.Errorf("MaxPixels: %v", err)
	}
}

func TestVariants(t *testing.T) {
	scene := synth.Scene(640, 400, 3)
	withAlpha := image.NewNRGBA(image.Rect(0, 0, 300, 200))
	for i := range withAlpha.Pix {
		withAlpha.Pix[i] = byte(i % 251)
	}
	tests := []struct {
		name   string
		src    []byte
		format string
		sizes  string
	}{
		{"jpeg", encodeJPEG(t, scene), JPEG, "320x200 640x400"},
		{"png", encodePNG(t, scene), PNG, "320x200 640x400"},
		{"png with alpha", encodePNG(t, withAlpha), PNG, "300x200"},
		{"gif", encodeGIF(t, scene), PNG, "320x200 640x400"},
		{"webp", webpBytes(t), PNG, "1x1"},
	}
	for _, tt := range tests {
		vs, err := Variants("a.x", tt.src, []int{320, 960}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var sizes []string
		for _, v := range vs {
			if v.Format != tt.format {
				t.Errorf("%s: format %s, want %s", tt.name, v.Format, tt.format)
			}
			info, err := ProbeBytes(v.Data)
			if err != nil || info.Format != v.Format || info.Width != v.Width || info.Height != v.Height {
				t.Errorf("%s: variant %s reads as %+v, %v", tt.name, v.Name, info, err)
			}
			sizes = append(sizes, strconv.Itoa(v.Width)+"x"+strconv.Itoa(v.Height))
		}
		if strings.Join(sizes, " ") != tt.sizes {
			t.Errorf("%s: sizes %v, want %s", tt.name, sizes, tt.sizes)
		}
		again, _ := Variants("a.x", tt.src, []int{320, 960}, Options{})
		for i := range vs {
			if !bytes.Equal(vs[i].Data, again[i].Data) {
				t.Errorf("%s: variant %d differs between two runs", tt.name, i)
			}
		}
	}
}

// TestVariantsStripMetadata makes a JPEG as a phone writes it, with EXIF
// (orientation and GPS position), XMP, a comment and an ICC profile: the
// variants keep the profile only, and show the photo upright.
func TestVariantsStripMetadata(t *testing.T) {
	// Left half red, right half blue; the camera was turned a quarter.
	img := image.NewRGBA(image.Rect(0, 0, 80, 40))
	for y := range 40 {
		for x := range 80 {
			c := color.RGBA{220, 20, 20, 255}
			if x >= 40 {
				c = color.RGBA{20, 20, 220, 255}
			}
			img.SetRGBA(x, y, c)
		}
	}
	icc := append([]byte("ICC_PROFILE\x00\x01\x01"), bytes.Repeat([]byte("prof"), 30)...)
	src := withSegments(encodeJPEG(t, img),
		segment(0xE1, exif(6)),
		segment(0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>GPS 46.2</x:xmpmeta>")),
		segment(0xFE, []byte("taken at 46.2044 N, 6.1432 E")),
		segment(0xE2, icc))
	if !bytes.Contains(src, []byte("Exif")) {
		t.Fatal("the test photo has no EXIF")
	}
	vs, err := Variants("phone.jpg", src, []int{20, 40}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vs {
		for _, leak := range []string{"Exif", "xmpmeta", "46.2", "taken at"} {
			if bytes.Contains(v.Data, []byte(leak)) {
				t.Errorf("%s holds %q", v.Name, leak)
			}
		}
		var app1 bool
		jpegSegments(v.Data, func(m byte, _ []byte) bool { app1 = app1 || m == 0xE1 || m == 0xFE; return true })
		if app1 {
			t.Errorf("%s has an APP1 or comment segment", v.Name)
		}
		if !bytes.Equal(jpegProfile(v.Data), segment(0xE2, icc)) {
			t.Errorf("%s lost its colour profile", v.Name)
		}
		got, err := jpeg.Decode(bytes.NewReader(v.Data))
		if err != nil {
			t.Fatal(err)
		}
		b := got.Bounds()
		if b.Dx() != v.Width || b.Dy() != v.Height || v.Height != 2*v.Width {
			t.Errorf("%s is %v, want upright %dx%d", v.Name, b, v.Width, v.Height)
		}
		// Turned clockwise, the left of the picture is its top.
		top, bottom := got.At(v.Width/2, v.Height/8), got.At(v.Width/2, v.Height*7/8)
		if r, _, b, _ := top.RGBA(); r < b {
			t.Errorf("%s: top is %v, want red", v.Name, top)
		}
		if r, _, b, _ := bottom.RGBA(); r > b {
			t.Errorf("%s: bottom is %v, want blue", v.Name, bottom)
		}
	}
}

func TestOrient(t *testing.T) {
	// A 3×2 image whose pixels are numbered 0..5 in reading order.
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	for i := range 6 {
		img.Pix[4*i] = byte(i)
	}
	read := func(m *image.RGBA) string {
		var s []byte
		for y := range m.Bounds().Dy() {
			for x := range m.Bounds().Dx() {
				s = append(s, '0'+m.Pix[m.PixOffset(x, y)])
			}
			s = append(s, '/')
		}
		return string(s)
	}
	want := map[int]string{
		1: "012/345/", 2: "210/543/", 3: "543/210/", 4: "345/012/",
		5: "03/14/25/", 6: "30/41/52/", 7: "52/41/30/", 8: "25/14/03/",
	}
	for o := 1; o <= 8; o++ {
		if got := read(orient(img, o)); got != want[o] {
			t.Errorf("orientation %d: %s, want %s", o, got, want[o])
		}
	}
}

func TestPNGColourChunksKept(t *testing.T) {
	src := encodePNG(t, synth.Scene(64, 48, 4))
	gama := chunk("gAMA", []byte{0, 0, 0xB1, 0x8F})
	text := chunk("tEXt", []byte("Comment\x00taken at 46.2044 N"))
	ihdrEnd := 8 + 12 + 13
	src = append(append(append(append([]byte{}, src[:ihdrEnd]...), gama...), text...), src[ihdrEnd:]...)
	vs, err := Variants("a.png", src, []int{32}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(vs[0].Data, gama) || bytes.Contains(vs[0].Data, []byte("tEXt")) {
		t.Errorf("the variant must keep gAMA and drop tEXt")
	}
	if _, err := png.Decode(bytes.NewReader(vs[0].Data)); err != nil {
		t.Errorf("the variant does not decode: %v", err)
	}
}

func TestWebPOpaque(t *testing.T) {
	if !webpOpaque(vp8x(10, 10, false)) || webpOpaque(vp8x(10, 10, true)) || webpOpaque(webpBytes(t)) {
		t.Error("webpOpaque")
	}
	_, vs, err := Plan("a.webp", vp8x(2000, 1000, false), []int{480}, Options{})
	if err != nil || vs[0].Format != JPEG || vs[0].Height != 240 {
		t.Errorf("an opaque WebP gives JPEG variants: %+v %v", vs, err)
	}
}

func TestStemAndSrcset(t *testing.T) {
	for in, want := range map[string]string{
		"img/Harbor View.JPG": "harbor-view", "/a/b/flood.png": "flood", "été.jpg": "t",
		"...": "image", "x": "x", `c:\photos\Bay.webp`: "bay",
	} {
		if got := stemOf(in); got != want {
			t.Errorf("stemOf(%q) = %q, want %q", in, got, want)
		}
	}
	vs := []Variant{{Name: "a.1.480.jpg", Width: 480}, {Name: "a.1.960.jpg", Width: 960}}
	got := Srcset(vs, func(v Variant) string { return "/img/" + v.Name })
	if got != "/img/a.1.480.jpg 480w, /img/a.1.960.jpg 960w" {
		t.Errorf("Srcset = %q", got)
	}
}

func TestHalve(t *testing.T) {
	src := image.NewRGBA(image.Rect(0, 0, 5, 3)) // the odd column and row are left out
	for i := range src.Pix {
		src.Pix[i] = byte(i)
	}
	got := halve(src)
	if got.Rect.Dx() != 2 || got.Rect.Dy() != 1 {
		t.Fatalf("size %v", got.Rect)
	}
	// Pixel (0,0) averages bytes 0,4,20,24 (+c): (0+4+20+24+2)/4 = 12.
	if got.Pix[0] != 12 || got.Pix[4] != 20 {
		t.Errorf("pixels %v", got.Pix)
	}
}

// TestWebPProfile carries a WebP's ICC profile over to the formats its
// variants are written in.
func TestWebPProfile(t *testing.T) {
	icc := bytes.Repeat([]byte("icc-"), 40000) // 160,000 bytes: three JPEG segments
	chunkOf := func(typ string, data []byte) []byte {
		b := append([]byte(typ), binary.LittleEndian.AppendUint32(nil, uint32(len(data)))...)
		b = append(b, data...)
		if len(data)%2 == 1 {
			b = append(b, 0)
		}
		return b
	}
	file := vp8x(100, 100, false)
	file = append(file, chunkOf("ICCP", icc)...)
	file = append(file, chunkOf("VP8 ", []byte("odd"))...)
	binary.LittleEndian.PutUint32(file[4:], uint32(len(file)-8))
	if got := webpProfile(file); !bytes.Equal(got, icc) {
		t.Fatalf("webpProfile: %d bytes, want %d", len(got), len(icc))
	}
	if webpProfile(webpBytes(t)) != nil {
		t.Error("a simple WebP has no profile")
	}

	j := withJPEGProfile(encodeJPEG(t, synth.Scene(16, 16, 1)), iccJPEG(icc))
	var parts []byte
	n := 0
	jpegSegments(j, func(m byte, p []byte) bool {
		if m == 0xE2 {
			n++
			if p[12] != byte(n) || p[13] != 3 {
				t.Errorf("segment %d numbered %d of %d", n, p[12], p[13])
			}
			parts = append(parts, p[14:]...)
		}
		return true
	})
	if n != 3 || !bytes.Equal(parts, icc) {
		t.Errorf("%d segments holding %d bytes", n, len(parts))
	}
	if _, err := jpeg.Decode(bytes.NewReader(j)); err != nil {
		t.Errorf("JPEG with the profile: %v", err)
	}

	p := withPNGChunks(encodePNG(t, synth.Flat(16, 16, 1)), iccPNG(icc))
	if !bytes.Equal(pngProfile(p), iccPNG(icc)) {
		t.Error("iCCP chunk not read back")
	}
	if _, err := png.Decode(bytes.NewReader(p)); err != nil {
		t.Errorf("PNG with the profile: %v", err)
	}
}
