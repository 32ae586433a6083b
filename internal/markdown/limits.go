package markdown

import (
	"errors"
	"fmt"
)

// Limits bound what a Markdown body may hold before goldmark sees it.
// goldmark's time grows with the square of some constructs (list or quote
// markers nested on one line, unclosed link openers) and its output with
// a table's columns times its rows: 21 KB of table gave 576 MB of HTML.
// The defaults are far beyond any article: a long feature is 10,000 words
// in 200 paragraphs, its deepest list five levels, its widest table
// twenty columns.
type Limits struct {
	Bytes        int // the body
	LineBytes    int // one line
	Blocks       int // runs of lines between blank lines: paragraphs, lists, tables
	Depth        int // list items and block quotes opened on one line, or by indentation
	Brackets     int // "[" in one block: each opener is looked back at by every "]" and "("
	TableColumns int // cells of a table's delimiter row
	TableCells   int // columns times rows of one table
	Output       int // bytes of HTML
}

// DefaultLimits are the limits of a Renderer unless WithLimits says
// otherwise.
var DefaultLimits = Limits{
	Bytes:        2 << 20,
	LineBytes:    64 << 10,
	Blocks:       20_000,
	Depth:        32,
	Brackets:     1_000,
	TableColumns: 200,
	TableCells:   50_000,
	Output:       16 << 20,
}

// WithLimits sets the limits of a Renderer; a field below 1 keeps the
// default.
func WithLimits(l Limits) Option {
	return func(r *Renderer) {
		r.limits = l.orDefault()
	}
}

// orDefault fills the unset fields of l from DefaultLimits.
func (l Limits) orDefault() Limits {
	d := DefaultLimits
	pick := func(v, def int) int {
		if v < 1 {
			return def
		}
		return v
	}
	return Limits{
		Bytes: pick(l.Bytes, d.Bytes), LineBytes: pick(l.LineBytes, d.LineBytes),
		Blocks: pick(l.Blocks, d.Blocks), Depth: pick(l.Depth, d.Depth),
		Brackets: pick(l.Brackets, d.Brackets), TableColumns: pick(l.TableColumns, d.TableColumns),
		TableCells: pick(l.TableCells, d.TableCells), Output: pick(l.Output, d.Output),
	}
}

// LimitError reports a body that exceeds one of the Limits.
type LimitError struct {
	Line int // 1-based line of the body where the limit was crossed; 0 for the whole body
	Msg  string
}

func (e *LimitError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d of the body: %s", e.Line, e.Msg)
	}
	return e.Msg
}

// errOutput stops goldmark when the HTML grows past Limits.Output.
var errOutput = errors.New("output limit")

// cappedWriter passes on at most room bytes, then fails with errOutput.
type cappedWriter struct {
	w    interface{ Write([]byte) (int, error) }
	room int
}

func (c *cappedWriter) Write(p []byte) (int, error) {
	if len(p) > c.room {
		return 0, errOutput
	}
	c.room -= len(p)
	return c.w.Write(p)
}
