package markdown

import (
	"strings"
	"unicode/utf8"
)

// Escape returns a plain-text paragraph as Markdown that the Renderer shows
// as exactly the typed characters, inside a single paragraph, with no
// emphasis, links, code, HTML, entities, tables or strikethrough.
//
// The text is normalised the way CommonMark would normalise it anyway, so
// that what is escaped is also what is shown:
//   - CR LF and lone CR become LF; each line loses its leading and trailing
//     spaces and tabs (leading ones would make code blocks, trailing ones
//     hard breaks); lines left empty are dropped, since a blank line would
//     end the paragraph;
//   - NUL becomes U+FFFD, as CommonMark requires, and so do bytes that are
//     not valid UTF-8.
//
// Everything else comes out as typed. Escape returns "" for a paragraph
// with no visible characters.
func Escape(paragraph string) string {
	var b strings.Builder
	b.Grow(len(paragraph) + len(paragraph)/8)
	writeEscaped(&b, paragraph, "")
	return b.String()
}

// writeEscaped writes Escape(paragraph) to b, preceded by sep unless the
// paragraph has nothing to write, and reports whether it wrote anything.
func writeEscaped(b *strings.Builder, paragraph, sep string) bool {
	return eachVisibleLine(paragraph, func(line string, first bool) {
		if first {
			b.WriteString(sep)
		} else {
			b.WriteByte('\n')
		}
		if first && videoOf(line) != nil {
			// A plain-text paragraph that is a video link stays text:
			// the Renderer turns only unescaped links into videos.
			scheme, rest, _ := strings.Cut(line, ":")
			b.WriteString(scheme + "\\:")
			line = rest
		}
		escapeInline(b, escapeLineStart(b, line))
	})
}

// eachVisibleLine calls f for each line of paragraph that has something to
// show, trimmed of spaces and tabs, with invalid UTF-8 replaced; first is
// true for the first such line. It reports whether it called f. Escape and
// PlainHTML both walk paragraphs with it, so the Markdown and the HTML
// written without goldmark keep the same lines.
func eachVisibleLine(paragraph string, f func(line string, first bool)) bool {
	if !utf8.ValidString(paragraph) {
		paragraph = strings.ToValidUTF8(paragraph, "\uFFFD")
	}
	wrote := false
	for len(paragraph) > 0 {
		var line string
		line, paragraph = cutLine(paragraph)
		line = strings.Trim(line, " \t")
		if line == "" {
			continue
		}
		f(line, !wrote)
		wrote = true
	}
	return wrote
}

// cutLine splits s after its first line ending: LF, CR LF or a lone CR.
func cutLine(s string) (line, rest string) {
	i := strings.IndexAny(s, "\r\n")
	if i < 0 {
		return s, ""
	}
	if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
		return s[:i], s[i+2:]
	}
	return s[:i], s[i+1:]
}

// escapeLineStart writes the escaped opening of a line that could start a
// block: ATX headings (#), block quotes (>), bullets and thematic breaks
// (- +), setext underlines (= -), table delimiter rows (:) and ordered
// list markers ("1." "2024)"). It returns the part of line still to write.
// The characters that are special anywhere (* _ ` ~ < [ | \ &) are left to
// escapeInline.
func escapeLineStart(b *strings.Builder, line string) string {
	switch c := line[0]; {
	case c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == ':':
		b.WriteByte('\\')
		b.WriteByte(c)
		return line[1:]
	case isDigit(c):
		n := 1
		for n < len(line) && isDigit(line[n]) {
			n++
		}
		if n < len(line) && (line[n] == '.' || line[n] == ')') && endsMarker(line, n+1) {
			b.WriteString(line[:n])
			b.WriteByte('\\')
			b.WriteByte(line[n])
			return line[n+1:]
		}
	}
	return line
}

// endsMarker reports whether a list marker ending just before i is followed
// by what makes it one: the end of the line, a space or a tab.
func endsMarker(line string, i int) bool {
	return i == len(line) || line[i] == ' ' || line[i] == '\t'
}

// escapeInline writes s with a backslash before every character that
// Markdown treats as inline syntax, and NUL replaced. Runs of ordinary
// bytes are copied in one go: most prose has nothing to escape.
func escapeInline(b *strings.Builder, s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !inlineSpecial[c] {
			continue
		}
		b.WriteString(s[start:i])
		start = i + 1
		switch {
		case c == 0:
			b.WriteString("\uFFFD")
		case c == '&' && !startsReference(s[i+1:]):
			b.WriteByte(c)
		default:
			b.WriteByte('\\')
			b.WriteByte(c)
		}
	}
	b.WriteString(s[start:])
}

// inlineSpecial marks the bytes escapeInline must look at. Emphasis (* _),
// code spans and fences (`), strikethrough and fences (~), raw HTML and
// autolinks (<), links, images and link reference definitions ([), table
// cells (|), escapes and hard breaks (\) and character references (&).
// A closing ] or an opening ! does nothing without an unescaped [, and >
// only matters at the start of a line.
var inlineSpecial = [256]bool{
	0: true, '*': true, '_': true, '`': true, '~': true, '<': true,
	'[': true, '|': true, '\\': true, '&': true,
}

// startsReference reports whether s, the text after an '&', could make
// that '&' start an entity or numeric character reference such as &copy;,
// &#123; or &#x1F;. A bare '&' as in "AT&T" or "R & D" stays as typed.
func startsReference(s string) bool {
	i := 0
	if i < len(s) && s[i] == '#' {
		i++
	}
	n := i
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	return i > n && i < len(s) && s[i] == ';'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isAlnum(c byte) bool {
	return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
