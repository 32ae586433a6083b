package markdown

import (
	"bufio"
	"errors"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"broadsheet/internal/diag"
)

// DefaultLeadLength is the most characters a Rendered.Lead holds unless
// WithLeadLength says otherwise: about two sentences of news copy.
const DefaultLeadLength = 300

// Renderer turns Markdown bodies into HTML. It uses goldmark with
// CommonMark plus the GFM table and strikethrough extensions, which people
// who hand-write .md files expect, and keeps goldmark's safe defaults: raw
// HTML is replaced by an HTML comment and links or images with dangerous
// URLs (javascript:, vbscript:, file:, most data:) lose their URL. There is
// no Typographer, which would change the quotes and dashes of the copy, and
// no Linkify, which would make links the writer did not make. Headings
// move one level down, since the page's headline is its only <h1>. A
// paragraph that is only a YouTube or Vimeo link becomes a video that
// loads nothing from the provider until it is clicked (see Video).
//
// BodyOptions of a call name the body's file, which makes local links and
// images site paths checked by a Resolver (see Ref), and may let raw HTML
// through (WithUnsafe). Rendered.Diags reports what a writer should fix.
//
// A Renderer is safe for concurrent use by several goroutines.
type Renderer struct {
	md      goldmark.Markdown
	unsafe  goldmark.Markdown // md with raw HTML let through, for WithUnsafe
	leadMax int
	limits  Limits
	writers sync.Pool // of *bufio.Writer, which goldmark would otherwise allocate per body
}

// Option configures a Renderer.
type Option func(*Renderer)

// WithLeadLength sets the most characters (not bytes) of Rendered.Lead;
// values below 1 keep DefaultLeadLength.
func WithLeadLength(n int) Option {
	return func(r *Renderer) {
		if n > 0 {
			r.leadMax = n
		}
	}
}

// NewRenderer returns a Renderer configured by opts.
func NewRenderer(opts ...Option) *Renderer {
	r := &Renderer{leadMax: DefaultLeadLength, limits: DefaultLimits}
	for _, o := range opts {
		o(r)
	}
	r.md = newGoldmark()
	r.unsafe = newGoldmark(goldmark.WithRendererOptions(html.WithUnsafe(),
		renderer.WithNodeRenderers(util.Prioritized(rawHTMLRenderer{}, 650))))
	return r
}

// newGoldmark returns goldmark as a Renderer uses it, with opts added.
func newGoldmark(opts ...goldmark.Option) goldmark.Markdown {
	return goldmark.New(append([]goldmark.Option{
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, figures{}),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(headingShift{}, 100))),
		goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(videoRenderer{}, 650))),
	}, opts...)...)
}

// Rendered is a body turned into HTML, with the plain-text facts about it
// that digests and reading times need.
type Rendered struct {
	HTML  template.HTML // safe to insert into a page as is
	Lead  string        // plain text of the first paragraph's opening sentences, "" without a paragraph
	Words int           // words of the visible text, for reading time

	// Diags holds what the body's writer should know: a local image
	// that is missing (an error), a link that is, raw HTML left out.
	// They name the file and line that WithSource gives.
	Diags diag.List
	// Images holds the site paths of the body's local images, in order,
	// once each: the files the page needs.
	Images []string
}

// Render turns a Markdown body into HTML. It parses body once; Lead and
// Words come from the same syntax tree that the HTML is written from. A
// body beyond the Renderer's Limits gives a *LimitError.
func (r *Renderer) Render(body string, opts ...BodyOption) (Rendered, error) {
	if err := checkLimits(body, r.limits); err != nil {
		return Rendered{}, err
	}
	src := []byte(body)
	md, doc, b := r.parse(src, opts)
	html, err := r.write(md, src, doc, b.video)
	if err != nil {
		return Rendered{}, err
	}
	var f textFacts
	scanText(doc, src, &f)
	out := Rendered{HTML: html, Diags: b.diags, Images: b.images}
	out.Lead, out.Words = f.result(r.leadMax)
	return out, nil
}

// parsed is what the passes after goldmark's parse found in a body.
type parsed struct {
	diags  diag.List
	images []string
	video  bool
}

// parse parses src as opts say and returns the goldmark that renders it.
func (r *Renderer) parse(src []byte, opts []BodyOption) (goldmark.Markdown, ast.Node, parsed) {
	var c bodyConfig
	for _, o := range opts {
		o(&c)
	}
	md := r.md
	if c.unsafe {
		md = r.unsafe
	}
	doc := md.Parser().Parse(text.NewReader(src))
	var p parsed
	p.video = findVideos(doc, src)
	if len(opts) == 0 {
		return md, doc, p // a body with no file: links stay as written
	}
	lines := newLineIndex(src)
	if !c.unsafe {
		warnRawHTML(doc, src, &c, lines, &p.diags)
	}
	if c.source != "" || c.resolve != nil {
		p.images = resolveLinks(doc, src, &c, lines, &p.diags)
	}
	return md, doc, p
}

// HTML turns a Markdown body into HTML like Render, without the lead and
// word count: for a body whose facts are known already, as PlainFacts
// gives them for an article's paragraphs.
// Its diagnostics are dropped: Render reported them when the body was
// first read.
func (r *Renderer) HTML(body string, opts ...BodyOption) (template.HTML, error) {
	if err := checkLimits(body, r.limits); err != nil {
		return "", err
	}
	src := []byte(body)
	md, doc, b := r.parse(src, opts)
	return r.write(md, src, doc, b.video)
}

// write renders the parsed body doc of src with md as HTML, followed by
// the script of its videos when it has one.
func (r *Renderer) write(md goldmark.Markdown, src []byte, doc ast.Node, video bool) (template.HTML, error) {
	var out strings.Builder
	out.Grow(len(src) + len(src)/4)
	capped := &cappedWriter{w: &out, room: r.limits.Output}
	w, _ := r.writers.Get().(*bufio.Writer)
	if w == nil {
		w = bufio.NewWriter(capped)
	} else {
		w.Reset(capped)
	}
	err := md.Renderer().Render(w, src, doc) // flushes w
	if err == nil && video {
		_, _ = w.WriteString(videoScript)
		err = w.Flush()
	}
	w.Reset(nil)
	r.writers.Put(w)
	if errors.Is(err, errOutput) {
		return "", &LimitError{Msg: fmt.Sprintf("the body's HTML grows past %d bytes", r.limits.Output)}
	}
	if err != nil {
		return "", fmt.Errorf("markdown: rendering HTML: %w", err)
	}
	// Safe: goldmark escapes all text and, without WithUnsafe, writes no
	// raw HTML and no dangerous URL from the source; the video script is
	// this package's own. With WithUnsafe the site asked for the writer's
	// HTML as it is, but for the local URLs relinkRaw wrote again, each
	// escaped between double quotes.
	return template.HTML(out.String()), nil
}
