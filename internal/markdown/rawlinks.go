package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"

	"broadsheet/internal/diag"
)

// Raw HTML that WithUnsafe lets through is the writer's own, but its
// addresses are written the way the body's Markdown ones are: an
// <img src="img/map.png"> beside the article, an <a href="/files/x.pdf">
// from the site root. Left as written they would break on a page under a
// sub-path base_url and in feeds, so the URL attributes of its tags, src,
// href, poster and each candidate of srcset, are resolved like Markdown
// links and images (see SitePath and Ref): a local one becomes a site
// path that RelinkPage and RelinkFeed then rewrite, is checked by the
// Resolver, and an image among them that the site lacks is an error at
// its line. The other attributes, and every tag without a local URL,
// stay as written; a tag with one is written again from its tokens, each
// value escaped between double quotes, the way Relink needs it.
//
// The raw HTML is read with the tokenizer of golang.org/x/net/html,
// which reads tags, comments and the text of <script>, <style> and
// <textarea> as a browser does, so a "src=" inside a script or a
// comment is not taken for an attribute.

// rawAttr is the name of the node attribute that holds the raw HTML of
// an HTMLBlock or RawHTML node as rewritten: no HTML attribute has a
// name with a NUL in it.
const rawAttr = "\x00raw"

// urlAttrs are the attributes of raw HTML that hold URLs: the ones
// Relink rewrites.
var urlAttrs = map[string]bool{"href": true, "src": true, "poster": true, "srcset": true}

// isImageAttr reports whether attribute attr of a tag names a picture,
// which must be there, rather than a page or a file that is linked to:
// an <img> or <input type=image> source, any srcset candidate (of an
// <img>, or a <source> of a <picture>), and a video's poster. The src of
// a <source> is a video or a sound.
func isImageAttr(tag, attr string) bool {
	switch attr {
	case "srcset", "poster":
		return true
	case "src":
		return tag == "img" || tag == "input"
	}
	return false
}

// relinkRaw resolves the URL attributes of the raw HTML that the
// segments segs of src hold, the HTML of node n, and keeps what it
// rewrote on n for rawHTMLRenderer. addImage gets the site path of each
// local image.
func (c *bodyConfig) relinkRaw(n ast.Node, segs []text.Segment, src []byte, lines *lineIndex, diags *diag.List, addImage func(string)) {
	var raw []byte
	starts := make([]int, len(segs))
	for i, s := range segs {
		starts[i] = len(raw)
		raw = append(raw, s.Value(src)...)
	}
	// lineOf turns an offset of raw into a line of the body.
	lineOf := func(off int) int {
		i := len(segs) - 1
		for i > 0 && starts[i] > off {
			i--
		}
		if i < 0 {
			return lines.line(0)
		}
		s := segs[i]
		return lines.line(s.Start + max(0, off-starts[i]-s.Padding))
	}
	out, changed := rewriteRawHTML(raw, func(tag, attr, value string, at int) (string, bool) {
		image := isImageAttr(tag, attr)
		resolve := func(dest string) (string, bool) {
			t, suffix, sitePath, ok := c.resolveRef(dest, image, func() int { return lineOf(at) }, diags)
			if !ok {
				return dest, false
			}
			if image {
				addImage(sitePath)
			}
			return util.BytesToReadOnlyString(util.URLEscape([]byte(t.URL), true)) + suffix, true
		}
		if attr == "srcset" {
			return rewriteSrcset(value, resolve)
		}
		return resolve(value)
	})
	if changed {
		n.SetAttributeString(rawAttr, out)
	}
}

