package serve

import (
	"bytes"
	"strings"
	"testing"

	"broadsheet/internal/diag"
)

func TestInjectPlacement(t *testing.T) {
	st := &state{version: "v-1"}
	tests := []struct{ name, page, before, after string }{
		{"body end", "<html><body><p>x</p></body></html>", "<html><body><p>x</p>", "</body></html>"},
		{"upper case", "<HTML><BODY>x</BODY></HTML>", "<HTML><BODY>x", "</BODY></HTML>"},
		{"last body end wins", "<body><pre>&lt;/body&gt; </body> in text</pre></body>", "<body><pre>&lt;/body&gt; </body> in text</pre>", "</body>"},
		{"no body end", "<p>fragment", "<p>fragment", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := string(inject([]byte(tc.page), st))
			if !strings.HasPrefix(out, tc.before+"<script>") || !strings.HasSuffix(out, "</script>\n"+tc.after) {
				t.Errorf("inject(%q) =\n%s", tc.page, out)
			}
		})
	}
}

// FuzzInject checks that injecting never changes the page around the
// snippet, and that a diagnostic's text can never add markup.
func FuzzInject(f *testing.F) {
	f.Add([]byte("<html><body><p>x</p></body></html>"), "unexpected {{end}}")
	f.Add([]byte("</body"), "</div></script><script>alert(1)</script>")
	f.Add([]byte(""), "a & b \"quoted\" 'single'")
	f.Fuzz(func(t *testing.T, page []byte, msg string) {
		snippet := func(msg string) (string, []byte) {
			st := &state{version: "v-2", diags: diag.List{{File: "content/a.txt", Line: 3, Severity: diag.Error, Msg: msg}}}
			orig := bytes.Clone(page)
			out := inject(page, st)
			if !bytes.Equal(page, orig) {
				t.Fatal("inject modified the shared page")
			}
			at := lastIndexFold(page, []byte("</body"))
			if at < 0 {
				at = len(page)
			}
			n := len(out) - len(page)
			if n <= 0 || !bytes.Equal(out[:at], page[:at]) || !bytes.Equal(out[at+n:], page[at:]) {
				t.Fatalf("page changed around the snippet:\n%q\n%q", page, out)
			}
			return string(out[at : at+n]), out
		}
		got, _ := snippet(msg)
		base, _ := snippet("x")
		if strings.Count(got, "<") != strings.Count(base, "<") || strings.Count(got, ">") != strings.Count(base, ">") {
			t.Errorf("message %q added markup:\n%s", msg, got)
		}
	})
}
