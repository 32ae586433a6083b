package markdown

import (
	"bytes"
	"errors"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"broadsheet/internal/diag"
)

// Links and images of a hand-written body are written the way people
// write them in an editor: "/img/x.png" from the site root, "img/x.png"
// and "../img/x.png" from the folder of the .md file in content/, and
// absolute URLs ("https://...", "mailto:", "#notes") as they are. Render
// turns every local destination into a site path ("/img/x.png"), asks the
// Resolver of the body (when it has one) whether the file is there and
// what URL to write, and writes that. A site path is the same on every
// page; RelinkPage and RelinkFeed then make the links of the HTML
// relative to a page or absolute for a feed, as site.Rel and site.Abs
// do, so the body is rendered once whatever page or feed shows it.

// Ref is a local link or image destination of a body.
type Ref struct {
	Dest  string // as written in the body
	Path  string // the site path it names, such as "/img/x.png", without query or fragment
	Image bool   // an image, rather than a link
	Line  int    // the line of the file (see WithSource) that holds it
}

// Target is what a Resolver makes of a Ref.
type Target struct {
	URL string // a site path ("/img/x.png") or an absolute URL to write; "" keeps Ref.Path

	// Width and Height, when both are above 0, are written on an image
	// with loading="lazy", so the page keeps its layout while it loads.
	Width, Height int
	// Srcset and Sizes, when set, are written on an image as they are:
	// resized variants, with site paths as URLs.
	Srcset, Sizes string
	// Warning, when set, is what the writer should know of the file,
	// such as a picture that tells where it was taken: a warning at the
	// Ref's line with the diagnostic code WarningCode.
	Warning, WarningCode string
}

// Resolver tells Render where a local link or image is in the site. An
// error for an image becomes an error diagnostic at its line (the page is
// not published with a broken picture): image-missing for ErrNotFound,
// image-invalid for any other error, such as a file that is no image,
// with the error's message. For a link an error is a link-missing
// warning. A resolver that cannot check a
// link (a page not yet known) returns a zero Target and no error.
type Resolver func(Ref) (Target, error)

// ErrNotFound is the error of a Resolver for a file the site does not have.
var ErrNotFound = errors.New("not found")

// BodyOption sets how one body is rendered.
type BodyOption func(*bodyConfig)

// bodyConfig holds the BodyOptions of one Render or HTML call.
type bodyConfig struct {
	source  string // slash-separated path of the file, e.g. "content/2026/flood.md"
	line    int    // the line of the file on which the body starts
	resolve Resolver
	unsafe  bool
}

// WithSource names the file the body comes from and the line of the file
// on which the body starts (Doc.BodyLine): relative destinations are read
// from the file's folder, and diagnostics name the file and its lines.
// Without it, diagnostics count lines of the body and relative
// destinations are read from the site root.
func WithSource(path string, bodyLine int) BodyOption {
	return func(c *bodyConfig) { c.source, c.line = path, bodyLine }
}

// WithResolver sets the Resolver of the body's local links and images.
// Without one, local destinations are written as site paths unchecked.
func WithResolver(r Resolver) BodyOption {
	return func(c *bodyConfig) { c.resolve = r }
}

// WithUnsafe lets the raw HTML of the body through, as [markdown] unsafe
// in site.toml asks for a site's .md files: scripts, styles and
// iframes of the writer reach every reader. Its local URLs are resolved
// like the body's Markdown links and images (see relinkRaw); the rest
// stays as written. Without it raw HTML is left out with a warning at
// its line.
func WithUnsafe(unsafe bool) BodyOption {
	return func(c *bodyConfig) { c.unsafe = unsafe }
}

// contentDir is the folder whose tree mirrors the site's: a relative
// destination in content/2026/a.md names the site path /2026/....
const contentDir = "content/"