// rewriteRawHTML returns raw with the URL attributes (urlAttrs) of its
// start tags replaced by what f makes of them, and whether f rewrote
// any. f gets the tag's and attribute's names, lower-case, the value
// with its character references decoded, and the offset of the tag in
// raw; it returns the new value and whether it is one. A tag with a new
// value is written again from its tokens; every other byte of raw is
// kept as it is.
func rewriteRawHTML(raw []byte, f func(tag, attr, value string, at int) (string, bool)) ([]byte, bool) {
	if !bytes.Contains(raw, []byte("=")) {
		return raw, false
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	var out bytes.Buffer
	pos, changed := 0, false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Raw()
		start := pos
		pos += len(tok)
		if (tt != html.StartTagToken && tt != html.SelfClosingTagToken) || !bytes.Contains(tok, []byte("=")) {
			out.Write(tok)
			continue
		}
		tok = bytes.Clone(tok) // z.TagName and z.TagAttr may overwrite what Raw returned
		name, more := z.TagName()
		tag := string(name)
		type attr struct{ key, val string }
		var attrs []attr
		rewrote := false
		for more {
			var k, v []byte
			k, v, more = z.TagAttr()
			a := attr{string(k), string(v)}
			if urlAttrs[a.key] {
				if nv, ok := f(tag, a.key, a.val, start); ok {
					a.val, rewrote = nv, true
				}
			}
			attrs = append(attrs, a)
		}
		if !rewrote {
			out.Write(tok)
			continue
		}
		changed = true
		out.WriteByte('<')
		out.Write(rawTagName(tok))
		for _, a := range attrs {
			out.WriteByte(' ')
			out.WriteString(a.key)
			if a.val != "" || urlAttrs[a.key] {
				out.WriteString(`="`)
				out.WriteString(html.EscapeString(a.val))
				out.WriteByte('"')
			}
		}
		if tt == html.SelfClosingTagToken {
			out.WriteString(" /")
		}
		out.WriteByte('>')
	}
	if !changed {
		return raw, false
	}
	out.Write(raw[pos:]) // what the tokenizer stopped in, such as a tag cut off
	return out.Bytes(), true
}

// rawTagName returns the name of the start tag tok as written, up to
// the white space, "/" or ">" that ends it, so that a tag written again
// keeps its case and any byte the tokenizer would replace.
func rawTagName(tok []byte) []byte {
	end := 1
	for end < len(tok) && !strings.ContainsRune(" \t\n\r\f/>", rune(tok[end])) {
		end++
	}
	return tok[1:end]
}

// rewriteSrcset returns the srcset value v with each candidate's URL
// replaced by what f makes of it, and whether f rewrote any. Candidates
// are read as browsers read them: a URL up to white space, where
// trailing commas end the candidate, then descriptors up to a comma. The
// value is written again as "URL descriptors, URL descriptors".
func rewriteSrcset(v string, f func(string) (string, bool)) (string, bool) {
	var b strings.Builder
	rewrote := false
	isSpace := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	for i := 0; i < len(v); {
		for i < len(v) && (isSpace(v[i]) || v[i] == ',') {
			i++
		}
		if i == len(v) {
			break
		}
		j := i
		for j < len(v) && !isSpace(v[j]) {
			j++
		}
		u, desc := v[i:j], ""
		trimmed := strings.TrimRight(u, ",")
		if trimmed != u {
			u, i = trimmed, j
		} else {
			k := j
			for k < len(v) && v[k] != ',' {
				k++
			}
			desc = strings.Join(strings.FieldsFunc(v[j:k], func(r rune) bool { return r < 0x80 && isSpace(byte(r)) }), " ")
			i = k
		}
		if u == "" {
			continue
		}
		if nu, ok := f(u); ok {
			u, rewrote = nu, true
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(u)
		if desc != "" {
			b.WriteByte(' ')
			b.WriteString(desc)
		}
	}
	if !rewrote {
		return v, false
	}
	return b.String(), true
}

// rawHTMLRenderer writes raw HTML as the renderer with WithUnsafe does,
// or as relinkRaw rewrote it.
type rawHTMLRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (rawHTMLRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, func(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		n := node.(*ast.HTMLBlock)
		if v, ok := n.AttributeString(rawAttr); ok {
			if entering {
				secureWrite(w, v.([]byte))
			}
			return ast.WalkContinue, nil
		}
		if entering {
			for i := range n.Lines().Len() {
				line := n.Lines().At(i)
				secureWrite(w, line.Value(src))
			}
		} else if n.HasClosure() {
			secureWrite(w, n.ClosureLine.Value(src))
		}
		return ast.WalkContinue, nil
	})
	reg.Register(ast.KindRawHTML, func(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkSkipChildren, nil
		}
		n := node.(*ast.RawHTML)
		if v, ok := n.AttributeString(rawAttr); ok {
			_, _ = w.Write(v.([]byte))
			return ast.WalkSkipChildren, nil
		}
		for i := range n.Segments.Len() {
			seg := n.Segments.At(i)
			_, _ = w.Write(seg.Value(src))
		}
		return ast.WalkSkipChildren, nil
	})
}

// secureWrite writes b with each NUL byte as U+FFFD, as goldmark writes
// the lines of an HTML block.
func secureWrite(w util.BufWriter, b []byte) {
	for {
		i := bytes.IndexByte(b, 0)
		if i < 0 {
			_, _ = w.Write(b)
			return
		}
		_, _ = w.Write(b[:i])
		_, _ = w.WriteString("\uFFFD")
		b = b[i+1:]
	}
}
