package markdown

import (
	"html/template"
	"strings"

	"broadsheet/internal/article"
)

// PlainHTML returns the HTML that Render gives for the body FromArticle
// writes from paragraphs, without writing or parsing Markdown. Escape
// turns each paragraph into Markdown that goldmark renders as one <p>
// holding exactly the paragraph's text after Escape's normalisation, so
// that HTML can be written straight from the text: the lines that are
// left, joined by line feeds, with &, <, > and " escaped as goldmark's
// writer escapes them. Tests compare the two on the article corpus and
// on fuzzed text.
func (r *Renderer) PlainHTML(paragraphs []article.Paragraph) template.HTML {
	n := 0
	for _, p := range paragraphs {
		n += len(p.Text) + len("<p></p>\n")
	}
	var b strings.Builder
	b.Grow(n + n/32)
	for _, p := range paragraphs {
		if p.Caption {
			writeFigureHTML(&b, p.Text, p.Credit)
			continue
		}
		writeParagraphHTML(&b, p.Text)
	}
	// Safe: every character of the text is escaped for HTML.
	return template.HTML(b.String())
}

// writeParagraphHTML writes one paragraph as goldmark writes it once
// escaped: the lines Escape keeps, each trimmed of spaces and tabs, in
// one <p>. A paragraph with nothing to show writes nothing.
func writeParagraphHTML(b *strings.Builder, paragraph string) {
	wrote := eachVisibleLine(paragraph, func(line string, first bool) {
		if first {
			b.WriteString("<p>")
		} else {
			b.WriteByte('\n')
		}
		writeHTMLText(b, line)
	})
	if wrote {
		b.WriteString("</p>\n")
	}
}

// writeHTMLText writes text with the characters goldmark's writer escapes
// (& < > ") as references, and NUL as U+FFFD. Runs of other bytes are
// copied in one go.
func writeHTMLText(b *strings.Builder, text string) {
	start := 0
	for i := 0; i < len(text); i++ {
		var ref string
		switch text[i] {
		case '&':
			ref = "&amp;"
		case '<':
			ref = "&lt;"
		case '>':
			ref = "&gt;"
		case '"':
			ref = "&quot;"
		case 0:
			ref = "\uFFFD"
		default:
			continue
		}
		b.WriteString(text[start:i])
		b.WriteString(ref)
		start = i + 1
	}
	b.WriteString(text[start:])
}
