package markdown

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRawHTMLLinks resolves the URLs of raw HTML that WithUnsafe lets
// through by the rules of Markdown links and images, and relinks them
// for a page and a feed under a sub-path base_url.
func TestRawHTMLLinks(t *testing.T) {
	pictures := siteFiles(map[string][2]int{"/2026/img/map.png": {300, 200}, "/img/harbour.png": {1200, 800}, "/img/harbour-480.png": {480, 320}})
	files := func(ref Ref) (Target, error) {
		if !ref.Image {
			return Target{}, nil // as a build does, which cannot check a page it has not made yet
		}
		return pictures(ref)
	}
	tests := []struct {
		name, body, html, page, feed string
		diags                        []string
		images                       []string
	}{
		{"relative img", `<img src="img/map.png" alt="Map">`,
			`<img src="/2026/img/map.png" alt="Map">`,
			`<img src="../../../../2026/img/map.png" alt="Map">`,
			`<img src="https://example.org/westmark/2026/img/map.png" alt="Map">`, nil, []string{"/2026/img/map.png"}},
		{"root link, single quotes, upper case", `<A HREF='/files/x.pdf' Class=doc>the report</A>`,
			`<p><A href="/files/x.pdf" class="doc">the report</A></p>`,
			`<p><A href="../../../../files/x.pdf" class="doc">the report</A></p>`,
			`<p><A href="https://example.org/westmark/files/x.pdf" class="doc">the report</A></p>`, nil, nil},
		{"climbing up, query and fragment kept", `<a href="../img/harbour.png?v=2#top">h</a>`,
			`<p><a href="/img/harbour.png?v=2#top">h</a></p>`,
			`<p><a href="../../../../img/harbour.png?v=2#top">h</a></p>`,
			`<p><a href="https://example.org/westmark/img/harbour.png?v=2#top">h</a></p>`, nil, nil},
		{"absolute URLs, fragments, mailto and data stay as written", `<a href="https://example.com/x" title="/x">a</a> <a href=#notes>n</a> <a href="mailto:desk@example.org">m</a> <img src="data:image/png;base64,AAAA"> <img src="//cdn.example.com/y.png">`,
			`<p><a href="https://example.com/x" title="/x">a</a> <a href=#notes>n</a> <a href="mailto:desk@example.org">m</a> <img src="data:image/png;base64,AAAA"> <img src="//cdn.example.com/y.png"></p>`,
			`<p><a href="https://example.com/x" title="/x">a</a> <a href=#notes>n</a> <a href="mailto:desk@example.org">m</a> <img src="data:image/png;base64,AAAA"> <img src="//cdn.example.com/y.png"></p>`,
			`<p><a href="https://example.com/x" title="/x">a</a> <a href=#notes>n</a> <a href="mailto:desk@example.org">m</a> <img src="data:image/png;base64,AAAA"> <img src="//cdn.example.com/y.png"></p>`, nil, nil},
		{"video with poster and sources", "<video controls poster=\"/img/harbour.png\" width=640>\n<source src=\"clips/boats.mp4\" type=\"video/mp4\">\n</video>",
			"<video controls poster=\"/img/harbour.png\" width=\"640\">\n<source src=\"/2026/clips/boats.mp4\" type=\"video/mp4\">\n</video>",
			"<video controls poster=\"../../../../img/harbour.png\" width=\"640\">\n<source src=\"../../../../2026/clips/boats.mp4\" type=\"video/mp4\">\n</video>",
			"<video controls poster=\"https://example.org/westmark/img/harbour.png\" width=\"640\">\n<source src=\"https://example.org/westmark/2026/clips/boats.mp4\" type=\"video/mp4\">\n</video>", nil, []string{"/img/harbour.png"}},
		{"picture with srcset", "<picture>\n<source srcset=\"/img/harbour-480.png 480w,\n ../img/harbour.png  1200w\" media=\"(min-width: 40rem)\">\n<img src=\"img/map.png\" alt=\"\" srcset=\"img/map.png 1x, https://example.com/m2.png 2x\">\n</picture>",
			"<picture>\n<source srcset=\"/img/harbour-480.png 480w, /img/harbour.png 1200w\" media=\"(min-width: 40rem)\">\n<img src=\"/2026/img/map.png\" alt srcset=\"/2026/img/map.png 1x, https://example.com/m2.png 2x\">\n</picture>",
			"<picture>\n<source srcset=\"../../../../img/harbour-480.png 480w, ../../../../img/harbour.png 1200w\" media=\"(min-width: 40rem)\">\n<img src=\"../../../../2026/img/map.png\" alt srcset=\"../../../../2026/img/map.png 1x, https://example.com/m2.png 2x\">\n</picture>",
			"<picture>\n<source srcset=\"https://example.org/westmark/img/harbour-480.png 480w, https://example.org/westmark/img/harbour.png 1200w\" media=\"(min-width: 40rem)\">\n<img src=\"https://example.org/westmark/2026/img/map.png\" alt srcset=\"https://example.org/westmark/2026/img/map.png 1x, https://example.com/m2.png 2x\">\n</picture>",
			nil, []string{"/img/harbour-480.png", "/img/harbour.png", "/2026/img/map.png"}},
		{"iframe in a paragraph, inline", "See <iframe src=\"maps/harbour.html\"></iframe> here.",
			`<p>See <iframe src="/2026/maps/harbour.html"></iframe> here.</p>`,
			`<p>See <iframe src="../../../../2026/maps/harbour.html"></iframe> here.</p>`,
			`<p>See <iframe src="https://example.org/westmark/2026/maps/harbour.html"></iframe> here.</p>`, nil, nil},
		{"missing picture, on its line", "Text.\n\n<div>\n<p>Map:</p>\n<img src=\"img/nowhere.png\"\n alt=\"x\"/>\n</div>",
			"<p>Text.</p>\n<div>\n<p>Map:</p>\n<img src=\"/2026/img/nowhere.png\" alt=\"x\" />\n</div>",
			"<p>Text.</p>\n<div>\n<p>Map:</p>\n<img src=\"../../../../2026/img/nowhere.png\" alt=\"x\" />\n</div>",
			"<p>Text.</p>\n<div>\n<p>Map:</p>\n<img src=\"https://example.org/westmark/2026/img/nowhere.png\" alt=\"x\" />\n</div>",
			[]string{`content/2026/flood.md:14: error: image "img/nowhere.png": the site has no file /2026/img/nowhere.png [image-missing]`}, []string{"/2026/img/nowhere.png"}},
		{"in a quote", "> <img src=\"img/map.png\">\n> <a href=\"/x/\">x</a>",
			"<blockquote>\n<img src=\"/2026/img/map.png\">\n<a href=\"/x/\">x</a></blockquote>",
			"<blockquote>\n<img src=\"../../../../2026/img/map.png\">\n<a href=\"../../../../x/index.html\">x</a></blockquote>",
			"<blockquote>\n<img src=\"https://example.org/westmark/2026/img/map.png\">\n<a href=\"https://example.org/westmark/x/\">x</a></blockquote>", nil, []string{"/2026/img/map.png"}},
		{"scripts, styles and comments are not tags", "<script>\nlet s = '<img src=\"img/gone.png\">';\n</script>\n<!-- <img src=\"img/gone.png\"> -->\n<style>a[href=\"x\"]{}</style>",
			"<script>\nlet s = '<img src=\"img/gone.png\">';\n</script>\n<!-- <img src=\"img/gone.png\"> -->\n<style>a[href=\"x\"]{}</style>",
			"<script>\nlet s = '<img src=\"img/gone.png\">';\n</script>\n<!-- <img src=\"img/gone.png\"> -->\n<style>a[href=\"x\"]{}</style>",
			"<script>\nlet s = '<img src=\"img/gone.png\">';\n</script>\n<!-- <img src=\"img/gone.png\"> -->\n<style>a[href=\"x\"]{}</style>", nil, nil},
		{"quotes and markup in values stay inside them", `<a href="/x?a=1&amp;b=&quot;2&quot;" title='say "hi" <b>'>q</a>`,
			`<p><a href="/x?a=1&amp;b=&#34;2&#34;" title="say &#34;hi&#34; &lt;b&gt;">q</a></p>`,
			`<p><a href="../../../../x?a=1&amp;b=&#34;2&#34;" title="say &#34;hi&#34; &lt;b&gt;">q</a></p>`,
			`<p><a href="https://example.org/westmark/x?a=1&amp;b=&#34;2&#34;" title="say &#34;hi&#34; &lt;b&gt;">q</a></p>`, nil, nil},
		{"spaces in a path are escaped", `<img src="img/my%20map.png" alt="">`,
			`<img src="/2026/img/my%20map.png" alt>`,
			`<img src="../../../../2026/img/my%20map.png" alt>`,
			`<img src="https://example.org/westmark/2026/img/my%20map.png" alt>`,
			[]string{`content/2026/flood.md:10: error: image "img/my%20map.png": the site has no file /2026/img/my map.png [image-missing]`}, []string{"/2026/img/my map.png"}},
	}
	r := NewRenderer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := r.Render(tt.body, WithSource("content/2026/flood.md", 10), WithResolver(files), WithUnsafe(true))
			if err != nil {
				t.Fatal(err)
			}
			if h := strings.TrimSuffix(string(got.HTML), "\n"); h != tt.html {
				t.Errorf("HTML\n got %s\nwant %s", h, tt.html)
			}
			if h := strings.TrimSuffix(string(RelinkPage(got.HTML, "../../../../")), "\n"); h != tt.page {
				t.Errorf("page\n got %s\nwant %s", h, tt.page)
			}
			if h := strings.TrimSuffix(string(RelinkFeed(got.HTML, "https://example.org/westmark/")), "\n"); h != tt.feed {
				t.Errorf("feed\n got %s\nwant %s", h, tt.feed)
			}
			if d := diagStrings(got.Diags); strings.Join(d, "\n") != strings.Join(tt.diags, "\n") {
				t.Errorf("diags\n got %q\nwant %q", d, tt.diags)
			}
			if strings.Join(got.Images, " ") != strings.Join(tt.images, " ") {
				t.Errorf("images %q, want %q", got.Images, tt.images)
			}
			// Without WithUnsafe the raw HTML stays out, and nothing of it
			// is checked.
			safe, _ := r.Render(tt.body, WithSource("content/2026/flood.md", 10), WithResolver(files))
			for _, d := range safe.Diags {
				if d.Code != "raw-html" {
					t.Errorf("safe: %v", d)
				}
			}
		})
	}
}

