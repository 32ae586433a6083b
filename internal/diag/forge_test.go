package diag

import (
	"strings"
	"testing"
)

// TestNoForgedLines makes sure that neither a file name nor a message can
// put a line of its own on the output (which GitHub Actions would run as
// a workflow command) or send escape codes to a terminal.
func TestNoForgedLines(t *testing.T) {
	evil := []Diagnostic{
		{File: "content/x\n::error file=a.txt::forged.txt", Line: 2, Msg: "bad date"},
		{File: "content/x\r::add-mask::secret.txt", Msg: "bad\n::add-mask::secret"},
		{File: "content/\x1b[2J\x1b]0;title\x07.txt", Msg: "\x1b[31mred\x1b[0m"},
		{File: "content/bidi\u202eevil.txt", Msg: "invalid \xff byte"},
	}
	for _, d := range evil {
		for _, line := range []string{d.String(), d.Annotation()} {
			if strings.ContainsAny(line, "\n\r\x1b\x07\u202e") || strings.Contains(line, "\xff") {
				t.Errorf("%q: control characters got through", line)
			}
		}
	}
	d := Diagnostic{File: "content/a,b:c%d.txt", Line: 3, Severity: Error, Msg: "a: b, 100%"}
	want := "::error file=content/a%2Cb%3Ac%25d.txt,line=3::a: b, 100%25"
	if got := d.Annotation(); got != want {
		t.Errorf("Annotation() = %q, want %q", got, want)
	}
	d = Diagnostic{File: "content/x\n.txt", Line: 1, Severity: Error, Msg: "m"}
	if got, want := d.String(), `"content/x\n.txt":1: error: m`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
