package article

import (
	"strings"
	"testing"
)

func TestSplitParagraphs(t *testing.T) {
	wrapped := wrap("The operator of the ferry was fined on Tuesday after inspectors found that crew had skipped drills on nine of the twelve sailings they checked.", 64) +
		"\n\n" + wrap("The sheriff said the company had been lucky, not careful, and that no passenger had been put at risk only because the weather held.", 64)
	tests := []struct {
		name string
		in   string
		want []string // paragraph texts, shortened to their first 20 bytes
	}{
		{"hard-wrapped", wrapped, []string{"The operator of the ", "The sheriff said the"}},
		{"web copy, no blank lines", "First paragraph is a whole line.\nSecond one is too.\nThird.",
			[]string{"First paragraph is a", "Second one is too.", "Third."}},
		{"bullets stay apart", "* Ferries to the islands were cancelled.\n* Rail services ran with delays.",
			[]string{"* Ferries to the isl", "* Rail services ran "}},
		{"short list", "Results of the vote:\nLabour 24\nIndependent 7",
			[]string{"Results of the vote:", "Labour 24", "Independent 7"}},
		{"mid-sentence break joins", "The council said that\nthe bridge would reopen.",
			[]string{"The council said tha"}},
		{"blank lines separate", "One.\n\n\nTwo.", []string{"One.", "Two."}},
	}
	for _, tt := range tests {
		var lines []srcLine
		for i, l := range strings.Split(tt.in, "\n") {
			lines = append(lines, srcLine{l, i + 1})
		}
		var got []string
		for _, p := range splitParagraphs(lines) {
			got = append(got, head(p.text, 20))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestWrappedParagraphKeepsItsStartLine(t *testing.T) {
	src := "date: 2026-02-13\n\n" + wrap(strings.Repeat("Officials said the bridge would reopen in June. ", 4), 60) + "\n\nNext paragraph.\n"
	a, _ := Parse("x.txt", []byte(src), Options{})
	if len(a.Paragraphs) != 2 || a.Paragraphs[0].Line != 3 || a.Paragraphs[1].Line != 8 {
		t.Errorf("paragraphs = %+v", a.Paragraphs)
	}
}
