package markdown

import (
	"bufio"
	"bytes"
	"html"
	"testing"

	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// goldmarkVisible is what a text node shows on the page, the long way:
// goldmark's own HTML writer, then the HTML unescaped. appendVisible must
// give the same text without the detour.
func goldmarkVisible(v []byte) string {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	gmhtml.DefaultWriter.Write(w, v)
	_ = w.Flush()
	return html.UnescapeString(buf.String())
}

var visibleSeeds = []string{
	"", "plain", `AT\&T \*rose\* 5\%`, `\\`, `\`, `a\`, "&amp; &lt; &copy; &nosuch; &amp",
	"&#65; &#x41; &#X41; &#0; &#xD800; &#1114112; &#12345678; &#x1234567; &#; &#x; &#a;",
	"nul\x00here", `\&amp;`, `&\#65;`, "&#65", "\\\x00", `\ space`, "Zürich’s &eacute;",
}

func TestAppendVisible(t *testing.T) {
	for _, s := range visibleSeeds {
		if got, want := string(appendVisible(nil, []byte(s))), goldmarkVisible([]byte(s)); got != want {
			t.Errorf("appendVisible(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAppendVisible checks appendVisible against goldmark's writer on
// arbitrary text.
func FuzzAppendVisible(f *testing.F) {
	for _, s := range visibleSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendVisible([]byte("x"), []byte(s))[1:]), goldmarkVisible([]byte(s)); got != want {
			t.Fatalf("appendVisible(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestWordCounterASCII checks the ASCII fast path against unicode's
// classes for every ASCII character between two letters.
func TestWordCounterASCII(t *testing.T) {
	for c := range 128 {
		var w wordCounter
		w.feed([]byte{'a', byte(c), 'b'})
		w.end()
		want := 1
		if asciiSpace[c] != (c == ' ' || c >= '\t' && c <= '\r') {
			t.Errorf("asciiSpace[%q] = %v", rune(c), asciiSpace[c])
		}
		if asciiSpace[c] {
			want = 2
		}
		if w.n != want {
			t.Errorf("words in %q = %d, want %d", "a"+string(rune(c))+"b", w.n, want)
		}
	}
	var w wordCounter
	w.feed([]byte("- — 42 ..."))
	w.end()
	if w.n != 1 {
		t.Errorf("words in dashes and a number = %d, want 1", w.n)
	}
}
