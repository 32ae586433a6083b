package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"

	"broadsheet/internal/diag"
)

// warnRawHTML reports each line of doc, parsed from src, that holds raw
// HTML goldmark leaves out of the page: a writer who pasted an embed or
// a map sees why it is missing and how to let it through.
func warnRawHTML(doc ast.Node, src []byte, c *bodyConfig, lines *lineIndex, diags *diag.List) {
	last := 0
	report := func(offset int, raw []byte) {
		line := c.fileLine(lines.line(offset))
		if line == last {
			return // one warning a line, however many tags it holds
		}
		last = line
		diags.AddCode(c.file(), line, diag.Warning, "raw-html",
			"raw HTML %s left out of the page; [markdown] unsafe = true in site.toml lets it through", tagOf(raw))
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			if l := n.Lines(); l.Len() > 0 {
				first := l.At(0)
				report(first.Start, first.Value(src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if n.Segments.Len() > 0 {
				first := n.Segments.At(0)
				report(first.Start, first.Value(src))
			}
		}
		return ast.WalkContinue, nil
	})
}

// tagOf returns the opening of a raw HTML line for a message: its first
// tag, cut short, quoted.
func tagOf(raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if i := bytes.IndexByte(raw, '>'); i >= 0 {
		raw = raw[:i+1]
	}
	const most = 40
	if len(raw) > most {
		raw = append(bytes.ToValidUTF8(raw[:most], nil), "…"...)
	}
	return "\"" + string(bytes.ToValidUTF8(raw, nil)) + "\""
}