// SitePath returns the site path that dest names when it is written in
// the file at source (a slash-separated path such as
// "content/2026/flood.md"), and the query and fragment that follow it.
// It reports false for a destination that is not a file of the site: an
// absolute URL (any scheme, or "//host"), a fragment or query of the page
// itself, or an empty one. A relative destination is joined to the
// source's folder under content/; ".." never climbs above the site root,
// which out reports. Percent escapes of the path are decoded, so the
// path names the file on disk. The build resolves an article's "image"
// header with the same rules.
func SitePath(source, dest string) (sitePath, suffix string, out, ok bool) {
	dest = strings.TrimSpace(dest)
	if dest == "" || dest[0] == '#' || dest[0] == '?' || strings.HasPrefix(dest, "//") || hasScheme(dest) {
		return "", "", false, false
	}
	p := dest
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p, suffix = p[:i], p[i:]
	}
	if u, err := url.PathUnescape(p); err == nil {
		p = u
	}
	if p == "" {
		return "", "", false, false
	}
	slash := strings.HasSuffix(p, "/")
	if !strings.HasPrefix(p, "/") {
		dir := path.Dir(strings.TrimPrefix(source, contentDir))
		if source == "" || dir == "." {
			dir = ""
		}
		p = dir + "/" + p
	}
	out = climbsOut(p)
	sitePath = path.Clean("/" + p)
	if slash && sitePath != "/" {
		sitePath += "/"
	}
	return sitePath, suffix, out, true
}

// climbsOut reports whether the slash-separated path p goes above its
// root with "..".
func climbsOut(p string) bool {
	depth := 0
	for _, el := range strings.Split(p, "/") {
		switch el {
		case "", ".":
		case "..":
			depth--
			if depth < 0 {
				return true
			}
		default:
			depth++
		}
	}
	return false
}

