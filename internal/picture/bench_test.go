package picture

import (
	"image"
	"testing"

	"golang.org/x/image/draw"

	"broadsheet/internal/picture/synth"
)

// BenchmarkProbe reads the header of a 1600-pixel JPEG.
func BenchmarkProbe(b *testing.B) {
	src := encodeJPEG(b, synth.Scene(1600, 1000, 1))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := ProbeBytes(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVariants makes the three default variants of a 2400×1600
// JPEG, a lead photo as an agency sends it: decoding, three resizes and
// three encodings.
func BenchmarkVariants(b *testing.B) {
	src := encodeJPEG(b, synth.Scene(2400, 1600, 1))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Variants("a.jpg", src, DefaultWidths, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVariantsPhone makes the default variants of a 4032×3024
// JPEG, as a phone's camera takes it.
func BenchmarkVariantsPhone(b *testing.B) {
	src := encodeJPEG(b, synth.Scene(4032, 3024, 2))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Variants("a.jpg", src, DefaultWidths, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScale compares the kernels golang.org/x/image/draw offers for
// one 2400 → 960 pixel resize of a decoded photo.
func BenchmarkScale(b *testing.B) {
	img := synth.Scene(2400, 1600, 1)
	for _, k := range []struct {
		name string
		s    draw.Scaler
	}{
		{"CatmullRom", draw.CatmullRom},
		{"BiLinear", draw.BiLinear},
		{"ApproxBiLinear", draw.ApproxBiLinear},
	} {
		b.Run(k.name, func(b *testing.B) {
			dst := image.NewRGBA(image.Rect(0, 0, 960, 640))
			for b.Loop() {
				k.s.Scale(dst, dst.Bounds(), img, img.Bounds(), draw.Src, nil)
			}
		})
	}
}

// BenchmarkEnsureCached is a rebuild's cost for a lead photo whose
// variants are all in the store: hashing the file and reading its header.
func BenchmarkEnsureCached(b *testing.B) {
	src := encodeJPEG(b, synth.Scene(1600, 1000, 1))
	store := DirStore(b.TempDir())
	if _, _, err := Ensure(store, "a.jpg", src, DefaultWidths, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, vs, err := Ensure(store, "a.jpg", src, DefaultWidths, Options{}); err != nil || vs[0].Data != nil {
			b.Fatal("resized again", err)
		}
	}
}
