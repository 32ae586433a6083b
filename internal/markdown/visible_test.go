package markdown

import (
	"fmt"
	"html"
	"strings"
	"unicode/utf8"
)

// paragraphsOf returns the visible text of each paragraph of goldmark's
// HTML, and fails unless the HTML is nothing but paragraphs of plain text:
// "<p>text</p>\n" repeated, with no tag of any kind inside (goldmark
// writes a < or > of the text as &lt; or &gt;, so a bare one is markup).
func paragraphsOf(h string) ([]string, error) {
	var out []string
	for h != "" {
		rest, ok := strings.CutPrefix(h, "<p>")
		if !ok {
			return nil, fmt.Errorf("expected <p> at %q", clip(h))
		}
		inner, after, ok := strings.Cut(rest, "</p>\n")
		if !ok {
			return nil, fmt.Errorf("unclosed <p> at %q", clip(h))
		}
		if i := strings.IndexAny(inner, "<>"); i >= 0 {
			return nil, fmt.Errorf("markup inside a paragraph: %q", clip(inner[i:]))
		}
		out = append(out, html.UnescapeString(inner))
		h = after
	}
	return out, nil
}

// normalizeParagraph is the documented normalisation Escape applies, written
// out independently: what a paragraph must look like after the round trip.
func normalizeParagraph(p string) string {
	p = strings.ToValidUTF8(p, "\uFFFD")
	p = strings.ReplaceAll(p, "\x00", "\uFFFD")
	p = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(p)
	var lines []string
	for _, l := range strings.Split(p, "\n") {
		if l = strings.Trim(l, " \t"); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}

func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	n := 60
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}