// hasScheme reports whether dest opens with a URL scheme ("https:",
// "mailto:", "data:"): letters, digits, "+", "-" or "." after a letter,
// then ":" before any "/", "?" or "#".
func hasScheme(dest string) bool {
	for i := 0; i < len(dest); i++ {
		c := dest[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// resolveLinks rewrites the destinations of the local links and images of
// doc, parsed from src, as c says, and with WithUnsafe the URLs of its
// raw HTML (see relinkRaw); it reports what it could not find, and
// returns the site paths of the local images, once each, in order.
func resolveLinks(doc ast.Node, src []byte, c *bodyConfig, lines *lineIndex, diags *diag.List) []string {
	var images []string
	seen := map[string]bool{}
	addImage := func(local string) {
		if local != "" && !seen[local] {
			seen[local] = true
			images = append(images, local)
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			n.Destination, _ = c.resolveDest(n, n.Destination, false, src, lines, diags)
		case *ast.Image:
			var local string
			n.Destination, local = c.resolveDest(n, n.Destination, true, src, lines, diags)
			addImage(local)
		case *ast.HTMLBlock:
			if c.unsafe {
				segs := append([]text.Segment(nil), n.Lines().Sliced(0, n.Lines().Len())...)
				if n.HasClosure() {
					segs = append(segs, n.ClosureLine)
				}
				c.relinkRaw(n, segs, src, lines, diags, addImage)
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if c.unsafe {
				c.relinkRaw(n, n.Segments.Sliced(0, n.Segments.Len()), src, lines, diags, addImage)
			}
		}
		return ast.WalkContinue, nil
	})
	return images
}

// resolveDest returns the destination to write for dest, the destination
// of node n, and the site path it names ("" for one that is not local).
func (c *bodyConfig) resolveDest(n ast.Node, dest []byte, image bool, src []byte, lines *lineIndex, diags *diag.List) ([]byte, string) {
	t, suffix, sitePath, ok := c.resolveRef(string(dest), image, func() int { return lines.line(inlineOffset(n, dest, src)) }, diags)
	if !ok {
		return dest, ""
	}
	if image {
		setImageAttrs(n, t)
	}
	return []byte(t.URL + suffix), sitePath
}

// resolveRef resolves dest, written on the line of the body that line
// gives, as Render does every local destination: it reports what the
// Resolver could not find or warns of, and returns the Target, whose
// URL is set, the query and fragment to write after it, and the site
// path dest names. It reports false for a destination that is not
// local, which stays as it is.
func (c *bodyConfig) resolveRef(dest string, image bool, line func() int, diags *diag.List) (Target, string, string, bool) {
	sitePath, suffix, out, ok := SitePath(c.source, dest)
	if !ok {
		return Target{}, "", "", false
	}
	ref := Ref{Dest: dest, Path: sitePath, Image: image, Line: c.fileLine(line())}
	what := "link"
	sev := diag.Warning
	code := "link-missing"
	if image {
		what, sev, code = "image", diag.Error, "image-missing"
	}
	if out {
		diags.AddCode(c.file(), ref.Line, sev, code, "%s %q leads above the site's root; it is read as %s", what, ref.Dest, sitePath)
	}
	t := Target{}
	if c.resolve != nil {
		var err error
		t, err = c.resolve(ref)
		switch {
		case errors.Is(err, ErrNotFound):
			diags.AddCode(c.file(), ref.Line, sev, code, "%s %q: the site has no file %s", what, ref.Dest, sitePath)
		case err != nil && image:
			diags.AddCode(c.file(), ref.Line, sev, "image-invalid", "%s %q: %v", what, ref.Dest, err)
		case err != nil:
			diags.AddCode(c.file(), ref.Line, sev, code, "%s %q: %v", what, ref.Dest, err)
		case t.Warning != "":
			diags.AddCode(c.file(), ref.Line, diag.Warning, t.WarningCode, "%s %q: %s", what, ref.Dest, t.Warning)
		}
	}
	if t.URL == "" {
		t.URL = sitePath
	}
	return t, suffix, sitePath, true
}

// setImageAttrs writes what t knows of an image as attributes of n.
func setImageAttrs(n ast.Node, t Target) {
	if t.Width > 0 && t.Height > 0 {
		n.SetAttributeString("width", []byte(strconv.Itoa(t.Width)))
		n.SetAttributeString("height", []byte(strconv.Itoa(t.Height)))
		n.SetAttributeString("loading", []byte("lazy"))
		n.SetAttributeString("decoding", []byte("async"))
	}
	if t.Srcset != "" {
		n.SetAttributeString("srcset", []byte(t.Srcset))
		if t.Sizes != "" {
			n.SetAttributeString("sizes", []byte(t.Sizes))
		}
	}
}

// file is the path diagnostics name.
func (c *bodyConfig) file() string { return c.source }

// fileLine turns a line of the body into a line of the file.
func (c *bodyConfig) fileLine(bodyLine int) int {
	if c.line > 0 {
		return c.line + bodyLine - 1
	}
	return bodyLine
}

// inlineOffset returns where in src the inline node n, whose destination
// is dest, stands, as near as the syntax tree tells: goldmark keeps no
// position for links and images, only for the text in and around them.
// The search for the destination starts after the text before n, within
// the lines of its block.
func inlineOffset(n ast.Node, dest []byte, src []byte) int {
	from, to := blockSpan(n)
	for prev := n.PreviousSibling(); prev != nil; prev = prev.PreviousSibling() {
		if stop := lastStop(prev); stop > from {
			from = stop
			break
		}
	}
	if to > len(src) || to < from {
		to = len(src)
	}
	if len(dest) > 0 {
		if i := bytes.Index(src[from:to], dest); i >= 0 {
			return from + i
		}
	}
	if first := firstStart(n); first >= 0 {
		return first
	}
	return from
}

// blockSpan returns the bytes of the lines of the block that holds n.
func blockSpan(n ast.Node) (int, int) {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			l := p.Lines()
			return l.At(0).Start, l.At(l.Len() - 1).Stop
		}
	}
	return 0, 0
}

// lastStop returns the end of the last text segment in n, or -1.
func lastStop(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Stop
	}
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if s := lastStop(c); s >= 0 {
			return s
		}
	}
	return -1
}

// firstStart returns the start of the first text segment in n, or -1.
func firstStart(n ast.Node) int {
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if s := firstStart(c); s >= 0 {
			return s
		}
	}
	return -1
}

// lineIndex turns byte offsets of a body into 1-based lines.
type lineIndex struct{ starts []int }

// newLineIndex indexes the lines of src.
func newLineIndex(src []byte) *lineIndex {
	li := &lineIndex{starts: []int{0}}
	for i, b := range src {
		if b == '\n' {
			li.starts = append(li.starts, i+1)
		}
	}
	return li
}

// line returns the line that holds offset.
func (li *lineIndex) line(offset int) int {
	lo, hi := 0, len(li.starts)
	for lo < hi {
		mid := (lo + hi) / 2
		if li.starts[mid] <= offset {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