func TestRewriteSrcset(t *testing.T) {
	up := func(u string) (string, bool) {
		if strings.HasPrefix(u, "http") {
			return u, false
		}
		return "/" + strings.ToUpper(u), true
	}
	tests := []struct{ in, want string }{
		{"a.png", "/A.PNG"},
		{"a.png 1x", "/A.PNG 1x"},
		{"a.png 480w, b.png 960w", "/A.PNG 480w, /B.PNG 960w"},
		{"  a.png\t480w ,\n b.png   960w  ", "/A.PNG 480w, /B.PNG 960w"},
		{"a.png,b.png 2x", "/A.PNG,B.PNG 2x"}, // a comma inside a URL is part of it
		{"a.png, b.png 2x", "/A.PNG, /B.PNG 2x"},
		{"a.png,, ,b.png", "/A.PNG, /B.PNG"},
		{"https://e.org/x.png 1x, c.png 2x", "https://e.org/x.png 1x, /C.PNG 2x"},
		{"https://e.org/x.png 1x", "https://e.org/x.png 1x"},
		{"", ""},
		{" , ", " , "},
	}
	for _, tt := range tests {
		if got, _ := rewriteSrcset(tt.in, up); got != tt.want {
			t.Errorf("rewriteSrcset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// htmlTokens lists the tokens of h as a browser reads them: type, tag
// name and attributes, text and comments.
func htmlTokens(h []byte) []html.Token {
	var out []html.Token
	z := html.NewTokenizer(bytes.NewReader(h))
	for z.Next() != html.ErrorToken {
		out = append(out, z.Token())
	}
	return out
}

// FuzzRewriteRawHTML rewrites arbitrary raw HTML: no panic, and what is
// written reads back, token by token, as the same tags with the same
// attributes, only the URL values changed: no value can close its quotes
// and add an attribute or a tag.
func FuzzRewriteRawHTML(f *testing.F) {
	for _, s := range []string{
		`<img src="img/x.png" alt="a">`, `<a href='/x' onclick="f()">`, `<a href=/x>x</a>`, `<img srcset="a.png 1x, b.png 2x">`,
		`<video poster=p.png controls><source src=v.mp4></video>`, `<script>"<img src=x>"</script><img src=y>`,
		`<img src="x`, `<a href="/x" href="/y">`, `<IMG SRC="a.png"/>`, `<img src=a.png =x "b=c>`, `<a href="&quot;><script>">`,
		`<!-- <a href=x> --><a href=y>`, "<textarea><a href=x></textarea>", `<img/src="x"/alt=y>`, "<a\x00 href=x>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		// Every URL becomes one with quotes, markup and a character
		// reference in it, to try to break out of the value.
		evil := func(tag, attr, v string, at int) (string, bool) {
			if at < 0 || at >= len(raw) || raw[at] != '<' {
				t.Fatalf("tag at %d of %q", at, raw)
			}
			if v == "" {
				return v, false // no URL, as SitePath says
			}
			return "/\"'><b x=y>&amp;" + v, true
		}
		out, changed := rewriteRawHTML([]byte(raw), evil)
		in := htmlTokens([]byte(raw))
		got := htmlTokens(out)
		if !changed {
			if string(out) != raw {
				t.Fatalf("unchanged, but %q became %q", raw, out)
			}
			return
		}
		if len(got) != len(in) {
			t.Fatalf("%q gave %d tokens, %q gives %d", raw, len(in), out, len(got))
		}
		for i := range in {
			a, b := in[i], got[i]
			if a.Type != b.Type || a.Data != b.Data && a.Type != html.StartTagToken && a.Type != html.SelfClosingTagToken || len(a.Attr) != len(b.Attr) {
				t.Fatalf("token %d: %q became %q\n(%q -> %q)", i, a, b, raw, out)
			}
			if (a.Type == html.StartTagToken || a.Type == html.SelfClosingTagToken) && !strings.EqualFold(a.Data, b.Data) {
				t.Fatalf("tag %q became %q", a.Data, b.Data)
			}
			for k := range a.Attr {
				x, y := a.Attr[k], b.Attr[k]
				want := x.Val
				if urlAttrs[x.Key] && x.Key != "srcset" && x.Val != "" {
					want = "/\"'><b x=y>&amp;" + x.Val
				}
				if x.Key != y.Key || (x.Key != "srcset" && y.Val != want) {
					t.Fatalf("attribute %q=%q became %q=%q\n(%q -> %q)", x.Key, x.Val, y.Key, y.Val, raw, out)
				}
			}
		}
	})
}
