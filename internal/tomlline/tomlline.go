// Package tomlline finds the line on which a TOML document defines each
// key, so that a diagnostic about a value can point at it. The TOML
// decoder keeps key positions to itself, so this small scanner reads the
// text again; it is lenient, never fails, and gives the lines of the keys
// it can make out even in a document that does not parse.
package tomlline

import (
	"sort"
	"strconv"
	"strings"
)

// Lines holds the line of every key path a document defines. The zero
// value knows no keys.
type Lines struct {
	at map[string]int // joined key path -> 1-based line
}

// sep joins the parts of a key path in Lines.at; a key can hold any text,
// but not this control character in any document worth a diagnostic.
const sep = "\x00"

// Scan reads src and records the line of each key path: a key = value
// line, a key written inside an inline table, a [table] or [[array of
// tables]] header, and every table a dotted key or header implies. The
// first definition wins, so a key of an array of tables is at its first
// element. Text in strings and comments is never taken for a key.
func Scan(src string) Lines {
	s := scanner{src: src, at: map[string]int{}}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			s.newlines = append(s.newlines, i)
		}
	}
	s.document()
	return Lines{at: s.at}
}

// Line returns the 1-based line that defines the key path, such as
// Line("digest", "period"), or 0 when the document does not define it.
func (l Lines) Line(path ...string) int {
	return l.at[strings.Join(path, sep)]
}

// Nearest returns the line of the key path, or else of the nearest table
// above it that the document defines, or 0: the best line for a value
// that is wrong although the document does not give it itself.
func (l Lines) Nearest(path ...string) int {
	for n := len(path); n > 0; n-- {
		if line := l.Line(path[:n]...); line > 0 {
			return line
		}
	}
	return 0
}

// scanner reads a TOML document as a recursive-descent parser would, but
// only far enough to see where keys are.
type scanner struct {
	src      string
	pos      int
	newlines []int // offsets of '\n', to turn an offset into a line
	at       map[string]int
	depth    int // arrays and inline tables open around s.pos
}

// maxDepth bounds the nesting followed, so that a hostile file of
// brackets cannot exhaust the stack; no real document comes near it.
const maxDepth = 200

func (s *scanner) line(pos int) int {
	return sort.SearchInts(s.newlines, pos) + 1
}

func (s *scanner) record(path []string, pos int) {
	line := s.line(pos)
	for n := 1; n <= len(path); n++ {
		k := strings.Join(path[:n], sep)
		if _, ok := s.at[k]; !ok {
			s.at[k] = line
		}
	}
}

func (s *scanner) peek() byte {
	if s.pos < len(s.src) {
		return s.src[s.pos]
	}
	return 0
}

// document reads the top level: headers and key = value lines.
func (s *scanner) document() {
	var table []string
	for {
		s.skipBlank(true)
		if s.pos >= len(s.src) {
			return
		}
		start := s.pos
		if s.peek() == '[' {
			s.pos++
			if s.peek() == '[' {
				s.pos++
			}
			if key, ok := s.key(); ok && s.peek() == ']' {
				table = key
				s.record(table, start)
			}
		} else {
			s.keyValue(table)
		}
		s.skipLine()
	}
}

// keyValue reads key = value with the key under table.
func (s *scanner) keyValue(table []string) bool {
	start := s.pos
	key, ok := s.key()
	if !ok || s.peek() != '=' {
		return false
	}
	s.pos++
	path := append(table[:len(table):len(table)], key...)
	s.record(path, start)
	s.value(path)
	return true
}

// key reads a dotted key and the blanks after it.
func (s *scanner) key() ([]string, bool) {
	var key []string
	for {
		s.skipBlank(false)
		part, ok := s.simpleKey()
		if !ok {
			return nil, false
		}
		key = append(key, part)
		s.skipBlank(false)
		if s.peek() != '.' {
			return key, true
		}
		s.pos++
	}
}

// simpleKey reads a bare, "basic" or 'literal' key.
func (s *scanner) simpleKey() (string, bool) {
	start := s.pos
	switch s.peek() {
	case '"':
		end := basicEnd(s.src, s.pos+1)
		if end < 0 {
			return "", false
		}
		s.pos = end + 1
		return unquoteBasic(s.src[start:s.pos]), true
	case '\'':
		end := strings.IndexAny(s.src[s.pos+1:], "'\n")
		if end < 0 || s.src[s.pos+1+end] != '\'' {
			return "", false
		}
		s.pos += end + 2
		return s.src[start+1 : s.pos-1], true
	}
	for s.pos < len(s.src) && isBare(s.src[s.pos]) {
		s.pos++
	}
	return s.src[start:s.pos], s.pos > start
}

