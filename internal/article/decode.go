package article

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"broadsheet/internal/diag"
)

// srcLine is one line of the decoded article with its 1-based line number
// in the file, so every later diagnostic can point at the right place.
type srcLine struct {
	text string
	num  int
}

// decode turns the raw bytes into normalised lines: UTF-8 (with Windows-1252
// as the fallback for bytes that are not), LF line endings, single spaces,
// no leading or trailing space. It returns ok=false when the input is not an
// article at all (empty or binary), with the error already in d.
func decode(path string, src []byte, d *diag.List) ([]srcLine, bool) {
	if len(src) == 0 {
		d.Errorf(path, 0, "empty file")
		return nil, false
	}
	src = fromUTF16(path, src, d)
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if msg := binaryReason(src); msg != "" {
		d.Errorf(path, 0, "%s; not a text article", msg)
		return nil, false
	}
	text := toUTF8(path, src, d)
	lines := splitLines(path, text, d)
	for _, l := range lines {
		if l.text != "" {
			return lines, true
		}
	}
	d.Errorf(path, 0, "empty file: only white space")
	return nil, false
}

// fromUTF16 decodes input that starts with a UTF-16 byte-order mark; such
// files come from Windows editors and would otherwise look binary.
func fromUTF16(path string, src []byte, d *diag.List) []byte {
	if len(src) < 2 || !(src[0] == 0xff && src[1] == 0xfe || src[0] == 0xfe && src[1] == 0xff) {
		return src
	}
	dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
	out, err := dec.Bytes(src)
	if err != nil {
		return src
	}
	d.Warnf(path, 1, "file is UTF-16; decoded it (save it as UTF-8 to silence this)")
	return out
}

// binaryReason says why src is not text, or returns "" when it is.
// A NUL byte never occurs in text; a high share of other control bytes
// means an image, an archive or a word-processor file.
func binaryReason(src []byte) string {
	if bytes.IndexByte(src, 0) >= 0 {
		return "binary file (it contains NUL bytes)"
	}
	ctl, i := 0, 0
	for ; i+8 <= len(src); i += 8 {
		// Most words of text hold no byte below 0x20 and no DEL: skip them
		// whole, and count the others byte by byte.
		if x := binary.LittleEndian.Uint64(src[i:]); !hasControl(x) {
			continue
		}
		for _, b := range src[i : i+8] {
			ctl += int(controlByte[b])
		}
	}
	for _, b := range src[i:] {
		ctl += int(controlByte[b])
	}
	if ctl > 8 && ctl*10 > len(src) {
		return "binary file (mostly control characters)"
	}
	return ""
}

// hasControl reports whether one of the eight bytes of x is below 0x20
// or is 0x7f (the usual exact tests for a byte below a bound and for a
// zero byte).
func hasControl(x uint64) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	del := x ^ 0x7f*ones
	return (x-0x20*ones)&^x&highs != 0 || ^(((del&lows)+lows)|del|lows) != 0
}

// controlByte is 1 for the control bytes that do not occur in text.
var controlByte = func() (t [256]uint8) {
	for b := 0; b < 0x20; b++ {
		if b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' {
			t[b] = 1
		}
	}
	t[0x7f] = 1
	return t
}()

// toUTF8 returns src as a string, decoding each byte that is not part of a
// valid UTF-8 sequence as Windows-1252. Decoding byte by byte, rather than
// the whole file, keeps the good UTF-8 of a file that has a few stray
// Windows-1252 quotes pasted into it. One warning covers the whole file.
func toUTF8(path string, src []byte, d *diag.List) string {
	if utf8.Valid(src) {
		return string(src)
	}
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	n, undefined, firstLine, line := 0, 0, 0, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			r = charmap.Windows1252.DecodeByte(src[i])
			n++
			if firstLine == 0 {
				firstLine = line
			}
			if r == utf8.RuneError {
				// 0x81, 0x8D, 0x8F, 0x90 and 0x9D mean nothing in Windows-1252.
				undefined++
				i++
				continue
			}
		}
		if r == '\n' {
			line++
		}
		b.WriteRune(r)
		i += size
	}
	d.Warnf(path, firstLine, "not valid UTF-8: decoded %d byte(s) as Windows-1252", n)
	if undefined > 0 {
		d.Warnf(path, firstLine, "removed %d byte(s) that mean nothing in Windows-1252", undefined)
	}
	return b.String()
}

