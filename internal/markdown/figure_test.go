package markdown

import (
	"strings"
	"testing"

	"broadsheet/internal/article"
)

// TestFigure checks that a caption paragraph in the body is written as a
// figure block, renders as a figure with its credit, and that PlainHTML
// and PlainFacts give what goldmark gives for it.
func TestFigure(t *testing.T) {
	paras := []article.Paragraph{
		{Text: "Ferries will run through the night from April."},
		{Text: "Passengers queue at the *terminal* on Monday.", Caption: true, Credit: "Ines Example/The Coastline Post"},
		{Text: "::: figure", Caption: true},
		{Text: "", Caption: true, Credit: "Only a credit"},
		{Text: "The first crossing leaves at 23:40."},
	}
	body := escapeParagraphs(paras)
	for _, want := range []string{"April.\n::: figure\nPassengers queue at the \\*terminal\\* on Monday.\ncredit: Ines Example/The Coastline Post\n:::"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	r := NewRenderer()
	got, err := r.Render(body)
	if err != nil {
		t.Fatal(err)
	}
	wantHTML := `<figure><figcaption>Passengers queue at the *terminal* on Monday. <span class="credit">Ines Example/The Coastline Post</span></figcaption></figure>`
	if !strings.Contains(string(got.HTML), wantHTML) {
		t.Errorf("HTML lacks the figure:\n%s", got.HTML)
	}
	if plain := r.PlainHTML(paras); plain != got.HTML {
		t.Errorf("PlainHTML differs from Render:\n%s\n---\n%s", plain, got.HTML)
	}
	lead, words := r.PlainFacts(paras)
	if lead != got.Lead || words != got.Words {
		t.Errorf("PlainFacts = %q, %d; Render gives %q, %d", lead, words, got.Lead, got.Words)
	}
	if strings.Contains(got.Lead, "Passengers") {
		t.Errorf("a caption became the lead: %q", got.Lead)
	}
}

// TestFigureHandWritten checks the block as a writer of a .md file types
// it: an unclosed block, an empty one and one without a credit.
func TestFigureHandWritten(t *testing.T) {
	r := NewRenderer()
	for src, want := range map[string]string{
		"::: figure\nA *harbour* at dawn.\n:::\n":       "<figure><figcaption>A <em>harbour</em> at dawn.</figcaption></figure>\n",
		"::: figure\nA harbour.\ncredit: Jo Roe/Wire\n": "<figure><figcaption>A harbour. <span class=\"credit\">Jo Roe/Wire</span></figcaption></figure>\n",
		"::: figure\n:::\n":                             "<figure><figcaption></figcaption></figure>\n",
		"Text\n::: figure\n":                            "<p>Text</p>\n<figure><figcaption></figcaption></figure>\n",
		"Text\n::: figure\nA harbour.\n:::\n":           "<p>Text</p>\n<figure><figcaption>A harbour.</figcaption></figure>\n",
		"::: figure\ncredit: alone\n:::\n\nAfter.\n":    "<figure><figcaption>credit: alone</figcaption></figure>\n<p>After.</p>\n",
	} {
		got, err := r.Render(src)
		if err != nil {
			t.Fatal(err)
		}
		if string(got.HTML) != want {
			t.Errorf("Render(%q) =\n%s\nwant\n%s", src, got.HTML, want)
		}
	}
}
