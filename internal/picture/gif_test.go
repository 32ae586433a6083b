package picture

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"testing"
)

// gifFrames returns a GIF of w×h pixels with n frames, each its own
// colour, and a global colour table when global is set.
func gifFrames(t testing.TB, w, h, n int, global bool) []byte {
	t.Helper()
	pal := color.Palette{color.Black, color.White, color.RGBA{200, 30, 30, 255}, color.RGBA{30, 30, 200, 255}}
	anim := &gif.GIF{}
	if global {
		anim.Config = image.Config{ColorModel: pal, Width: w, Height: h}
	}
	for i := range n {
		m := image.NewPaletted(image.Rect(0, 0, w, h), pal)
		for p := range m.Pix {
			m.Pix[p] = uint8((i + p) % len(pal))
		}
		anim.Image = append(anim.Image, m)
		anim.Delay = append(anim.Delay, 10)
	}
	var b bytes.Buffer
	if err := gif.EncodeAll(&b, anim); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAnimated(t *testing.T) {
	two := gifFrames(t, 40, 30, 2, false)
	tests := []struct {
		name string
		src  []byte
		want bool
	}{
		{"two frames", two, true},
		{"two frames, global colour table", gifFrames(t, 40, 30, 2, true), true},
		{"three frames", gifFrames(t, 8, 8, 3, false), true},
		{"one frame", gifFrames(t, 40, 30, 1, false), false},
		{"one frame, global colour table", gifFrames(t, 40, 30, 1, true), false},
		{"encoded by gif.Encode", encodeGIF(t, image.NewGray(image.Rect(0, 0, 5, 5))), false},
		{"cut in the first frame", two[:40], false},
		{"header only", []byte("GIF89a"), false},
		{"a PNG", pngSized(t, 4, 4), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		if got := Animated(tt.src); got != tt.want {
			t.Errorf("%s: Animated = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAnimatedGIFHasNoVariants checks that an animated GIF is shown as it
// is, at its size, rather than as still copies of its first frame.
func TestAnimatedGIFHasNoVariants(t *testing.T) {
	src := gifFrames(t, 1200, 800, 2, false)
	info, vs, err := Plan("spinner.gif", src, DefaultWidths, Options{})
	if err != nil || len(vs) != 0 || info.Width != 1200 || info.Height != 800 || info.Format != GIF {
		t.Fatalf("Plan = %+v, %v, %v; want the GIF's size and no variants", info, vs, err)
	}
	store := &countingStore{files: map[string][]byte{}}
	if _, vs, err := Ensure(store, "spinner.gif", src, DefaultWidths, Options{}); err != nil || len(vs) != 0 || store.puts != 0 {
		t.Fatalf("Ensure = %v, %v; put %d", vs, err, store.puts)
	}
	still := gifFrames(t, 1200, 800, 1, false)
	if _, vs, err := Plan("still.gif", still, DefaultWidths, Options{}); err != nil || len(vs) != 3 || vs[0].Format != PNG {
		t.Fatalf("a still GIF: %v, %v; want three PNG variants", vs, err)
	}
}
