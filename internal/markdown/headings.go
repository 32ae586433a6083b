package markdown

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// headingShift moves a body's headings down so that its top level is
// <h2>: on an article page the headline is the one <h1>, and a hand-written
// body that opens its sections with "#" would otherwise put a second <h1>
// under it, breaking the heading order screen-reader users navigate by.
// A body whose top level is already "##" or deeper is left as written, so
// no level is skipped; <h6> is the floor.
type headingShift struct{}

// Transform implements parser.ASTTransformer.
func (headingShift) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	top := 7
	walkHeadings(doc, func(h *ast.Heading) { top = min(top, h.Level) })
	if top != 1 {
		return
	}
	walkHeadings(doc, func(h *ast.Heading) { h.Level = min(h.Level+1, 6) })
}

// walkHeadings calls f for every heading under n.
func walkHeadings(n ast.Node, f func(*ast.Heading)) {
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			f(h)
		}
		return ast.WalkContinue, nil
	})
}
