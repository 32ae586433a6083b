package picture

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"path"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/image/draw"
)

// DefaultWidths are the widths of the variants of a lead photo: a phone,
// a laptop's column, a wide screen at twice the density.
var DefaultWidths = []int{480, 960, 1600}

// DefaultMaxPixels is the most pixels an image may have to be decoded:
// a 50-megapixel camera's photo, which takes 200 MB once decoded.
const DefaultMaxPixels = 50_000_000

// DefaultQuality is the JPEG quality of variants: where artefacts stay
// out of sight in news photos at a third of the size of quality 100.
const DefaultQuality = 82

// Options set how variants are made. The zero value gives the defaults.
type Options struct {
	MaxPixels int // images with more pixels are refused; 0 is DefaultMaxPixels
	Quality   int // JPEG quality, 1 to 100; 0 is DefaultQuality
}

func (o Options) maxPixels() int {
	if o.MaxPixels > 0 {
		return o.MaxPixels
	}
	return DefaultMaxPixels
}

func (o Options) quality() int {
	if o.Quality >= 1 && o.Quality <= 100 {
		return o.Quality
	}
	return DefaultQuality
}

// version names how variants are made, in their hash: a change to the
// resizing or encoding changes every name, so no cache serves old ones.
const version = "picture/1 catmullrom"

// Variant is one resized copy of an image.
type Variant struct {
	Name          string // file name, such as "harbor.3f2a9c1d0b4e77aa.480.jpg"
	Format        string // PNG or JPEG
	Width, Height int
	Data          []byte // the encoded image; nil from Plan
}

// TooLargeError is the error of an image with more pixels than allowed.
type TooLargeError struct {
	Width, Height, Max int
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("the image has %d×%d pixels, more than the %d a picture may have to be resized", e.Width, e.Height, e.Max)
}

// Plan returns the variants Variants makes of the image src, whose file
// is named name, without making them: their names, formats and sizes.
// A cache that holds files of these names has nothing to resize. There
// is one variant for each width below the image's, and one at the
// image's own width when a width asks for that much or more, so a
// variant is never upscaled and the largest carries no metadata either.
//
// An animated GIF (see Animated) has no variants: a resized copy would
// be its first frame, a still that stands in for the animation on
// every screen. Pages show the GIF itself at its own width and height,
// with no srcset. An SVG has none either: it is drawn sharp at any
// width.
func Plan(name string, src []byte, widths []int, opt Options) (Info, []Variant, error) {
	info, err := ProbeBytes(src)
	if err != nil {
		return Info{}, nil, err
	}
	if info.Format == GIF && Animated(src) || info.Format == SVG {
		return info, nil, nil
	}
	if limit := opt.maxPixels(); int64(info.Width)*int64(info.Height) > int64(limit) {
		return info, nil, &TooLargeError{Width: info.Width, Height: info.Height, Max: limit}
	}
	sum := sha256.New()
	sum.Write(src)
	fmt.Fprintf(sum, "\x00%s q%d", version, opt.quality())
	hash := hex.EncodeToString(sum.Sum(nil))[:16]
	format, ext := outFormat(info.Format, src)
	stem := stemOf(name)
	var out []Variant
	seen := map[int]bool{}
	for _, w := range widths {
		if w <= 0 {
			continue
		}
		w = min(w, info.Width)
		if seen[w] {
			continue
		}
		seen[w] = true
		h := max(1, int((int64(info.Height)*int64(w)+int64(info.Width)/2)/int64(info.Width)))
		out = append(out, Variant{
			Name:   stem + "." + hash + "." + strconv.Itoa(w) + ext,
			Format: format, Width: w, Height: h,
		})
	}
	return info, out, nil
}

// outFormat returns the format and extension of the variants of an
// image: JPEG stays JPEG and PNG stays PNG; a still GIF and WebP, which the standard library cannot write, become PNG, or JPEG
// for a WebP photo without transparency.
func outFormat(format string, src []byte) (string, string) {
	switch format {
	case JPEG:
		return JPEG, ".jpg"
	case WebP:
		if webpOpaque(src) {
			return JPEG, ".jpg"
		}
	}
	return PNG, ".png"
}

// webpOpaque reports whether a WebP file has no alpha channel: a lossy
// simple file ("VP8 "), or an extended one ("VP8X") whose alpha flag is
// off. A lossless file ("VP8L") may hold alpha, so it counts as not.
func webpOpaque(src []byte) bool {
	if len(src) < 21 {
		return false
	}
	switch string(src[12:16]) {
	case "VP8 ":
		return true
	case "VP8X":
		return src[20]&0x10 == 0
	}
	return false
}

// stemOf returns the file name of name without its folder and extension,
// kept to letters, digits, "-" and "_" so it is safe in a URL.
func stemOf(name string) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	var b strings.Builder
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + 'a' - 'A')
		default:
			b.WriteByte('-')
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" || s == "." {
		return "image"
	}
	return s
}

// Variants makes the variants of the image src, whose file is named
// name, at widths (see Plan). The image is decoded once.
func Variants(name string, src []byte, widths []int, opt Options) ([]Variant, error) {
	info, vs, err := Plan(name, src, widths, opt)
	if err != nil {
		return nil, err
	}
	return vs, Render(src, info, vs, opt)
}

