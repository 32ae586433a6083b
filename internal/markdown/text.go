package markdown

import (
	"bufio"
	"bytes"
	"html"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// scanText walks a parsed body once and returns the number of words of its
// visible text and the visible text of its first paragraph. Visible means
// what the HTML shows: escapes and character references decoded, raw HTML
// (omitted in safe mode) and image descriptions left out.
func scanText(doc ast.Node, src []byte) (words int, firstParagraph string) {
	s := textScan{src: src}
	_ = ast.Walk(doc, s.visit) // visit never fails
	s.words.end()
	return s.words.n, string(s.lead)
}

// textScan is the state of one scanText walk.
type textScan struct {
	src      []byte
	words    wordCounter
	lead     []byte
	inLead   bool // inside the first paragraph
	leadDone bool // the first paragraph has been read
}

func (s *textScan) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if n.Type() == ast.TypeBlock {
		s.words.end() // blocks never share a word
	}
	switch n := n.(type) {
	case *ast.Paragraph:
		s.inLead = entering && !s.leadDone
		s.leadDone = s.leadDone || !entering
	case *ast.RawHTML, *ast.HTMLBlock, *ast.Image:
		return ast.WalkSkipChildren, nil
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		if entering {
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				s.add(seg.Value(s.src))
			}
		}
	case *ast.AutoLink:
		if entering {
			s.add(n.Label(s.src))
		}
	case *ast.String:
		if entering {
			s.add(visible(n.Value, n.IsRaw() || n.IsCode()))
		}
	case *ast.Text:
		if entering {
			s.add(visible(n.Segment.Value(s.src), n.IsRaw()))
			if n.SoftLineBreak() || n.HardLineBreak() {
				s.add([]byte{' '})
			}
		}
	}
	return ast.WalkContinue, nil
}

// add takes in a piece of visible text.
func (s *textScan) add(b []byte) {
	s.words.feed(b)
	if s.inLead {
		s.lead = append(s.lead, b...)
	}
}

// visible returns the text a Text node's bytes show on the page. Raw text
// (code spans) is shown as is; other text goes through goldmark's own
// writer, so backslash escapes and character references are decoded
// exactly as in the HTML.
func visible(v []byte, raw bool) []byte {
	if raw || bytes.IndexAny(v, "\\&\x00") < 0 {
		return v
	}
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, len(v)+16)
	gmhtml.DefaultWriter.Write(w, v)
	_ = w.Flush() // a bytes.Buffer does not fail
	return []byte(html.UnescapeString(buf.String()))
}

// wordCounter counts words: runs of non-space characters that hold at least
// one letter or digit, so a lone dash or bullet is not a word.
type wordCounter struct {
	n      int
	inWord bool
	alnum  bool
}

func (w *wordCounter) feed(b []byte) {
	for i := 0; i < len(b); {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		i += size
		if unicode.IsSpace(r) {
			w.end()
			continue
		}
		w.inWord = true
		w.alnum = w.alnum || unicode.IsLetter(r) || unicode.IsNumber(r)
	}
}

// end closes the current word, if any.
func (w *wordCounter) end() {
	if w.inWord && w.alnum {
		w.n++
	}
	w.inWord, w.alnum = false, false
}