// value reads the value of the key path, which may span lines.
func (s *scanner) value(path []string) {
	s.skipBlank(false)
	if s.depth >= maxDepth {
		s.pos = len(s.src)
		return
	}
	s.depth++
	defer func() { s.depth-- }()
	switch s.peek() {
	case '"', '\'':
		s.skipString()
	case '[':
		s.pos++
		for {
			s.skipBlank(true)
			switch s.peek() {
			case 0:
				return
			case ']':
				s.pos++
				return
			case ',':
				s.pos++
				continue
			}
			start := s.pos
			s.value(path)
			if s.pos == start {
				s.pos++ // not a value: step over it rather than stall
			}
		}
	case '{':
		s.pos++
		for {
			s.skipBlank(true)
			switch s.peek() {
			case 0:
				return
			case '}':
				s.pos++
				return
			case ',':
				s.pos++
				continue
			}
			start := s.pos
			if !s.keyValue(path) && s.pos == start {
				s.pos++
			}
		}
	default:
		// A number, date, boolean or something that is no value: it ends
		// where the value around it would go on.
		for s.pos < len(s.src) && !strings.ContainsRune(",]}#\n", rune(s.src[s.pos])) {
			s.pos++
		}
	}
}

// skipString steps over the string that opens at s.pos, multi-line or
// not; a one-line string left open ends at the end of its line.
func (s *scanner) skipString() {
	q := s.src[s.pos]
	if strings.HasPrefix(s.src[s.pos:], strings.Repeat(string(q), 3)) {
		s.pos += 3
		for s.pos < len(s.src) {
			switch c := s.src[s.pos]; {
			case c == '\\' && q == '"':
				s.pos += 2
			case c == q && strings.HasPrefix(s.src[s.pos:], strings.Repeat(string(q), 3)):
				// Up to two more quotes belong to the text before the
				// closing three.
				s.pos += 3
				for n := 0; n < 2 && s.peek() == q; n++ {
					s.pos++
				}
				return
			default:
				s.pos++
			}
		}
		s.pos = len(s.src)
		return
	}
	end := -1
	if q == '"' {
		end = basicEnd(s.src, s.pos+1)
	} else if i := strings.IndexAny(s.src[s.pos+1:], "'\n"); i >= 0 && s.src[s.pos+1+i] == '\'' {
		end = s.pos + 1 + i
	}
	if end < 0 {
		s.pos = lineEnd(s.src, s.pos)
		return
	}
	s.pos = end + 1
}

// skipBlank steps over spaces and tabs and, with newlines, over line
// ends and comments too.
func (s *scanner) skipBlank(newlines bool) {
	for s.pos < len(s.src) {
		switch s.src[s.pos] {
		case ' ', '\t', '\r':
			s.pos++
		case '\n':
			if !newlines {
				return
			}
			s.pos++
		case '#':
			if !newlines {
				return
			}
			s.pos = lineEnd(s.src, s.pos)
		default:
			return
		}
	}
}

// skipLine steps to the start of the next line, over whatever is left of
// this one: a comment, or text that is not TOML.
func (s *scanner) skipLine() {
	s.pos = lineEnd(s.src, s.pos)
}

// lineEnd returns the offset of the '\n' that ends the line holding
// s[from], or len(s).
func lineEnd(s string, from int) int {
	if i := strings.IndexByte(s[from:], '\n'); i >= 0 {
		return from + i
	}
	return len(s)
}

// basicEnd returns the offset of the '"' that closes a one-line basic
// string whose text starts at s[from], or -1.
func basicEnd(s string, from int) int {
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		case '\n':
			return -1
		}
	}
	return -1
}

// unquoteBasic undoes the escapes of a "quoted" key, those of TOML 1.1
// included; a bad one is kept as written, which still names the key.
func unquoteBasic(q string) string {
	q = q[1 : len(q)-1]
	if !strings.Contains(q, `\`) {
		return q
	}
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		if q[i] != '\\' || i+1 == len(q) {
			b.WriteByte(q[i])
			continue
		}
		i++
		if r, ok := simpleEscapes[q[i]]; ok {
			b.WriteByte(r)
			continue
		}
		n := hexEscapes[q[i]]
		if n == 0 || i+n >= len(q) {
			b.WriteByte('\\')
			b.WriteByte(q[i])
			continue
		}
		r, err := strconv.ParseUint(q[i+1:i+1+n], 16, 32)
		if err != nil {
			b.WriteByte('\\')
			b.WriteByte(q[i])
			continue
		}
		b.WriteRune(rune(r))
		i += n
	}
	return b.String()
}

// simpleEscapes are the one-letter escapes of a basic string.
var simpleEscapes = map[byte]byte{
	'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', 'e': 0x1b, '"': '"', '\\': '\\',
}

// hexEscapes are the escapes of a code point, by its number of hex digits.
var hexEscapes = map[byte]int{'x': 2, 'u': 4, 'U': 8}

func isBare(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}
