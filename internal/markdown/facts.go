package markdown

import (
	"strings"
	"unicode/utf8"

	"broadsheet/internal/article"
)

// textFacts gathers the lead and the word count of a body from its visible
// text, fed block by block. Render's walk over goldmark's syntax tree and
// PlainFacts over plain-text paragraphs both go through it, so the lead
// and word count of an article do not depend on which of the two made them.
type textFacts struct {
	words    wordCounter
	lead     []byte
	inLead   bool // inside the first paragraph
	leadDone bool // the first paragraph has been read
}

// block marks the start or the end of a block: blocks never share a word.
func (f *textFacts) block() { f.words.end() }

// paragraph marks entering or leaving a paragraph; the first one is the lead's.
func (f *textFacts) paragraph(entering bool) {
	f.inLead = entering && !f.leadDone
	f.leadDone = f.leadDone || !entering
}

// add takes in a piece of visible text.
func (f *textFacts) add(b []byte) {
	f.words.feed(b)
	if f.inLead {
		f.lead = append(f.lead, b...)
	}
}

// result returns the lead, cut to at most leadMax characters, and the words.
func (f *textFacts) result(leadMax int) (string, int) {
	f.words.end()
	return lead(string(f.lead), leadMax), f.words.n
}

// PlainFacts returns the Lead and Words that Render gives for the body
// FromArticle writes from paragraphs, without writing or parsing Markdown:
// an escaped paragraph shows exactly its text after Escape's normalisation
// (see the package doc), so the paragraphs are the visible text already.
func (r *Renderer) PlainFacts(paragraphs []article.Paragraph) (lead string, words int) {
	var f textFacts
	var scratch []byte
	for _, p := range paragraphs {
		text := p.Text
		if p.Caption {
			scratch = f.figure(scratch, text, p.Credit)
			continue
		}
		if strings.Trim(text, " \t\r\n") == "" {
			continue // Escape writes nothing for it: no paragraph on the page
		}
		f.block()
		f.paragraph(true)
		scratch = appendShown(scratch[:0], text)
		f.add(scratch)
		f.paragraph(false)
		f.block()
	}
	return f.result(r.leadMax)
}

// appendShown appends the characters of a plain paragraph as its escaped
// Markdown shows them: bytes that are not valid UTF-8 and NUL become
// U+FFFD. Line endings and the spaces Escape trims are left, since they
// separate words and the lead closes up white space anyway.
func appendShown(dst []byte, text string) []byte {
	if utf8.ValidString(text) && strings.IndexByte(text, 0) < 0 {
		return append(dst, text...)
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	return append(dst, strings.ReplaceAll(text, "\x00", "\uFFFD")...)
}

// figure takes in the words of a figure block, which are not the lead.
func (f *textFacts) figure(scratch []byte, caption, credit string) []byte {
	caption, credit = figureText(caption, credit)
	if caption == "" {
		return scratch
	}
	f.block()
	scratch = appendShown(scratch[:0], caption)
	f.add(scratch)
	if credit != "" {
		f.block()
		scratch = appendShown(scratch[:0], credit)
		f.add(scratch)
	}
	f.block()
	return scratch
}
