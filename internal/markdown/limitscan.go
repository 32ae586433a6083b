package markdown

import (
	"fmt"
	"strings"
)

// checkLimits scans body once, line by line, and returns a *LimitError
// for the first limit it exceeds. Every byte is looked at a bounded
// number of times, so the check itself is linear.
func checkLimits(body string, l Limits) error {
	if len(body) > l.Bytes {
		return &LimitError{Msg: fmt.Sprintf("the body is %d bytes; the most a page may hold is %d", len(body), l.Bytes)}
	}
	var s limitScan
	s.l = l
	for num := 1; len(body) > 0; num++ {
		line := body
		if i := strings.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = ""
		}
		if msg := s.line(line); msg != "" {
			return &LimitError{Line: num, Msg: msg}
		}
	}
	return nil
}

// limitScan is the state of checkLimits between lines.
type limitScan struct {
	l        Limits
	blocks   int  // blocks begun so far
	inBlock  bool // the last line was not blank
	brackets int  // "[" in the current block
	columns  int  // columns of the table in progress, 0 outside one
	cells    int  // cells of the table in progress
}

// line takes one line and returns what it exceeds, or "".
func (s *limitScan) line(line string) string {
	if len(line) > s.l.LineBytes {
		return fmt.Sprintf("a line of %d bytes; the most is %d", len(line), s.l.LineBytes)
	}
	if blank(line) {
		s.inBlock, s.brackets, s.columns, s.cells = false, 0, 0, 0
		return ""
	}
	if !s.inBlock {
		s.inBlock = true
		if s.blocks++; s.blocks > s.l.Blocks {
			return fmt.Sprintf("more than %d paragraphs, lists and tables", s.l.Blocks)
		}
	}
	if d := depth(line); d > s.l.Depth {
		return fmt.Sprintf("lists or quotes nested %d deep; the most is %d", d, s.l.Depth)
	}
	if s.brackets += strings.Count(line, "["); s.brackets > s.l.Brackets {
		return fmt.Sprintf("more than %d \"[\" in one paragraph", s.l.Brackets)
	}
	return s.table(line)
}

// table counts the columns and cells of a table: a delimiter row (such as
// "|---|:--:|") starts one, and every line up to the next blank line is
// a row of that many cells, however few it writes.
func (s *limitScan) table(line string) string {
	cells := countCells(line)
	if s.columns == 0 && isDelimiterRow(line) {
		s.columns = cells
		if s.columns > s.l.TableColumns {
			return fmt.Sprintf("a table of %d columns; the most is %d", s.columns, s.l.TableColumns)
		}
		s.cells = 2 * s.columns // the header row and this one
	} else if s.columns > 0 {
		s.cells += s.columns
	}
	if s.cells > s.l.TableCells {
		return fmt.Sprintf("a table of more than %d cells; the most is %d", s.l.TableCells, s.l.TableCells)
	}
	return ""
}

// isDelimiterRow reports whether line could be a table's delimiter row:
// only '|', '-', ':' and spaces, with at least one '|' and one '-'.
func isDelimiterRow(line string) bool {
	pipe, dash := false, false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '|':
			pipe = true
		case '-':
			dash = true
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	return pipe && dash
}

// depth counts the block quote and list markers that open containers at
// the start of line, which is how deep goldmark nests there on one line.
// (Nesting by indentation alone costs goldmark nothing extra.)
func depth(line string) int {
	d := 0
	for i := 0; i < len(line); {
		switch c := line[i]; {
		case c == ' ' || c == '\t':
			i++
		case c == '>':
			d++
			i++
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			d++
			i += 2
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || line[j] != '.' && line[j] != ')' || line[j+1] != ' ' && line[j+1] != '\t' {
				return d
			}
			d++
			i = j + 2
		default:
			return d
		}
	}
	return d
}

// blank reports whether line holds only spaces and tabs.
func blank(line string) bool {
	for i := 0; i < len(line); i++ {
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\r' {
			return false
		}
	}
	return true
}

// countCells counts the cells of a table row: one more than its inner
// pipes, as a leading or trailing pipe opens or closes no cell.
func countCells(line string) int {
	line = strings.Trim(line, " \t")
	n := strings.Count(line, "|") + 1
	if strings.HasPrefix(line, "|") {
		n--
	}
	if len(line) > 1 && strings.HasSuffix(line, "|") {
		n--
	}
	return n
}
