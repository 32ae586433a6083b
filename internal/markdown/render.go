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
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
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
// move one level down, since the page's headline is its only <h1>.
//
// A Renderer is safe for concurrent use by several goroutines.
type Renderer struct {
	md      goldmark.Markdown
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
	r.md = goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough, figures{}),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(headingShift{}, 100))),
	)
	return r
}

// Rendered is a body turned into HTML, with the plain-text facts about it
// that digests and reading times need.
type Rendered struct {
	HTML  template.HTML // safe to insert into a page as is
	Lead  string        // plain text of the first paragraph's opening sentences, "" without a paragraph
	Words int           // words of the visible text, for reading time
}

// Render turns a Markdown body into HTML. It parses body once; Lead and
// Words come from the same syntax tree that the HTML is written from. A
// body beyond the Renderer's Limits gives a *LimitError.
func (r *Renderer) Render(body string) (Rendered, error) {
	if err := checkLimits(body, r.limits); err != nil {
		return Rendered{}, err
	}
	src := []byte(body)
	doc := r.md.Parser().Parse(text.NewReader(src))
	html, err := r.write(src, doc)
	if err != nil {
		return Rendered{}, err
	}
	var f textFacts
	scanText(doc, src, &f)
	out := Rendered{HTML: html}
	out.Lead, out.Words = f.result(r.leadMax)
	return out, nil
}

// HTML turns a Markdown body into HTML like Render, without the lead and
// word count: for a body whose facts are known already, as PlainFacts
// gives them for an article's paragraphs.
func (r *Renderer) HTML(body string) (template.HTML, error) {
	if err := checkLimits(body, r.limits); err != nil {
		return "", err
	}
	src := []byte(body)
	return r.write(src, r.md.Parser().Parse(text.NewReader(src)))
}

// write renders the parsed body doc of src as HTML.
func (r *Renderer) write(src []byte, doc ast.Node) (template.HTML, error) {
	var out strings.Builder
	out.Grow(len(src) + len(src)/4)
	capped := &cappedWriter{w: &out, room: r.limits.Output}
	w, _ := r.writers.Get().(*bufio.Writer)
	if w == nil {
		w = bufio.NewWriter(capped)
	} else {
		w.Reset(capped)
	}
	err := r.md.Renderer().Render(w, src, doc) // flushes w
	w.Reset(nil)
	r.writers.Put(w)
	if errors.Is(err, errOutput) {
		return "", &LimitError{Msg: fmt.Sprintf("the body's HTML grows past %d bytes", r.limits.Output)}
	}
	if err != nil {
		return "", fmt.Errorf("markdown: rendering HTML: %w", err)
	}
	// Safe: goldmark escapes all text and, without WithUnsafe, writes no
	// raw HTML and no dangerous URL from the source.
	return template.HTML(out.String()), nil
}
