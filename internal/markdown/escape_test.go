package markdown

import "testing"

// escapeTests lists each Markdown construct a plain-text paragraph could
// trigger by accident, with the escaped form readers of the .md see.
var escapeTests = []struct {
	name, in, want string
}{
	{"plain prose is unchanged", "Negotiators met on Tuesday, as planned.", "Negotiators met on Tuesday, as planned."},
	{"empty", "", ""},
	{"only spaces", " \t ", ""},
	{"ATX heading", "# 1 seed wins", `\# 1 seed wins`},
	{"hashtag", "#protest spreads", `\#protest spreads`},
	{"hash inside", "Room #5 and C# code", "Room #5 and C# code"},
	{"block quote", "> quoted", `\> quoted`},
	{"greater than inside", "a > b", "a > b"},
	{"bullet dash", "- first item", `\- first item`},
	{"bullet plus", "+ first item", `\+ first item`},
	{"bullet star", "* first item", `\* first item`},
	{"negative number", "-5 degrees overnight", `\-5 degrees overnight`},
	{"ordered dot", "1. First", `1\. First`},
	{"ordered paren", "1) First", `1\) First`},
	{"year opens paragraph", "2024. The year everything changed.", `2024\. The year everything changed.`},
	{"ordered marker alone", "3.", `3\.`},
	{"decimal is not a list", "1.5 million people", "1.5 million people"},
	{"thematic break dashes", "---", `\---`},
	{"thematic break stars", "* * *", `\* \* \*`},
	{"thematic break underscores", "___", `\_\_\_`},
	{"setext equals", "===", `\===`},
	{"setext under a line", "Title\n===", "Title\n\\==="},
	{"setext dash under a line", "Title\n---", "Title\n\\---"},
	{"table delimiter under a line", "text\n:-", "text\n\\:-"},
	{"backtick fence", "```go", "\\`\\`\\`go"},
	{"tilde fence", "~~~", `\~\~\~`},
	{"four leading spaces", "    indented", "indented"},
	{"leading tab", "\tindented", "indented"},
	{"emphasis star", "a *big* deal", `a \*big\* deal`},
	{"emphasis underscore", "a _big_ deal", `a \_big\_ deal`},
	{"code span", "run `ls` now", "run \\`ls\\` now"},
	{"link", "[text](http://example.com)", `\[text](http://example.com)`},
	{"image", "![alt](x.png)", `!\[alt](x.png)`},
	{"reference definition", "[1]: http://example.com", `\[1]: http://example.com`},
	{"editor's note", "[Editor's note: updated.]", `\[Editor's note: updated.]`},
	{"autolink", "<http://example.com>", `\<http://example.com>`},
	{"email autolink", "<me@example.com>", `\<me@example.com>`},
	{"raw inline HTML", "a <b>bold</b> claim", `a \<b>bold\</b> claim`},
	{"script", "<script>alert(1)</script>", `\<script>alert(1)\</script>`},
	{"HTML comment", "<!-- note -->", `\<!-- note -->`},
	{"agency in angle brackets", "<Reuters> said", `\<Reuters> said`},
	{"less than with space", "a < b", `a \< b`},
	{"named entity", "&copy; 2026", `\&copy; 2026`},
	{"amp entity", "Q&amp;A", `Q\&amp;A`},
	{"decimal entity", "&#123;", `\&#123;`},
	{"hex entity", "&#x1F;", `\&#x1F;`},
	{"bare ampersand", "AT&T and R & D", "AT&T and R & D"},
	{"ampersand before semicolon", "AT&T; then", `AT\&T; then`},
	{"backslash", `C:\path\`, `C:\\path\\`},
	{"hard break backslash", "end\\\nnext", "end\\\\\nnext"},
	{"hard break spaces", "end  \nnext", "end\nnext"},
	{"trailing spaces", "end.  ", "end."},
	{"strikethrough", "~~gone~~", `\~\~gone\~\~`},
	{"approximation", "~5,000 people", `\~5,000 people`},
	{"table pipes", "a | b | c", `a \| b \| c`},
	{"exclamation", "Wow! Really!", "Wow! Really!"},
	{"closing bracket", "a] b", "a] b"},
	{"NUL", "a\x00b", "a\uFFFDb"},
	{"invalid UTF-8", "caf\xe9", "caf\uFFFD"},
	{"CRLF", "one\r\ntwo", "one\ntwo"},
	{"lone CR", "one\rtwo", "one\ntwo"},
	{"blank line inside", "one\n\n \ntwo", "one\ntwo"},
	{"continuation line starts a list", "one\n- two", "one\n\\- two"},
	{"continuation line starts a quote", "one\n> two", "one\n\\> two"},
	{"continuation line ordered", "one\n1. two", "one\n1\\. two"},
	{"front matter fence", "+++", `\+++`},
	{"non-ASCII punctuation", "“Quote” — dash… «x» ‘y’ ¿z?", "“Quote” — dash… «x» ‘y’ ¿z?"},
	{"emoji", "Fans 👍🏽 cheered 🎉", "Fans 👍🏽 cheered 🎉"},
	{"colon inside", "Note: this", "Note: this"},
}

func TestEscape(t *testing.T) {
	r := NewRenderer()
	for _, tc := range escapeTests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Escape(tc.in); got != tc.want {
				t.Errorf("Escape(%q) = %q, want %q", tc.in, got, tc.want)
			}
			checkRoundTrip(t, r, []string{tc.in})
		})
	}
}
