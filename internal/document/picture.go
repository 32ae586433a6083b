package document

import (
	"path"
	"strings"
)

// Picture is what a build learned of an article's image (the image key):
// where it is, its size and the narrower copies written of it, so that
// pages can give its width and height, a srcset and a thumbnail.
type Picture struct {
	// Path is the image's site path ("/img/harbour.jpg"), or its URL when
	// it is on another site, whose size is then unknown.
	Path   string
	Width  int // in pixels; 0 when unknown
	Height int
	// Variants are resized copies, narrowest first; none for a remote
	// image or one already as narrow as the narrowest copy.
	Variants []Variant
}

// Variant is one resized copy of a picture.
type Variant struct {
	Path   string // site path
	Width  int
	Height int
}

// Thumb returns the narrowest copy, or the picture itself as a variant
// when it has none.
func (p *Picture) Thumb() Variant {
	if len(p.Variants) > 0 {
		return p.Variants[0]
	}
	return Variant{Path: p.Path, Width: p.Width, Height: p.Height}
}

// Largest returns the widest copy no wider than width, or the narrowest
// when all are wider, or the picture itself when it has no copies or is
// itself no wider than width: the image a social card shows.
func (p *Picture) Largest(width int) Variant {
	if len(p.Variants) == 0 || p.Width > 0 && p.Width <= width {
		return Variant{Path: p.Path, Width: p.Width, Height: p.Height}
	}
	best := p.Variants[0]
	for _, v := range p.Variants {
		if v.Width <= width {
			best = v
		}
	}
	return best
}

// Shareable reports whether social networks show the picture on a link's
// card: they take raster pictures, not SVG.
func (p *Picture) Shareable() bool {
	return !strings.HasSuffix(strings.ToLower(path.Ext(p.Path)), ".svg")
}
