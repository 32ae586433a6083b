package markdown

import (
	"strings"
	"testing"
)

func TestRawHTML(t *testing.T) {
	body := "Intro.\n\n<iframe src=\"https://maps.example.org/x\"></iframe>\n\nA <b>bold</b> word and <i>two</i>.\n\n`<code>` is text.\n\n    <pre>indented code</pre>\n"
	r := NewRenderer()
	safe, err := r.Render(body, WithSource("content/a.md", 7))
	if err != nil {
		t.Fatal(err)
	}
	wantSafe := "<p>Intro.</p>\n<!-- raw HTML omitted -->\n<p>A <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> word and <!-- raw HTML omitted -->two<!-- raw HTML omitted -->.</p>\n" +
		"<p><code>&lt;code&gt;</code> is text.</p>\n<pre><code>&lt;pre&gt;indented code&lt;/pre&gt;\n</code></pre>\n"
	if string(safe.HTML) != wantSafe {
		t.Errorf("safe HTML\n got %q\nwant %q", safe.HTML, wantSafe)
	}
	wantDiags := []string{
		`content/a.md:9: warning: raw HTML "<iframe src="https://maps.example.org/x"…" left out of the page; [markdown] unsafe = true in site.toml lets it through [raw-html]`,
		`content/a.md:11: warning: raw HTML "<b>" left out of the page; [markdown] unsafe = true in site.toml lets it through [raw-html]`,
	}
	if got := diagStrings(safe.Diags); strings.Join(got, "\n") != strings.Join(wantDiags, "\n") {
		t.Errorf("diags\n got %q\nwant %q", got, wantDiags)
	}

	unsafe, err := r.Render(body, WithSource("content/a.md", 7), WithUnsafe(true))
	if err != nil {
		t.Fatal(err)
	}
	wantUnsafe := "<p>Intro.</p>\n<iframe src=\"https://maps.example.org/x\"></iframe>\n<p>A <b>bold</b> word and <i>two</i>.</p>\n" +
		"<p><code>&lt;code&gt;</code> is text.</p>\n<pre><code>&lt;pre&gt;indented code&lt;/pre&gt;\n</code></pre>\n"
	if string(unsafe.HTML) != wantUnsafe || len(unsafe.Diags) != 0 {
		t.Errorf("unsafe HTML\n got %q %v\nwant %q", unsafe.HTML, unsafe.Diags, wantUnsafe)
	}
	// The safe renderer is not changed by an unsafe call.
	if again, _ := r.HTML(body, WithSource("content/a.md", 7)); again != safe.HTML {
		t.Errorf("safe HTML after an unsafe call: %q", again)
	}
}

func TestTagOf(t *testing.T) {
	for in, want := range map[string]string{
		"<div>":         `"<div>"`,
		"  <br/> x":     `"<br/>"`,
		"<!-- note -->": `"<!-- note -->"`,
		"<div class=\"" + strings.Repeat("a", 50) + "\">": `"<div class="` + strings.Repeat("a", 28) + `…"`,
	} {
		if got := tagOf([]byte(in)); got != want {
			t.Errorf("tagOf(%q) = %s, want %s", in, got, want)
		}
	}
}
