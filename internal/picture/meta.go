package picture

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
)

// A JPEG is a run of segments, each a marker (0xFF and a byte) and, for
// most, a two-byte length that counts itself. The metadata sits in APPn
// segments before the image data (SOS): APP1 holds EXIF or XMP, APP2 the
// ICC colour profile, in chunks.

// jpegSegments calls f with the marker and payload of each segment of
// the JPEG src before its image data, until f returns false. It stops at
// the first segment that does not parse.
func jpegSegments(src []byte, f func(marker byte, payload []byte) bool) {
	if len(src) < 2 || src[0] != 0xFF || src[1] != 0xD8 {
		return
	}
	i := 2
	for i+4 <= len(src) {
		if src[i] != 0xFF {
			return
		}
		marker := src[i+1]
		if marker == 0xFF { // fill byte
			i++
			continue
		}
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			return
		}
		n := int(binary.BigEndian.Uint16(src[i+2:]))
		if n < 2 || i+2+n > len(src) {
			return
		}
		if !f(marker, src[i+4:i+2+n]) {
			return
		}
		i += 2 + n
	}
}

// orientation returns the EXIF orientation of the JPEG whose first bytes
// are head, 1 to 8, or 1 when it has none or it does not parse.
func orientation(head []byte) int {
	o := 1
	jpegSegments(head, func(marker byte, p []byte) bool {
		if marker != 0xE1 || !bytes.HasPrefix(p, []byte("Exif\x00\x00")) {
			return true
		}
		if v := exifOrientation(p[6:]); v >= 1 && v <= 8 {
			o = v
		}
		return false
	})
	return o
}

// exifOrientation reads tag 0x0112 of the first IFD of the TIFF
// structure t, or returns 0.
func exifOrientation(t []byte) int {
	order, ifd, ok := tiffHeader(t)
	if !ok {
		return 0
	}
	o := 0
	ifdEntries(t, order, ifd, func(tag, typ uint16, _ uint32, value []byte) bool {
		if tag == 0x0112 && typ == 3 { // SHORT
			o = int(order.Uint16(value))
			return false
		}
		return true
	})
	return o
}

// jpegProfile returns the APP2 ICC_PROFILE segments of the JPEG src,
// marker and length included, in order: the colour profile that says
// what its colours mean.
func jpegProfile(src []byte) []byte {
	var out []byte
	jpegSegments(src, func(marker byte, p []byte) bool {
		if marker == 0xE2 && bytes.HasPrefix(p, []byte("ICC_PROFILE\x00")) {
			out = append(out, 0xFF, 0xE2)
			out = binary.BigEndian.AppendUint16(out, uint16(len(p)+2))
			out = append(out, p...)
		}
		return true
	})
	return out
}

// withJPEGProfile returns the JPEG enc, as image/jpeg wrote it, with the
// segments profile put after its start-of-image marker.
func withJPEGProfile(enc, profile []byte) []byte {
	if len(profile) == 0 || len(enc) < 2 {
		return enc
	}
	out := make([]byte, 0, len(enc)+len(profile))
	out = append(out, enc[:2]...)
	out = append(out, profile...)
	return append(out, enc[2:]...)
}

// A PNG is an 8-byte signature and chunks: a length, a four-letter type,
// the data and a CRC of type and data. The chunks that say how to read
// its colours are iCCP (a profile), sRGB, gAMA and cHRM; they come
// before the image data.

// colourChunks are the chunk types that a variant keeps.
var colourChunks = map[string]bool{"iCCP": true, "sRGB": true, "gAMA": true, "cHRM": true}

// pngProfile returns the colour chunks of the PNG src, whole, in order.
// A chunk whose CRC does not match is left out.
func pngProfile(src []byte) []byte {
	var out []byte
	i := 8
	if len(src) < i || sniff(src) != PNG {
		return nil
	}
	for i+12 <= len(src) {
		n := int(binary.BigEndian.Uint32(src[i:]))
		if n < 0 || n > len(src)-i-12 {
			break
		}
		typ := string(src[i+4 : i+8])
		end := i + 12 + n
		if typ == "IDAT" || typ == "IEND" {
			break
		}
		if colourChunks[typ] && crc32.ChecksumIEEE(src[i+4:i+8+n]) == binary.BigEndian.Uint32(src[i+8+n:]) {
			out = append(out, src[i:end]...)
		}
		i = end
	}
	return out
}

// withPNGChunks returns the PNG enc, as image/png wrote it, with chunks
// put after its IHDR chunk, where the colour chunks belong.
func withPNGChunks(enc, chunks []byte) []byte {
	const ihdrEnd = 8 + 12 + 13 // signature, IHDR's length, type and CRC, its 13 bytes
	if len(chunks) == 0 || len(enc) < ihdrEnd {
		return enc
	}
	out := make([]byte, 0, len(enc)+len(chunks))
	out = append(out, enc[:ihdrEnd]...)
	out = append(out, chunks...)
	return append(out, enc[ihdrEnd:]...)
}

// A WebP file is a RIFF container: "RIFF", a size, "WEBP", then chunks
// of a four-letter type, a little-endian size and the data, padded to
// an even length. An extended file carries its colour profile, as is,
// in an ICCP chunk.

// webpProfile returns the ICC profile of the WebP src, or nil.
func webpProfile(src []byte) []byte {
	if len(src) < 12 || sniff(src) != WebP {
		return nil
	}
	for i := 12; i+8 <= len(src); {
		n := int(binary.LittleEndian.Uint32(src[i+4:]))
		if n < 0 || n > len(src)-i-8 {
			return nil
		}
		if string(src[i:i+4]) == "ICCP" {
			return src[i+8 : i+8+n]
		}
		i += 8 + n + n%2
	}
	return nil
}

// iccJPEG returns the APP2 segments that carry the ICC profile icc in a
// JPEG: chunks of at most 65,519 bytes, each numbered, after the
// "ICC_PROFILE" signature.
func iccJPEG(icc []byte) []byte {
	const most = 65535 - 2 - 14 // a segment's length counts itself and the 14-byte header
	count := (len(icc) + most - 1) / most
	if len(icc) == 0 || count > 255 {
		return nil
	}
	var out []byte
	for seq := 1; len(icc) > 0; seq++ {
		part := icc[:min(most, len(icc))]
		icc = icc[len(part):]
		out = append(out, 0xFF, 0xE2)
		out = binary.BigEndian.AppendUint16(out, uint16(2+14+len(part)))
		out = append(out, "ICC_PROFILE\x00"...)
		out = append(out, byte(seq), byte(count))
		out = append(out, part...)
	}
	return out
}

// iccPNG returns the iCCP chunk that carries the ICC profile icc in a
// PNG: a name, compression method 0 and the profile deflated with zlib.
func iccPNG(icc []byte) []byte {
	if len(icc) == 0 {
		return nil
	}
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	_, _ = w.Write(icc) // writes to memory cannot fail
	_ = w.Close()
	data := append([]byte("ICC profile\x00\x00"), z.Bytes()...)
	c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	c = append(c, "iCCP"...)
	c = append(c, data...)
	return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
}
