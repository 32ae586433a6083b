package picture

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"io"
)

// A camera or phone writes where a photo was taken into its EXIF data:
// a TIFF structure whose first IFD points (tag 0x8825) to a GPS IFD,
// which holds the latitude (tag 2) and longitude (tag 4) as three
// RATIONALs each, degrees, minutes and seconds. Variants carry no EXIF,
// but the build publishes the picture itself as it is, so a site tells
// the writer when it would give a place away.

// Located reports whether the image src carries EXIF with a GPS
// latitude or longitude that is not zero: in a JPEG's APP1 segment, a
// PNG's eXIf chunk or a WebP's EXIF chunk. src may be the whole file or
// its first bytes; EXIF past them is not seen. It never reads outside
// src, whatever the offsets in it say.
func Located(src []byte) bool {
	switch sniff(src) {
	case JPEG:
		found := false
		jpegSegments(src, func(marker byte, p []byte) bool {
			if marker == 0xE1 && bytes.HasPrefix(p, []byte("Exif\x00\x00")) {
				found = exifGPS(p[6:])
				return false
			}
			return true
		})
		return found
	case PNG:
		return exifGPS(pngEXIF(src))
	case WebP:
		return exifGPS(webpEXIF(src))
	}
	return false
}

// pngEXIF returns the data of the eXIf chunk of the PNG src, or nil.
func pngEXIF(src []byte) []byte {
	for i := 8; i+12 <= len(src); {
		n := int(binary.BigEndian.Uint32(src[i:]))
		if n < 0 || n > len(src)-i-12 {
			return nil
		}
		switch string(src[i+4 : i+8]) {
		case "eXIf":
			if crc32.ChecksumIEEE(src[i+4:i+8+n]) != binary.BigEndian.Uint32(src[i+8+n:]) {
				return nil // a damaged chunk, which readers ignore
			}
			return src[i+8 : i+8+n]
		case "IEND":
			return nil
		}
		i += 12 + n
	}
	return nil
}

// webpEXIF returns the data of the EXIF chunk of the WebP src, or nil.
func webpEXIF(src []byte) []byte {
	for i := 12; i+8 <= len(src); {
		n := int(binary.LittleEndian.Uint32(src[i+4:]))
		if n < 0 || n > len(src)-i-8 {
			return nil
		}
		if string(src[i:i+4]) == "EXIF" {
			return bytes.TrimPrefix(src[i+8:i+8+n], []byte("Exif\x00\x00")) // some writers keep the JPEG's prefix
		}
		i += 8 + n + n%2
	}
	return nil
}

// webpLocated reports whether the WebP file r holds EXIF with a GPS
// position (see Located), walking its chunks by their headers: the EXIF
// chunk follows the image data, past the bytes Probe reads.
func webpLocated(r io.ReadSeeker) bool {
	if _, err := r.Seek(12, io.SeekStart); err != nil {
		return false
	}
	var h [8]byte
	for range 64 { // a WebP has a handful of chunks; more is no WebP
		if _, err := io.ReadFull(r, h[:]); err != nil {
			return false
		}
		n := int64(binary.LittleEndian.Uint32(h[4:]))
		if string(h[:4]) == "EXIF" {
			const most = 1 << 20 // EXIF is small; a larger chunk is not read
			if n > most {
				return false
			}
			data := make([]byte, n)
			if _, err := io.ReadFull(r, data); err != nil {
				return false
			}
			return exifGPS(bytes.TrimPrefix(data, []byte("Exif\x00\x00")))
		}
		if _, err := r.Seek(n+n%2, io.SeekCurrent); err != nil {
			return false
		}
	}
	return false
}

// exifGPS reports whether the TIFF structure t has a GPS IFD with a
// latitude or longitude that is not zero: a camera without a fix writes
// zeros, or no such tag.
func exifGPS(t []byte) bool {
	order, ifd, ok := tiffHeader(t)
	if !ok {
		return false
	}
	gps := -1
	ifdEntries(t, order, ifd, func(tag, typ uint16, count uint32, value []byte) bool {
		if tag == 0x8825 && (typ == 4 || typ == 13) && count == 1 { // LONG or IFD
			gps = int(order.Uint32(value))
			return false
		}
		return true
	})
	if gps < 8 {
		return false
	}
	found := false
	ifdEntries(t, order, gps, func(tag, typ uint16, count uint32, value []byte) bool {
		if (tag == 2 || tag == 4) && typ == 5 && count == 3 { // GPSLatitude, GPSLongitude: RATIONAL×3
			at := int(order.Uint32(value))
			if at < 8 || at > len(t)-24 {
				return true
			}
			for k := 0; k < 3; k++ {
				if order.Uint32(t[at+8*k:]) != 0 {
					found = true
					return false
				}
			}
		}
		return true
	})
	return found
}

// tiffHeader reads the byte order of the TIFF structure t and the offset
// of its first IFD.
func tiffHeader(t []byte) (binary.ByteOrder, int, bool) {
	if len(t) < 8 {
		return nil, 0, false
	}
	var order binary.ByteOrder
	switch string(t[:2]) {
	case "II":
		order = binary.LittleEndian
	case "MM":
		order = binary.BigEndian
	default:
		return nil, 0, false
	}
	if order.Uint16(t[2:]) != 42 {
		return nil, 0, false
	}
	return order, int(order.Uint32(t[4:])), true
}

// ifdEntries calls f with each entry of the IFD of t at offset ifd, its
// tag, type, count and the four bytes of its value or offset, until f
// returns false or an entry lies past the end of t.
func ifdEntries(t []byte, order binary.ByteOrder, ifd int, f func(tag, typ uint16, count uint32, value []byte) bool) {
	if ifd < 8 || ifd > len(t)-2 {
		return
	}
	n := int(order.Uint16(t[ifd:]))
	for k := range n {
		e := ifd + 2 + 12*k
		if e > len(t)-12 {
			return
		}
		if !f(order.Uint16(t[e:]), order.Uint16(t[e+2:]), order.Uint32(t[e+4:]), t[e+8:e+12]) {
			return
		}
	}
}
