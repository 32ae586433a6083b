package picture

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
)

// SVG is the format of a vector picture. It has no pixels to resize, so
// it gets no variants; Probe reads the size its root element gives, for
// the width and height a page reserves.
const SVG = "svg"

// looksSVG reports whether head opens like an SVG document: markup, with
// an <svg element in its first bytes. probeSVG then checks that <svg is
// the root element, so an HTML page with an inline SVG is not one.
func looksSVG(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	head = bytes.TrimLeft(head, " \t\r\n")
	return bytes.HasPrefix(head, []byte("<")) && bytes.Contains(head, []byte("<svg"))
}

// probeSVG reads the size of the SVG document whose first bytes are head
// from its root element's width and height, or from its viewBox where
// they are missing or relative ("100%"). A document that gives no size
// has a zero Width and Height, which is not an error: it is shown at the
// size its page's style gives it.
func probeSVG(head []byte) (Info, error) {
	root, err := svgRoot(head)
	if err != nil {
		return Info{}, err
	}
	var w, h float64
	var box []float64
	for _, a := range root.Attr {
		switch a.Name.Local {
		case "width":
			w = svgLength(a.Value)
		case "height":
			h = svgLength(a.Value)
		case "viewBox":
			box = svgNumbers(a.Value)
		}
	}
	if len(box) == 4 && box[2] > 0 && box[3] > 0 {
		switch {
		case w == 0 && h == 0:
			w, h = box[2], box[3]
		case w == 0:
			w = h * box[2] / box[3]
		case h == 0:
			h = w * box[3] / box[2]
		}
	}
	info := Info{Format: SVG, Orientation: 1}
	if w >= 1 && h >= 1 && w <= math.MaxInt32 && h <= math.MaxInt32 {
		info.Width, info.Height = int(math.Round(w)), int(math.Round(h))
	}
	return info, nil
}

// svgRoot returns the root element of the SVG document head opens.
func svgRoot(head []byte) (xml.StartElement, error) {
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return xml.StartElement{}, ErrFormat
			}
			return xml.StartElement{}, errors.Join(ErrFormat, err)
		}
		if el, ok := tok.(xml.StartElement); ok {
			if el.Name.Local != "svg" {
				return xml.StartElement{}, ErrFormat
			}
			return el, nil
		}
	}
}

// svgLength is an SVG length in pixels, or 0 for one that depends on
// where the picture is shown (a percentage, em) or that does not parse.
func svgLength(s string) float64 {
	s = strings.TrimSpace(s)
	scale := 1.0
	for unit, px := range map[string]float64{"px": 1, "pt": 4.0 / 3, "pc": 16, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4} {
		if strings.HasSuffix(s, unit) {
			s, scale = strings.TrimSpace(strings.TrimSuffix(s, unit)), px
			break
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	return v * scale
}

// svgNumbers splits a viewBox into its numbers, which commas or spaces
// separate; a number that does not parse gives nil.
func svgNumbers(s string) []float64 {
	var out []float64
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\r' || r == '\n' }) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil
		}
		out = append(out, v)
	}
	return out
}
