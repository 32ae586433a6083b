package markdown

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestRenderHTML(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"paragraphs", "One.\n\nTwo.", "<p>One.</p>\n<p>Two.</p>\n"},
		{"hand-written structure", "## Sub\n\n- a\n- b\n\n*em* **strong** `code`",
			"<h2>Sub</h2>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p><em>em</em> <strong>strong</strong> <code>code</code></p>\n"},
		{"GFM table", "| a | b |\n| - | - |\n| 1 | 2 |",
			"<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n"},
		{"GFM strikethrough", "~~gone~~", "<p><del>gone</del></p>\n"},
		{"raw HTML block omitted", "<script>alert(1)</script>", "<!-- raw HTML omitted -->\n"},
		{"inline raw HTML omitted", "a <img src=x onerror=alert(1)> b", "<p>a <!-- raw HTML omitted --> b</p>\n"},
		{"javascript link dropped", "[x](javascript:alert(1))", "<p><a href=\"\">x</a></p>\n"},
		{"data URL image dropped", "![x](data:text/html;base64,PHNjcmlwdD4=)", "<p><img src=\"\" alt=\"x\"></p>\n"},
		{"no typographer", `"Quotes" -- dashes... 'single'`, "<p>&quot;Quotes&quot; -- dashes... 'single'</p>\n"},
		{"no linkify", "see http://example.com or www.example.com", "<p>see http://example.com or www.example.com</p>\n"},
		{"escaped text", `AT\&T \*rose\* \<b>`, "<p>AT&amp;T *rose* &lt;b&gt;</p>\n"},
	}
	r := NewRenderer()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := r.Render(tc.body)
			if err != nil {
				t.Fatal(err)
			}
			if string(out.HTML) != tc.want {
				t.Errorf("Render(%q).HTML =\n%q\nwant\n%q", tc.body, out.HTML, tc.want)
			}
		})
	}
}

func TestRenderWords(t *testing.T) {
	tests := []struct {
		body string
		want int
	}{
		{"", 0},
		{"One two three.", 3},
		{"One.\n\nTwo.", 2},
		{"soft\nbreak", 2},
		{"hard  \nbreak", 2},
		{"foo*bar* baz", 2},
		{"a — b", 2},
		{"[link text](http://x) <http://auto.link>", 3},
		{"![alt words here](i.png) caption", 1},
		{"<span>shown</span> text", 2}, // the tags are omitted, not the text between them
		{"<div>\nraw block\n</div>", 0},
		{"```\ncode words\n```", 2},
		{"| a | b |\n| - | - |\n| c d | e |", 5},
		{"# Heading\nText", 2},
		{`AT\&T &amp; R\&D`, 2},
		{"Zürich’s 3,000 naïve cafés", 4},
	}
	r := NewRenderer()
	for _, tc := range tests {
		out, err := r.Render(tc.body)
		if err != nil {
			t.Fatal(err)
		}
		if out.Words != tc.want {
			t.Errorf("Render(%q).Words = %d, want %d", tc.body, out.Words, tc.want)
		}
	}
}

func TestRenderLead(t *testing.T) {
	long := strings.Repeat("word ", 80) // 400 characters, no sentence end
	tests := []struct {
		name, body, want string
	}{
		{"two of three sentences", "First one. Second one. Third one.", "First one. Second one."},
		{"one sentence", "Only one here", "Only one here"},
		{"first paragraph only", "First.\n\nSecond.", "First."},
		{"after a heading", "# Head\n\nLead text. More.", "Lead text. More."},
		{"abbreviations and initials", "Gov. J. Roe spoke on Feb. 13 in the U.S. capital. She said no. Later.",
			"Gov. J. Roe spoke on Feb. 13 in the U.S. capital. She said no."},
		{"quotes close sentences", "\"We will win,\" he said. \"Never again.\" Third.", "\"We will win,\" he said. \"Never again.\""},
		{"lower case does not start a sentence", "Prices fell, e.g. oil. rose again. Then stopped. End.", "Prices fell, e.g. oil. rose again. Then stopped."},
		{"question and exclamation", "Why? Because! Then.", "Why? Because!"},
		{"escapes decoded", `AT\&T \*rose\* 5\%. Fell &amp; rose.`, "AT&T *rose* 5%. Fell & rose."},
		{"markup dropped", "The *big* [deal](http://x) `code`. Two.", "The big deal code. Two."},
		{"soft breaks become spaces", "One\nline  \nmore.", "One line more."},
		{"no paragraph", "# Only a heading", ""},
		{"too long: words cut", long, strings.TrimSpace(strings.Repeat("word ", 60)) + "…"},
		{"two too long: first only", "Short first. Word " + long + ".", "Short first."},
	}
	r := NewRenderer()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := r.Render(tc.body)
			if err != nil {
				t.Fatal(err)
			}
			if out.Lead != tc.want {
				t.Errorf("Lead = %q, want %q", out.Lead, tc.want)
			}
			if n := len([]rune(out.Lead)); n > DefaultLeadLength {
				t.Errorf("Lead has %d characters, more than %d", n, DefaultLeadLength)
			}
		})
	}
}

func TestWithLeadLength(t *testing.T) {
	out, err := NewRenderer(WithLeadLength(13)).Render("Talks resume in Geneva today.")
	if err != nil {
		t.Fatal(err)
	}
	if out.Lead != "Talks resume…" {
		t.Errorf("Lead = %q", out.Lead)
	}
	out, _ = NewRenderer(WithLeadLength(3)).Render("Unbreakable")
	if out.Lead != "Un…" {
		t.Errorf("Lead of one long word = %q", out.Lead)
	}
}

// TestRenderConcurrent renders from several goroutines at once; with -race
// it checks that a Renderer can be shared.
func TestRenderConcurrent(t *testing.T) {
	r := NewRenderer()
	bodies := make([]string, 16)
	want := make([]Rendered, len(bodies))
	for i := range bodies {
		bodies[i] = fmt.Sprintf("Paragraph %d has *some* words.\n\n| a | b |\n| - | - |\n| %d | x |", i, i)
		want[i], _ = r.Render(bodies[i])
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range bodies {
				i := (i + g) % len(bodies)
				got, err := r.Render(bodies[i])
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					t.Errorf("concurrent Render(%q) = %+v, %v; want %+v", bodies[i], got, err, want[i])
				}
			}
		})
	}
	wg.Wait()
}

func TestHeadingsMoveBelowTheHeadline(t *testing.T) {
	got, err := NewRenderer().Render("# Section\n\nText.\n\n## Part\n\n###### Floor\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h2>Section</h2>", "<h3>Part</h3>", "<h6>Floor</h6>"} {
		if !strings.Contains(string(got.HTML), want) {
			t.Errorf("HTML lacks %s:\n%s", want, got.HTML)
		}
	}
	if strings.Contains(string(got.HTML), "<h1") {
		t.Errorf("a body must not add an <h1> to the page:\n%s", got.HTML)
	}
}