// Render makes the data of the planned variants vs of the image src,
// whose Info is info (both from Plan). The image is decoded once, and
// each variant is resized from it and encoded in turn.
func Render(src []byte, info Info, vs []Variant, opt Options) error {
	if len(vs) == 0 {
		return nil
	}
	if limit := opt.maxPixels(); int64(info.Width)*int64(info.Height) > int64(limit) {
		return &TooLargeError{Width: info.Width, Height: info.Height, Max: limit}
	}
	img, err := decode[info.Format](bytes.NewReader(src))
	if err != nil {
		return fmt.Errorf("decoding the %s image: %w", info.Format, err)
	}
	var profile []byte
	switch {
	case info.Format == JPEG && vs[0].Format == JPEG:
		profile = jpegProfile(src)
	case info.Format == PNG:
		profile = pngProfile(src)
	case info.Format == WebP && vs[0].Format == JPEG:
		profile = iccJPEG(webpProfile(src))
	case info.Format == WebP:
		profile = iccPNG(webpProfile(src))
	}
	// Each variant is resized from the next larger one rather than from
	// the image: a resize costs in proportion to the pixels it reads, so
	// 2400 -> 1600 -> 960 -> 480 reads a third of what three resizes of
	// the image would, and no step shrinks by so much that the kernel
	// skips pixels.
	order := make([]int, len(vs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return vs[order[a]].Width > vs[order[b]].Width })
	from := rgba(img)
	for _, i := range order {
		w, h := vs[i].Width, vs[i].Height
		if info.Orientation >= 5 {
			w, h = h, w // resized in the pixels' own orientation, turned afterwards
		}
		from = resize(from, w, h)
		data, err := encode(orient(from, info.Orientation), vs[i].Format, profile, opt)
		if err != nil {
			return fmt.Errorf("writing %s: %w", vs[i].Name, err)
		}
		vs[i].Data = data
	}
	return nil
}

// rgba returns img as an *image.RGBA at the origin: the one layout the
// resizer has a fast path for, made once per image.
func rgba(img image.Image) *image.RGBA {
	if m, ok := img.(*image.RGBA); ok && m.Rect.Min == (image.Point{}) {
		return m
	}
	b := img.Bounds()
	m := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(m, m.Bounds(), img, b.Min, draw.Src)
	return m
}

// resize returns src scaled to w×h with the Catmull-Rom kernel, which
// keeps a photo's detail where bilinear blurs it; src itself when it has
// that size already. The kernel reads more pixels the more it shrinks,
// so an image at least twice as large is first halved by averaging
// blocks of 2×2 pixels, which costs little and loses nothing the
// kernel would keep.
func resize(src *image.RGBA, w, h int) *image.RGBA {
	if src.Rect.Dx() == w && src.Rect.Dy() == h {
		return src
	}
	for src.Rect.Dx() >= 2*w && src.Rect.Dy() >= 2*h {
		src = halve(src)
	}
	if src.Rect.Dx() == w && src.Rect.Dy() == h {
		return src
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst
}

// halve returns src at half its width and height, each pixel the mean
// of a block of 2×2 (a last odd row or column is left out).
func halve(src *image.RGBA) *image.RGBA {
	w, h := src.Rect.Dx()/2, src.Rect.Dy()/2
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		a := src.Pix[2*y*src.Stride:]
		b := src.Pix[(2*y+1)*src.Stride:]
		d := dst.Pix[y*dst.Stride:]
		for x := range w {
			for c := range 4 {
				i := 8*x + c
				d[4*x+c] = uint8((uint32(a[i]) + uint32(a[i+4]) + uint32(b[i]) + uint32(b[i+4]) + 2) / 4)
			}
		}
	}
	return dst
}

// encode encodes img in format with the colour profile.
func encode(img *image.RGBA, format string, profile []byte, opt Options) ([]byte, error) {
	var buf bytes.Buffer
	if format == JPEG {
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: opt.quality()}); err != nil {
			return nil, err
		}
		return withJPEGProfile(buf.Bytes(), profile), nil
	}
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img); err != nil {
		return nil, err
	}
	return withPNGChunks(buf.Bytes(), profile), nil
}

// orient returns img turned and flipped as EXIF orientation o says,
// so that it shows upright without the tag.
func orient(img *image.RGBA, o int) *image.RGBA {
	if o <= 1 || o > 8 {
		return img
	}
	w, h := img.Bounds().Dx(), img.Bounds().Dy()
	ow, oh := w, h
	if o >= 5 {
		ow, oh = h, w
	}
	out := image.NewRGBA(image.Rect(0, 0, ow, oh))
	for y := range oh {
		for x := range ow {
			var sx, sy int
			switch o {
			case 2:
				sx, sy = w-1-x, y
			case 3:
				sx, sy = w-1-x, h-1-y
			case 4:
				sx, sy = x, h-1-y
			case 5:
				sx, sy = y, x
			case 6:
				sx, sy = y, h-1-x
			case 7:
				sx, sy = w-1-y, h-1-x
			case 8:
				sx, sy = w-1-y, x
			}
			copy(out.Pix[out.PixOffset(x, y):][:4], img.Pix[img.PixOffset(sx, sy):][:4])
		}
	}
	return out
}

// Srcset returns a srcset attribute's value for vs: each variant's URL,
// as url gives it, and width, separated by commas.
func Srcset(vs []Variant, url func(Variant) string) string {
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(url(v))
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(v.Width))
		b.WriteByte('w')
	}
	return b.String()
}