// splitLines splits on LF, CRLF or a lone CR and normalises each line.
func splitLines(path string, text string, d *diag.List) []srcLine {
	// A file ends its lines with LF, CRLF or lone CRs: the more common of
	// the two bytes is the count of lines, or near it in a mixed file.
	lines := make([]srcLine, 0, max(strings.Count(text, "\n"), strings.Count(text, "\r"))+1)
	removed, firstLine := 0, 0
	num := 1
	ends := newLineEnds(text)
	for pos := 0; pos < len(text) || num == 1; num++ {
		i := ends.next(pos)
		raw := text[pos:i]
		pos = i + 1
		if i+1 < len(text) && text[i] == '\r' && text[i+1] == '\n' {
			pos++
		}
		clean, n := normalizeLine(raw)
		if n > 0 && firstLine == 0 {
			firstLine = num
		}
		removed += n
		lines = append(lines, srcLine{clean, num})
		if i == len(text) {
			break
		}
	}
	if removed > 0 {
		d.Warnf(path, firstLine, "removed %d control character(s)", removed)
	}
	return lines
}

// lineEnds finds the ends of lines in a text whose ends may be LF, CRLF
// or a lone CR. It remembers where the next CR and the next LF are, and
// looks again for one only once a line has passed it: looking for "the
// first CR or LF" from every line's start would scan the rest of a file of
// lone CRs for an LF on every line, which is quadratic.
type lineEnds struct {
	text   string
	cr, lf int // the next CR and LF at or after the last position asked; len(text) when none
}

// newLineEnds prepares to find the line ends of text.
func newLineEnds(text string) lineEnds {
	e := lineEnds{text: text, cr: -1, lf: -1}
	if strings.IndexByte(text, '\r') < 0 {
		e.cr = len(text) // no CR at all: never look for one
	}
	return e
}

// next returns the index of the first CR or LF at or after pos, or
// len(text) when there is none. pos never decreases between calls.
func (e *lineEnds) next(pos int) int {
	if e.cr < pos {
		e.cr = indexFrom(e.text, pos, '\r')
	}
	if e.lf < pos {
		e.lf = indexFrom(e.text, pos, '\n')
	}
	return min(e.cr, e.lf)
}

// indexFrom returns the index of the first c in s at or after pos, or
// len(s) when there is none.
func indexFrom(s string, pos int, c byte) int {
	if i := strings.IndexByte(s[pos:], c); i >= 0 {
		return pos + i
	}
	return len(s)
}

// normalizeLine turns tabs, no-break and other odd spaces into single
// spaces, trims the ends, drops invisible characters and returns how many
// control characters it removed.
func normalizeLine(s string) (string, int) {
	if isPlain(s) {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s))
	removed, space := 0, false
	for _, r := range s {
		switch {
		case isSpace(r):
			space = true
			continue
		case isInvisible(r):
			continue // zero-width space, stray BOM, word joiner, soft hyphen
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
			removed++
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String(), removed
}

// isPlain reports whether normalizeLine would return s unchanged:
// printable text with single inner spaces, the common case that needs no
// copy. Curly quotes, dashes and accented letters are plain too.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	// Eight bytes at a time while they are printable ASCII and spaces with
	// no space doubled; the first eight that are anything else, and the
	// tail, go byte by byte.
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if i > 0 && s[i-1] == ' ' && s[i] == ' ' {
			return false
		}
		if !plainWord(load64(s[i : i+8])) {
			break
		}
	}
	if i > 0 && i < len(s) && s[i-1] == ' ' && s[i] == ' ' {
		return false
	}
	return isPlainFrom(s, i)
}

// load64 reads eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainWord reports whether the eight bytes of x are all printable ASCII
// or single spaces: none below 0x20, none from 0x7f up, no two adjacent
// spaces. (The tests are the usual ones for a byte below a bound and for
// a zero byte, each exact for any byte of x.)
func plainWord(x uint64) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	below20 := (x - 0x20*ones) &^ x & highs
	del := x ^ 0x7f*ones
	is7f := ^(((del & lows) + lows) | del | lows)
	sp := x ^ 0x20*ones
	spaces := ^(((sp & lows) + lows) | sp | lows) // 0x80 in each space byte
	return below20|x&highs|is7f|spaces&(spaces>>8) == 0
}

// isPlainFrom is isPlain byte by byte from i, where s[i-1] and s[i] are
// not both spaces.
func isPlainFrom(s string, i int) bool {
	for ; i < len(s); i++ {
		c := s[i]
		if c-0x21 < 0x7f-0x21 {
			continue // printable ASCII
		}
		if c == ' ' {
			if s[i+1] == ' ' {
				return false
			}
			continue
		}
		if c < utf8.RuneSelf {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || isSpace(r) || isInvisible(r) || r <= 0x9f {
			return false
		}
		i += size - 1
	}
	return true
}

// isInvisible reports the characters normalizeLine drops: zero-width
// space, a stray byte-order mark, word joiner and soft hyphen.
func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\ufeff' || r == '\u2060' || r == '\u00ad'
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\v', '\f', '\u00a0', '\u0085', '\u1680', '\u202f', '\u205f', '\u3000', '\u2028', '\u2029':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}
