// Package picture reads the facts of a site's images (format, width and
// height as the image is shown) and makes resized variants of them for
// srcset: never wider than the image, re-encoded without the camera's
// metadata (EXIF with its GPS position, XMP, comments), turned as the
// camera's orientation tag says, and with the colour profile kept so the
// colours mean what they meant. Variant names hold a hash of the image
// and of the settings, so a build cache can keep them and a rebuild
// finds them without resizing again. The image itself is published as
// it is, so Located tells when its EXIF gives away where it was taken.
//
// Memory is bounded: an image is decoded only when its header says it
// has at most Options.MaxPixels pixels, and Variants decodes one image at
// a time, so a build running it on N workers holds at most N decoded
// images.
package picture

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/webp"
)

// Formats of images, as Info.Format names them.
const (
	PNG  = "png"
	JPEG = "jpeg"
	GIF  = "gif"
	WebP = "webp"
)

// Info is what Probe reads from an image's header.
type Info struct {
	Format string // PNG, JPEG, GIF, WebP or SVG
	// Width and Height are the size the image is shown at: a JPEG whose
	// orientation tag turns it a quarter has them swapped from its
	// pixels'.
	Width, Height int
	// Orientation is the EXIF orientation of a JPEG, 1 to 8; 1 (as it
	// is) for other formats and JPEGs without one.
	Orientation int
	// Located reports EXIF that gives the GPS position where the picture
	// was taken (see Located). Probe sees what its first 64 KB hold,
	// where a JPEG's and a PNG's EXIF stand; ProbeFile also finds the
	// EXIF at the end of a larger WebP.
	Located bool
}

// ErrFormat is the error of an image in no format Probe reads.
var ErrFormat = errors.New("not a PNG, JPEG, GIF, WebP or SVG image")

// decodeConfig and decode hold the decoders of each format, called
// directly rather than through image.RegisterFormat, which is global.
var (
	decodeConfig = map[string]func(io.Reader) (image.Config, error){
		PNG: png.DecodeConfig, JPEG: jpeg.DecodeConfig, GIF: gif.DecodeConfig, WebP: webp.DecodeConfig,
	}
	decode = map[string]func(io.Reader) (image.Image, error){
		PNG: png.Decode, JPEG: jpeg.Decode, GIF: gif.Decode, WebP: webp.Decode,
	}
)

// sniff returns the format whose magic bytes head starts with, or "".
func sniff(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return PNG
	case bytes.HasPrefix(head, []byte("\xff\xd8")):
		return JPEG
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return GIF
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return WebP
	}
	return ""
}

// headBytes is how much of an image Probe reads to find a JPEG's
// orientation: the EXIF segment comes first and holds at most 64 KB.
const headBytes = 64 << 10

// Probe reads the format and size of the image r holds from its header,
// without decoding its pixels.
func Probe(r io.Reader) (Info, error) {
	head := make([]byte, headBytes)
	n, err := io.ReadFull(r, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return Info{}, err
	}
	return probe(head[:n], r)
}

// ProbeBytes is Probe of an image held in memory, without copying it.
func ProbeBytes(src []byte) (Info, error) {
	n := min(len(src), headBytes)
	return probe(src[:n], bytes.NewReader(src[n:]))
}

// probe reads the facts of the image whose first bytes are head and
// whose other bytes rest holds.
func probe(head []byte, rest io.Reader) (Info, error) {
	format := sniff(head)
	if format == "" {
		if looksSVG(head) {
			return probeSVG(head)
		}
		return Info{}, ErrFormat
	}
	cfg, err := decodeConfig[format](io.MultiReader(bytes.NewReader(head), rest))
	if err != nil {
		return Info{}, fmt.Errorf("reading the %s header: %w", format, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return Info{}, fmt.Errorf("the %s header gives a size of %d×%d pixels", format, cfg.Width, cfg.Height)
	}
	info := Info{Format: format, Width: cfg.Width, Height: cfg.Height, Orientation: 1, Located: Located(head)}
	if format == JPEG {
		info.Orientation = orientation(head)
		if info.Orientation >= 5 {
			info.Width, info.Height = info.Height, info.Width
		}
	}
	return info, nil
}
