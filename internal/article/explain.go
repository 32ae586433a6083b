package article

import (
	"fmt"

	"broadsheet/internal/diag"
)

// Block is one paragraph or line of the input as the parser read it: the
// part it chose, why, and the part that came closest. Explain returns
// them so that a user can see why an article came out as it did.
type Block struct {
	First, Last int    // line range in the file
	Text        string // the paragraph as read, after decoding
	Part        string // the part chosen: "headline", "byline", "body", ...
	Score       int    // the evidence for it; higher is surer
	Evidence    string // why
	RunnerUp    string // the part that came closest, if any was scored
	RunnerScore int
}

// String formats b on one line for a terminal.
func (b Block) String() string {
	lines := fmt.Sprintf("%d", b.First)
	if b.Last > b.First {
		lines = fmt.Sprintf("%d-%d", b.First, b.Last)
	}
	s := fmt.Sprintf("%-7s %-10s %q\n        %+d %s", lines, b.Part, short(b.Text, 72), b.Score, b.Evidence)
	if b.RunnerUp != "" {
		s += fmt.Sprintf("; runner-up %s %+d", b.RunnerUp, b.RunnerScore)
	}
	return s
}

func short(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return head(s, n) + "…"
}

// Explain parses src as Parse does and also returns every block of the
// input with the part the parser gave it, in the order of the file.
func Explain(path string, src []byte, opt Options) (*Article, []Block, diag.List) {
	var blocks []Block
	a, d := parseWith(path, src, opt, &blocks)
	sortBlocks(blocks)
	return a, blocks, d
}

// sortBlocks orders blocks by line, keeping the order of equal lines.
func sortBlocks(b []Block) {
	for i := 1; i < len(b); i++ {
		for j := i; j > 0 && b[j].First < b[j-1].First; j-- {
			b[j], b[j-1] = b[j-1], b[j]
		}
	}
}

// explainBlock records the part chosen for a paragraph, when explaining.
func (p *parser) explainBlock(q para, x part, score int, why string, next part, nextScore int) {
	if p.trace == nil {
		return
	}
	b := Block{First: q.line, Last: max(q.end, q.line), Text: q.text, Part: x.String(), Score: score, Evidence: why}
	if next != x {
		b.RunnerUp, b.RunnerScore = next.String(), nextScore
	}
	*p.trace = append(*p.trace, b)
}

// explainLine records a line consumed before paragraphs are formed.
func (p *parser) explainLine(l srcLine, x string, why string) {
	if p.trace == nil {
		return
	}
	*p.trace = append(*p.trace, Block{First: l.num, Last: l.num, Text: l.text, Part: x, Evidence: why})
}

// explainPara records a paragraph whose part needed no weighing.
func (p *parser) explainPara(q para, x string, why string) {
	if p.trace == nil {
		return
	}
	*p.trace = append(*p.trace, Block{First: q.line, Last: max(q.end, q.line), Text: q.text, Part: x, Evidence: why})
}
