package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A photo caption that stands in the body (a second photo in pasted copy)
// is written as a fenced block that .md writers can use too:
//
//	::: figure
//	Rescuers search the rubble in Kahramanmaras on Tuesday.
//	credit: Jane Roe/Example Wire
//	:::
//
// A figure may follow a paragraph with no blank line between them, which
// is how FromArticle writes it: a caption is not a paragraph of the story.
// The lines between the fences are the caption, in inline Markdown; a last
// line opening with "credit:" is the photo credit. The fence is the one
// Pandoc and markdown-it-container use for such blocks. It renders as
//
//	<figure><figcaption>Caption <span class="credit">Credit</span></figcaption></figure>
//
// the markup the article page gives the lead photo's caption.

const (
	figureOpen   = "::: figure"
	figureClose  = ":::"
	creditPrefix = "credit:"
)

// KindFigure, KindFigureCaption and KindFigureCredit are the node kinds of
// a figure block and its parts.
var (
	KindFigure        = ast.NewNodeKind("Figure")
	KindFigureCaption = ast.NewNodeKind("FigureCaption")
	KindFigureCredit  = ast.NewNodeKind("FigureCredit")
)

// Figure is a photo caption block. Its children are a FigureCaption and,
// when the block has a credit line, a FigureCredit.
type Figure struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (*Figure) Kind() ast.NodeKind { return KindFigure }

// IsRaw implements ast.Node: the block's own lines are split among its
// children, which hold the inline text.
func (*Figure) IsRaw() bool { return true }

// Dump implements ast.Node.
func (n *Figure) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// FigureCaption is the caption text of a Figure.
type FigureCaption struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (*FigureCaption) Kind() ast.NodeKind { return KindFigureCaption }

// Dump implements ast.Node.
func (n *FigureCaption) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// FigureCredit is the photo credit of a Figure.
type FigureCredit struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (*FigureCredit) Kind() ast.NodeKind { return KindFigureCredit }

// Dump implements ast.Node.
func (n *FigureCredit) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// figures is the goldmark extension for figure blocks.
type figures struct{}

// Extend implements goldmark.Extender.
func (figures) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithBlockParsers(util.Prioritized(figureParser{}, 650)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(figureRenderer{}, 650)))
}

// figureParser reads figure blocks.
type figureParser struct{}

func (figureParser) Trigger() []byte { return []byte{':'} }

func (figureParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	line, _ := reader.PeekLine()
	if string(bytes.TrimSpace(line)) != figureOpen {
		return nil, parser.NoChildren
	}
	reader.AdvanceToEOL()
	return &Figure{}, parser.NoChildren
}

func (figureParser) Continue(node ast.Node, reader text.Reader, pc parser.Context) parser.State {
	line, seg := reader.PeekLine()
	if line == nil {
		return parser.Close
	}
	if string(bytes.TrimSpace(line)) == figureClose {
		reader.AdvanceToEOL()
		return parser.Close
	}
	if !util.IsBlank(line) {
		seg = seg.TrimLeftSpace(reader.Source())
		node.Lines().Append(seg.TrimRightSpace(reader.Source()))
	}
	reader.AdvanceToEOL()
	return parser.Continue | parser.NoChildren
}

// Close splits the block's lines into the caption and the credit.
func (figureParser) Close(node ast.Node, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	lines := node.Lines()
	n := lines.Len()
	capt := &FigureCaption{}
	var last text.Segment
	if n >= 2 {
		last = lines.At(n - 1)
	}
	if n >= 2 && bytes.HasPrefix(last.Value(src), []byte(creditPrefix)) {
		credit := &FigureCredit{}
		seg := text.NewSegment(last.Start+len(creditPrefix), last.Stop)
		credit.Lines().Append(seg.TrimLeftSpace(src))
		n--
		defer node.AppendChild(node, credit)
	}
	for i := range n {
		capt.Lines().Append(lines.At(i))
	}
	node.AppendChild(node, capt)
}

// CanInterruptParagraph lets a figure stand right under a paragraph.
func (figureParser) CanInterruptParagraph() bool { return true }
func (figureParser) CanAcceptIndentedLine() bool { return false }

// figureRenderer writes figure blocks as HTML.
type figureRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (figureRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindFigure, func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString("<figure><figcaption>")
		} else {
			_, _ = w.WriteString("</figcaption></figure>\n")
		}
		return ast.WalkContinue, nil
	})
	reg.Register(KindFigureCaption, func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkContinue, nil
	})
	reg.Register(KindFigureCredit, func(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.WriteString(` <span class="credit">`)
		} else {
			_, _ = w.WriteString("</span>")
		}
		return ast.WalkContinue, nil
	})
}

// writeFigure writes a caption paragraph as a figure block.
func writeFigure(b *strings.Builder, caption, credit, sep string) bool {
	caption, credit = figureText(caption, credit)
	if caption == "" {
		return false
	}
	b.WriteString(sep)
	b.WriteString(figureOpen + "\n")
	writeEscaped(b, caption, "")
	b.WriteByte('\n')
	if credit != "" {
		b.WriteString(creditPrefix + " ")
		writeEscaped(b, credit, "")
		b.WriteByte('\n')
	}
	b.WriteString(figureClose)
	return true
}

// figureText returns the caption and credit a figure block shows, each on
// one line: a credit with no caption becomes the caption, so that no word
// is lost, and both empty give an empty caption (no block).
func figureText(caption, credit string) (string, string) {
	caption, credit = oneLine(caption), oneLine(credit)
	if strings.Trim(caption, " \t") == "" {
		caption, credit = credit, ""
	}
	if strings.Trim(credit, " \t") == "" {
		credit = ""
	}
	if strings.Trim(caption, " \t") == "" {
		caption = ""
	}
	return caption, credit
}

// oneLine joins the lines of s with spaces: a figure's caption and credit
// are one line each.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// writeFigureHTML writes a caption paragraph as Render writes its figure
// block.
func writeFigureHTML(b *strings.Builder, caption, credit string) {
	caption, credit = figureText(caption, credit)
	if caption == "" {
		return
	}
	b.WriteString("<figure><figcaption>")
	eachVisibleLine(caption, func(line string, first bool) { writeHTMLText(b, line) })
	if credit != "" {
		b.WriteString(` <span class="credit">`)
		eachVisibleLine(credit, func(line string, first bool) { writeHTMLText(b, line) })
		b.WriteString("</span>")
	}
	b.WriteString("</figcaption></figure>\n")
}
