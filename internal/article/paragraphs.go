package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is one paragraph of the article before it is given a role.
type para struct {
	text  string
	line  int  // line of the file it starts on
	end   int  // line of the file it ends on
	glued bool // no blank line between it and the previous paragraph
	keep  bool // must stay in the body (a header line with an unknown key)

	onHeader bool // ran on from a header line, as pasted captions do

	figure bool   // a photo caption shown where it stands
	credit string // the photo credit of a figure
}

// listMarkers open a list entry when a space follows them; so does a
// number of one to three digits with "." or ")".
const listMarkers = "*•·‣▪◦–—+-"

// listPrefix returns the length of the list marker and the space after it
// that open s ("- ", "• ", "12. ", "3) "), or 0 when s is not a list entry.
// Such a line always starts a paragraph of its own.
func listPrefix(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && strings.ContainsRune(listMarkers, r) {
		if n < len(s) && isRegexpSpace(rune(s[n])) {
			return n + 1
		}
		return 0
	}
	d := 0
	for d < len(s) && d < 4 && '0' <= s[d] && s[d] <= '9' {
		d++
	}
	if d == 0 || d > 3 || d+1 >= len(s) || s[d] != '.' && s[d] != ')' || !isRegexpSpace(rune(s[d+1])) {
		return 0
	}
	return d + 2
}

// isListItem reports whether s opens a list entry.
func isListItem(s string) bool { return listPrefix(s) > 0 }

// Wrap widths outside this range are not hard wraps: a "width" of 20 is a
// list, one of 300 is a web paragraph.
const (
	minWrap = 30
	maxWrap = 110
)

// splitParagraphs groups lines into paragraphs. Blank lines always separate
// paragraphs. Inside a run of lines, a line break is a hard wrap (joined
// with a space) when the file is hard-wrapped and the line was full, or
// when the next line plainly continues the sentence; otherwise each line is
// a paragraph of its own, as in web copy.
func splitParagraphs(lines []srcLine) []para {
	width := wrapWidth(lines)
	var out []para
	if n := blocks(lines); n > 0 {
		out = make([]para, 0, n) // at least one paragraph per block
	}
	var curBuf [16]string // the lines of the paragraph being read
	cur := curBuf[:0]
	start, end, glued := 0, 0, false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, para{text: strings.Join(cur, " "), line: start, end: end, glued: glued})
			cur = cur[:0]
		}
	}
	for i, l := range lines {
		if l.text == "" {
			flush()
			glued = false
			continue
		}
		if len(cur) > 0 && !joins(lines[i-1].text, l.text, width) {
			flush()
			glued = true
		}
		if len(cur) == 0 {
			start = l.num
		}
		cur = append(cur, l.text)
		end = l.num
	}
	flush()
	return out
}

// blocks counts the runs of non-blank lines.
func blocks(lines []srcLine) int {
	n, blank := 0, true
	for _, l := range lines {
		if l.text != "" && blank {
			n++
		}
		blank = l.text == ""
	}
	return n
}

// joins decides whether the break between prev and next is a hard wrap.
func joins(prev, next string, width int) bool {
	if isListItem(next) || isEmailAddress(next) {
		return false // an address under a byline is a line of its own
	}
	if continues(prev, next) {
		// A routing slug and the copyright line under it are lines of
		// their own: "BC-Ferry-Fire-NYT" / "c.2026 The New York Times ...".
		return !isRoutingSlug(prev) && !isCopyrightLine(next)
	}
	return width > 0 && (fills(prev, next, width) || midSentence(prev, width))
}

// midSentence reports a long line of hard-wrapped copy that stops short of
// the width without ending a sentence: wrapped by hand, before a name
// ("... said Mayor" / "Olga Example of Meridian Falls.").
func midSentence(prev string, width int) bool {
	if runeCount(prev)*3 < width*2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(`.!?:;"”’)]`, last)
}

// continues reports a break in mid-sentence: the line does not end a
// sentence and the next starts with a lower-case letter.
func continues(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(r) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return !strings.ContainsRune(`.!?:;"”’)]`, last)
}

// fills reports whether prev was broken because the next word would not
// fit in width: the mark of greedy wrapping. Two columns of slack cover
// wrappers that count bytes, not characters.
func fills(prev, next string, width int) bool {
	n := runeCount(prev)
	if n > width+2 || n*2 < width {
		return false
	}
	return n+1+firstWordLen(next) > width-2
}

func firstWordLen(s string) int {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	return runeCount(s)
}

// wrapWidth finds the width the file was hard-wrapped at, or 0 when it was
// not. Every line followed by another non-blank line votes for the widths
// at which greedy wrapping would have broken it there; the file is
// hard-wrapped when one width explains most breaks and some of them fall in
// mid-sentence (a list of short lines explains itself at any width but
// never continues a sentence).
func wrapWidth(lines []srcLine) int {
	var votes [maxWrap + 2]int
	breaks, midSentence := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		prev, next := lines[i].text, lines[i+1].text
		lo := runeCount(prev)
		if lo < minWrap || next == "" || isListItem(next) {
			continue // a short line says nothing about wrapping
		}
		breaks++
		if continues(prev, next) {
			midSentence++
		}
		hi := lo + firstWordLen(next)
		for w := max(lo, minWrap); w <= min(hi, maxWrap); w++ {
			votes[w]++
		}
	}
	best := 0
	for w := minWrap; w <= maxWrap; w++ {
		if votes[w] > votes[best] {
			best = w
		}
	}
	if breaks == 0 || votes[best] < 2 || midSentence*4 < breaks {
		return 0
	}
	if votes[best]*10 < breaks*6 {
		// Wrapped by hand, at no one width: when most breaks fall in
		// mid-sentence, the longest line that breaks is the width.
		if breaks < 3 || midSentence*2 < breaks {
			return 0
		}
		return longestBreak(lines)
	}
	return best
}

// longestBreak is the length of the longest line followed by another
// non-blank line, within the wrap widths.
func longestBreak(lines []srcLine) int {
	w := 0
	for i := 0; i+1 < len(lines); i++ {
		if lines[i+1].text != "" {
			w = max(w, runeCount(lines[i].text))
		}
	}
	return min(max(w, minWrap), maxWrap)
}
