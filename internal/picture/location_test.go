package picture

import (
	"bytes"
	"encoding/binary"
	"testing"
	"testing/fstest"

	"broadsheet/internal/picture/synth"
)

// riffWebP returns the WebP webp with chunks added after its own.
func riffWebP(webp []byte, chunks ...[]byte) []byte {
	out := append([]byte{}, webp...)
	for _, c := range chunks {
		out = append(out, c...)
	}
	binary.LittleEndian.PutUint32(out[4:], uint32(len(out)-8))
	return out
}

// webpChunk returns a RIFF chunk, padded to an even length.
func webpChunk(typ string, data []byte) []byte {
	c := binary.LittleEndian.AppendUint32([]byte(typ), uint32(len(data)))
	c = append(c, data...)
	if len(data)%2 == 1 {
		c = append(c, 0)
	}
	return c
}

func TestLocated(t *testing.T) {
	jpg := encodeJPEG(t, synth.Scene(32, 24, 2))
	png := encodePNG(t, synth.Scene(32, 24, 2))
	phone := exif(6)                    // "Exif\0\0" and a TIFF structure with a GPS latitude
	tiff := phone[6:]                   // the TIFF structure alone, as PNG and WebP hold it
	noFix := bytes.Clone(phone)         // a GPS IFD whose latitude is 0° 0' 0"
	for i := 6 + 56; i < 6+80; i += 8 { // the numerators
		binary.BigEndian.PutUint32(noFix[i:], 0)
	}
	noGPS := bytes.Clone(phone) // the GPSInfo entry turned into another tag
	noGPS[6+22], noGPS[6+23] = 0x01, 0x31
	badOffset := bytes.Clone(phone) // the GPS IFD points past the end
	binary.BigEndian.PutUint32(badOffset[6+30:], 1<<30)
	ihdrEnd := 8 + 12 + 13
	withChunk := func(c []byte) []byte {
		return append(append(append([]byte{}, png[:ihdrEnd]...), c...), png[ihdrEnd:]...)
	}
	tests := []struct {
		name string
		src  []byte
		want bool
	}{
		{"phone JPEG", withSegments(jpg, segment(0xE1, phone)), true},
		{"JPEG without EXIF", jpg, false},
		{"JPEG with EXIF, no GPS", withSegments(jpg, segment(0xE1, noGPS)), false},
		{"JPEG with a GPS IFD and no fix", withSegments(jpg, segment(0xE1, noFix)), false},
		{"JPEG whose GPS IFD is past the end", withSegments(jpg, segment(0xE1, badOffset)), false},
		{"JPEG with XMP before EXIF", withSegments(jpg, segment(0xE1, []byte("http://ns.adobe.com/xap/1.0/\x00<x/>")), segment(0xE1, phone)), true},
		{"JPEG cut in its EXIF", withSegments(jpg, segment(0xE1, phone))[:40], false},
		{"PNG with eXIf", withChunk(chunk("eXIf", tiff)), true},
		{"PNG with a damaged eXIf", func() []byte { b := withChunk(chunk("eXIf", tiff)); b[ihdrEnd+10] ^= 1; return b }(), false},
		{"PNG without eXIf", png, false},
		{"WebP with EXIF", riffWebP(webpBytes(t), webpChunk("EXIF", tiff)), true},
		{"WebP with EXIF and its JPEG prefix", riffWebP(webpBytes(t), webpChunk("EXIF", phone)), true},
		{"WebP without EXIF", webpBytes(t), false},
		{"a GIF", encodeGIF(t, synth.Scene(8, 8, 1)), false},
		{"no image", tiff, false},
	}
	for _, tt := range tests {
		if got := Located(tt.src); got != tt.want {
			t.Errorf("%s: Located = %v, want %v", tt.name, got, tt.want)
		}
		if info, err := ProbeBytes(tt.src); err == nil && info.Located != tt.want {
			t.Errorf("%s: Probe gives Located = %v, want %v", tt.name, info.Located, tt.want)
		}
	}
}

// TestProbeFileFindsLateWebPEXIF checks that ProbeFile finds EXIF that a
// large WebP keeps after its image data, past the bytes Probe reads.
func TestProbeFileFindsLateWebPEXIF(t *testing.T) {
	big := riffWebP(webpBytes(t), webpChunk("JUNK", make([]byte, headBytes)), webpChunk("EXIF", exif(1)[6:]))
	fsys := fstest.MapFS{"static/big.webp": {Data: big}, "static/plain.webp": {Data: riffWebP(webpBytes(t), webpChunk("JUNK", make([]byte, headBytes)))}}
	if info, err := ProbeBytes(big); err != nil || info.Located {
		t.Fatalf("ProbeBytes = %+v, %v; the EXIF lies past what it reads", info, err)
	}
	if info, err := ProbeFile(fsys, "static/big.webp"); err != nil || !info.Located || info.Width != 1 {
		t.Errorf("ProbeFile = %+v, %v; want Located", info, err)
	}
	if info, err := ProbeFile(fsys, "static/plain.webp"); err != nil || info.Located {
		t.Errorf("ProbeFile of a WebP without EXIF = %+v, %v", info, err)
	}
}

// FuzzExifGPS reads arbitrary TIFF structures: no panic, and the same
// answer whether they come in a JPEG, a PNG or a WebP.
func FuzzExifGPS(f *testing.F) {
	phone := exif(6)[6:]
	f.Add(phone)
	f.Add(phone[:40])
	f.Add([]byte("II\x2a\x00\x08\x00\x00\x00\x01\x00\x25\x88\x04\x00\x01\x00\x00\x00\x08\x00\x00\x00"))
	jpg := encodeJPEG(f, synth.Scene(8, 8, 1))
	webp := webpBytes(f)
	f.Fuzz(func(t *testing.T, tiff []byte) {
		want := exifGPS(tiff)
		if len(tiff) > 65000 {
			return
		}
		if got := Located(withSegments(jpg, segment(0xE1, append([]byte("Exif\x00\x00"), tiff...)))); got != want {
			t.Fatalf("in a JPEG: %v, alone: %v", got, want)
		}
		if got := Located(riffWebP(webp, webpChunk("EXIF", tiff))); got != want && !bytes.HasPrefix(tiff, []byte("Exif\x00\x00")) {
			t.Fatalf("in a WebP: %v, alone: %v", got, want)
		}
	})
}
