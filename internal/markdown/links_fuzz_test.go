package markdown

import (
	"strings"
	"testing"
)

// FuzzSitePath checks that a local destination always names a clean
// site path under the root, whatever its dots and escapes.
func FuzzSitePath(f *testing.F) {
	for _, s := range []string{"/img/x.png", "img/x.png", "../img/x.png", "../../../x", "a%2F..%2F..%2Fb", "x?y#z",
		"https://e.org/", "mailto:a@b", "#f", "//h/p", "./", "%zz", "a/./b/../c/", "C:\\x.png", " /x "} {
		f.Add("content/2026/a.md", s)
	}
	f.Fuzz(func(t *testing.T, source, dest string) {
		p, suffix, out, ok := SitePath(source, dest)
		if !ok {
			if p != "" || suffix != "" || out {
				t.Fatalf("not local but %q %q %v", p, suffix, out)
			}
			return
		}
		if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
			t.Fatalf("SitePath(%q, %q) = %q, not a site path", source, dest, p)
		}
		for _, el := range strings.Split(p, "/") {
			if el == ".." || el == "." {
				t.Fatalf("SitePath(%q, %q) = %q, not clean", source, dest, p)
			}
		}
		if suffix != "" && suffix[0] != '?' && suffix[0] != '#' {
			t.Fatalf("suffix %q", suffix)
		}
	})
}

// FuzzRenderLinks renders arbitrary bodies with a source and a resolver,
// with and without raw HTML let through: no panic, every diagnostic on a
// line of the body, every image path local, and RelinkPage leaves no
// site path in href or src.
func FuzzRenderLinks(f *testing.F) {
	for _, s := range []string{
		"![a](img/x.png)", "[a](../b.md#c)\n\n![](/i.png \"t\")", "<div>\n<b>x</b>\n</div>", "https://youtu.be/dQw4w9WgXcQ",
		"<https://vimeo.com/1>", "> ![a][r]\n\n[r]: ../../../r.png", "- [x](y)\n  ![z](w)", "![a](<b c.png>)", "[a](\\/b)",
		"<img src=\"img/x.png\">\n\nA <a href='/b'>b</a>.", "> <div>\n> <img\n>  srcset=\"x.png 1x, /y.png 2x\">", "- <video poster=p.png>\n\t<source src=v.mp4>",
	} {
		f.Add(s)
	}
	r := NewRenderer()
	files := siteFiles(map[string][2]int{"/2026/img/x.png": {10, 20}})
	f.Fuzz(func(t *testing.T, body string) {
		for _, unsafe := range []bool{false, true} {
			checkRenderLinks(t, r, files, body, unsafe)
		}
	})
}

// checkRenderLinks is one case of FuzzRenderLinks.
func checkRenderLinks(t *testing.T, r *Renderer, files Resolver, body string, unsafe bool) {
	t.Helper()
	got, err := r.Render(body, WithSource("content/2026/a.md", 5), WithResolver(files), WithUnsafe(unsafe))
	if err != nil {
		return // over the limits
	}
	lines := 1 + strings.Count(body, "\n")
	for _, d := range got.Diags {
		if d.Line < 5 || d.Line > 5+lines-1 {
			t.Fatalf("diagnostic outside lines 5 to %d: %v", 5+lines-1, d)
		}
	}
	for _, p := range got.Images {
		if !strings.HasPrefix(p, "/") {
			t.Fatalf("image path %q", p)
		}
	}
	page := string(RelinkPage(got.HTML, "../"))
	for _, attr := range []string{` href="/`, ` src="/`} {
		for rest := page; ; {
			i := strings.Index(rest, attr)
			if i < 0 {
				break
			}
			if !strings.HasPrefix(rest[i+len(attr):], "/") {
				t.Fatalf("a site path left in %s", page)
			}
			rest = rest[i+len(attr):]
		}
	}
}
