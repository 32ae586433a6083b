package markdown

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// scanText walks a parsed body once and feeds the visible text to f, as
// the page shows it: escapes and character references decoded, raw HTML
// (omitted in safe mode) and image descriptions left out.
//
// The scan allocates nothing but the lead: decoded text goes through one
// scratch buffer, reused from node to node.
func scanText(doc ast.Node, src []byte, f *textFacts) {
	s := textScan{src: src, facts: f}
	_ = ast.Walk(doc, s.visit) // visit never fails
}

// textScan is the state of one scanText walk.
type textScan struct {
	src     []byte
	facts   *textFacts
	scratch []byte // decoded text of the current node
}

func (s *textScan) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if n.Type() == ast.TypeBlock {
		s.facts.block()
	}
	switch n := n.(type) {
	case *ast.Paragraph:
		s.facts.paragraph(entering)
	case *ast.RawHTML, *ast.HTMLBlock, *ast.Image:
		return ast.WalkSkipChildren, nil
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		if entering {
			lines := n.Lines()
			for i := range lines.Len() {
				seg := lines.At(i)
				s.facts.add(seg.Value(s.src))
			}
		}
	case *ast.AutoLink:
		if entering {
			s.facts.add(n.Label(s.src))
		}
	case *ast.String:
		if entering {
			s.facts.add(s.visible(n.Value, n.IsRaw() || n.IsCode()))
		}
	case *ast.Text:
		if entering {
			s.facts.add(s.visible(n.Segment.Value(s.src), n.IsRaw()))
			if n.SoftLineBreak() || n.HardLineBreak() {
				s.facts.add(space)
			}
		}
	}
	return ast.WalkContinue, nil
}

var space = []byte{' '}

// visible returns the text a Text node's bytes show on the page. Raw text
// (code spans) is shown as is; other text is decoded the way goldmark's
// HTML writer decodes it (see appendVisible). The result may be the
// scan's scratch buffer, valid until the next call.
func (s *textScan) visible(v []byte, raw bool) []byte {
	if raw || bytes.IndexAny(v, "\\&\x00") < 0 {
		return v
	}
	s.scratch = appendVisible(s.scratch[:0], v)
	return s.scratch
}

// appendVisible appends to dst the text that goldmark's default HTML
// writer shows for v: a backslash before ASCII punctuation is dropped,
// NUL becomes U+FFFD, and character references (named HTML5 entities,
// "&#123;", "&#x7B;") become their characters, an invalid code point
// U+FFFD. It follows (*defaultWriter).Write step by step, writing
// characters instead of escaped HTML, so the words and the lead are
// exactly the text of the page.
func appendVisible(dst, v []byte) []byte {
	escaped := false
	n := 0 // start of the bytes not yet copied
	for i := 0; i < len(v); i++ {
		c := v[i]
		if escaped && util.IsPunct(c) {
			dst = append(dst, v[n:i-1]...)
			n, escaped = i, false
			continue
		}
		switch c {
		case 0:
			dst = append(append(dst, v[n:i]...), "\uFFFD"...)
			n, escaped = i+1, false
			continue
		case '&':
			if end, text, ok := charRef(v, i); ok {
				dst = append(append(dst, v[n:i]...), text...)
				i, n = end-1, end
				escaped = false
				continue
			}
		case '\\':
			escaped = true
			continue
		}
		escaped = false
	}
	return append(dst, v[n:]...)
}

// charRef decodes the character reference at v[i] (an '&'), returning the
// offset after its ';' and its characters, as goldmark's writer does.
func charRef(v []byte, i int) (end int, text []byte, ok bool) {
	next := i + 1
	if next < len(v) && v[next] == '#' {
		start, base, digits, isDigit := next+1, 10, 8, util.IsNumeric
		if start < len(v) && (v[start] == 'x' || v[start] == 'X') {
			start, base, digits, isDigit = start+1, 16, 7, util.IsHexDecimal
		} else if start >= len(v) || v[start] < '0' || v[start] > '9' {
			return 0, nil, false
		}
		j, found := util.ReadWhile(v, [2]int{start, len(v)}, isDigit)
		if !found || j >= len(v) || v[j] != ';' || j-start >= digits {
			return 0, nil, false
		}
		n, _ := strconv.ParseUint(util.BytesToReadOnlyString(v[start:j]), base, 32)
		return j + 1, utf8.AppendRune(nil, util.ToValidRune(rune(n))), true
	}
	j, found := util.ReadWhile(v, [2]int{next, len(v)}, util.IsAlphaNumeric)
	if !found || j >= len(v) || v[j] != ';' {
		return 0, nil, false
	}
	e, found := util.LookUpHTML5EntityByName(util.BytesToReadOnlyString(v[next:j]))
	if !found {
		return 0, nil, false
	}
	return j + 1, e.Characters, true
}

// wordCounter counts words: runs of non-space characters that hold at least
// one letter or digit, so a lone dash or bullet is not a word.
type wordCounter struct {
	n      int
	inWord bool
	alnum  bool
}

func (w *wordCounter) feed(b []byte) {
	// The state lives in locals for the loop, and one table lookup per
	// byte classifies ASCII, which most text is, without unicode's tables.
	n, inWord, alnum := w.n, w.inWord, w.alnum
	for i := 0; i < len(b); {
		switch byteClass[b[i]] {
		case spaceByte:
			if inWord && alnum {
				n++
			}
			inWord, alnum = false, false
			i++
			continue
		case alnumByte:
			inWord, alnum = true, true
			i++
			continue
		case otherByte:
			inWord = true
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		i += size
		if unicode.IsSpace(r) {
			if inWord && alnum {
				n++
			}
			inWord, alnum = false, false
			continue
		}
		inWord = true
		alnum = alnum || unicode.IsLetter(r) || unicode.IsNumber(r)
	}
	w.n, w.inWord, w.alnum = n, inWord, alnum
}

// asciiSpace holds the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Classes of bytes for wordCounter.feed. A byte from utf8.RuneSelf up
// starts a multi-byte character, which is looked at as a rune.
const (
	multiByte = iota
	spaceByte
	alnumByte
	otherByte
)

// byteClass classifies every byte for wordCounter.feed.
var byteClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case asciiSpace[c]:
			t[c] = spaceByte
		case 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9':
			t[c] = alnumByte
		default:
			t[c] = otherByte
		}
	}
	return t
}()

// end closes the current word, if any.
func (w *wordCounter) end() {
	if w.inWord && w.alnum {
		w.n++
	}
	w.inWord, w.alnum = false, false
}
