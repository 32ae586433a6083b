package markdown

import (
	"slices"
	"strings"
	"testing"
)

// checkRoundTrip asserts the Markdown stage's promise for plain text:
// each paragraph, escaped and joined into a body, renders as one <p>
// holding exactly the paragraph's text (after Escape's documented
// normalisation), with nothing else in the HTML.
func checkRoundTrip(t *testing.T, r *Renderer, paragraphs []string) {
	t.Helper()
	var want, escaped []string
	for _, p := range paragraphs {
		if n := normalizeParagraph(p); n != "" {
			want = append(want, n)
			escaped = append(escaped, Escape(p))
		}
	}
	body := strings.Join(escaped, "\n\n")
	out, err := r.Render(body)
	if err != nil {
		t.Fatalf("Render(%q): %v", body, err)
	}
	got, err := paragraphsOf(string(out.HTML))
	if err != nil {
		t.Fatalf("paragraphs %q\nescaped as %q\nrender as %q:\n%v", paragraphs, body, out.HTML, err)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("paragraphs %q\nescaped as %q\nrender as %q\nvisible text %q\nwant %q", paragraphs, body, out.HTML, got, want)
	}
}

// FuzzRoundTrip feeds text through Escape, goldmark and back to visible
// text. The input is split into paragraphs at blank lines.
func FuzzRoundTrip(f *testing.F) {
	for _, tc := range escapeTests {
		f.Add(tc.in)
	}
	for _, s := range roundTripSeeds {
		f.Add(s)
	}
	r := NewRenderer()
	f.Fuzz(func(t *testing.T, text string) {
		checkRoundTrip(t, r, strings.Split(text, "\n\n"))
	})
}

// roundTripSeeds are multi-paragraph inputs whose paragraphs interact:
// setext underlines, lazy continuations, link definitions used later.
var roundTripSeeds = []string{
	"Title\n===\n\nSubtitle\n---",
	"Para\n\n---\n\n***\n\n___\n\n- - -",
	"[a]: http://x\n\nSee [a] and [a][] and [b][a].",
	"> quote\ncontinued lazily\n\n>> nested",
	"1. one\n2. two\n\n2024. The year\n\n1) first\n\n10) tenth",
	"```go\ncode\n```\n\n~~~\nfenced\n~~~",
	"    indented code\n\n\tindented by tab",
	"a | b\n--- | ---\n1 | 2\n\n|x|\n|-|",
	"text\n:-\n\ntext\n-:\n\ntext\n:-:",
	"hard  \nbreak\n\nhard\\\nbreak",
	"<div>\nblock html\n</div>\n\n<!-- comment -->\n\n<script>alert(1)</script>",
	"<?php x ?>\n\n<!DOCTYPE html>\n\n<![CDATA[ x ]]>",
	"* one\n+ two\n- three\n\n- [ ] task\n- [x] done",
	"~~struck~~ and ~one~ and ~5,000 to ~200",
	"AT&T &amp; &copy; &#123; &#x1F; &#X41; &nbsp; &bogus; & ;",
	"\x00NUL\x00 in text\n\nemoji 👍🏽 and “curly” — dashes… «guillemets»",
	"line one\r\nline two\rline three",
	"  leading spaces\n\n\t\ttabs\n\n   \n\n \t ",
	"# Heading\n\n## Two\n\n####### seven\n\n#hashtag\n\n#",
	"*em* _em_ **strong** __strong__ ***both*** a*b*c snake_case_name",
	"`code` ``co`de`` ` lone backtick",
	"[link](http://x) ![img](http://x/i.png) [ref][r] <http://auto.link> <me@example.com>",
	"\\\\ backslash \\ at end\\",
	"-\n\n+\n\n*\n\n1.\n\n=\n\n>",
	"Paragraph\n    four spaces continuation\n\ttab continuation",
	"Setext after\n=\n\nand\n-",
	"www.example.com http://example.com user@example.com",
	"foo\n[bar]: /url\n\n[bar]",
	"+++\ntitle = \"x\"\n+++",
}
