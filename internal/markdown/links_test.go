package markdown

import (
	"errors"
	"strings"
	"testing"

	"broadsheet/internal/diag"
)

func TestSitePath(t *testing.T) {
	tests := []struct {
		source, dest string
		path, suffix string
		out, ok      bool
	}{
		{"content/2026/flood.md", "/img/x.png", "/img/x.png", "", false, true},
		{"content/2026/flood.md", "img/x.png", "/2026/img/x.png", "", false, true},
		{"content/2026/flood.md", "../img/x.png", "/img/x.png", "", false, true},
		{"content/2026/flood.md", "./img/../img/x.png", "/2026/img/x.png", "", false, true},
		{"content/flood.md", "img/x.png", "/img/x.png", "", false, true},
		{"content/flood.md", "../../x.png", "/x.png", "", true, true},
		{"content/2026/flood.md", "img/my%20photo.png?v=2#top", "/2026/img/my photo.png", "?v=2#top", false, true},
		{"content/2026/flood.md", "/digest/2026-02-13/", "/digest/2026-02-13/", "", false, true},
		{"content/2026/flood.md", "../", "/", "", false, true},
		{"", "img/x.png", "/img/x.png", "", false, true},
		{"content/2026/flood.md", "https://example.org/x.png", "", "", false, false},
		{"content/2026/flood.md", "HTTP://example.org/", "", "", false, false},
		{"content/2026/flood.md", "mailto:desk@example.org", "", "", false, false},
		{"content/2026/flood.md", "tel:+41", "", "", false, false},
		{"content/2026/flood.md", "#notes", "", "", false, false},
		{"content/2026/flood.md", "?page=2", "", "", false, false},
		{"content/2026/flood.md", "//cdn.example.org/x.png", "", "", false, false},
		{"content/2026/flood.md", "", "", "", false, false},
		{"content/2026/flood.md", "data:image/png;base64,AAAA", "", "", false, false},
		{"content/2026/flood.md", "3:00.png", "/2026/3:00.png", "", false, true}, // a digit cannot open a scheme
	}
	for _, tt := range tests {
		p, suffix, out, ok := SitePath(tt.source, tt.dest)
		if p != tt.path || suffix != tt.suffix || out != tt.out || ok != tt.ok {
			t.Errorf("SitePath(%q, %q) = %q, %q, %v, %v; want %q, %q, %v, %v",
				tt.source, tt.dest, p, suffix, out, ok, tt.path, tt.suffix, tt.out, tt.ok)
		}
	}
}

// siteFiles is a Resolver over a fixed set of files with their sizes.
func siteFiles(files map[string][2]int) Resolver {
	return func(r Ref) (Target, error) {
		if strings.HasSuffix(r.Path, "/") || strings.HasSuffix(r.Path, ".md") {
			return Target{}, nil // pages are not known while bodies are read
		}
		size, ok := files[r.Path]
		if !ok {
			return Target{}, ErrNotFound
		}
		return Target{Width: size[0], Height: size[1]}, nil
	}
}

func TestRenderLinks(t *testing.T) {
	files := siteFiles(map[string][2]int{"/img/harbor.png": {640, 480}, "/2026/img/flood.jpg": {800, 600}})
	tests := []struct {
		name, body, want string
		diags            []string
		images           []string
	}{
		{"root image", "![Harbor](/img/harbor.png)",
			`<p><img src="/img/harbor.png" alt="Harbor" width="640" height="480" loading="lazy" decoding="async"></p>` + "\n", nil, []string{"/img/harbor.png"}},
		{"relative image", "Text\n\n![Flood](img/flood.jpg \"The river\")",
			"<p>Text</p>\n" + `<p><img src="/2026/img/flood.jpg" alt="Flood" title="The river" width="800" height="600" loading="lazy" decoding="async"></p>` + "\n", nil, []string{"/2026/img/flood.jpg"}},
		{"parent image", "![H](../img/harbor.png) and ![H again](/img/harbor.png)",
			`<p><img src="/img/harbor.png" alt="H" width="640" height="480" loading="lazy" decoding="async"> and <img src="/img/harbor.png" alt="H again" width="640" height="480" loading="lazy" decoding="async"></p>` + "\n", nil, []string{"/img/harbor.png"}},
		{"absolute stays", "[site](https://example.org/a?b=1) [mail](mailto:desk@example.org) [notes](#notes) ![x](https://example.org/x.png)",
			`<p><a href="https://example.org/a?b=1">site</a> <a href="mailto:desk@example.org">mail</a> <a href="#notes">notes</a> <img src="https://example.org/x.png" alt="x"></p>` + "\n", nil, nil},
		{"page links", "[digest](/digest/2026-02-13/) [earlier](geneva.md#talks)",
			`<p><a href="/digest/2026-02-13/">digest</a> <a href="/2026/geneva.md#talks">earlier</a></p>` + "\n", nil, nil},
		{"missing image", "One.\n\nTwo\nand ![gone](img/gone.png) here.",
			"<p>One.</p>\n<p>Two\nand <img src=\"/2026/img/gone.png\" alt=\"gone\"> here.</p>\n",
			[]string{`content/2026/flood.md:13: error: image "img/gone.png": the site has no file /2026/img/gone.png [image-missing]`}, []string{"/2026/img/gone.png"}},
		{"missing image without alt", "- a\n- ![](/img/none.png)",
			"<ul>\n<li>a</li>\n<li><img src=\"/img/none.png\" alt=\"\"></li>\n</ul>\n",
			[]string{`content/2026/flood.md:11: error: image "/img/none.png": the site has no file /img/none.png [image-missing]`}, []string{"/img/none.png"}},
		{"missing link", "See [the file](files/report.pdf).",
			"<p>See <a href=\"/2026/files/report.pdf\">the file</a>.</p>\n",
			[]string{`content/2026/flood.md:10: warning: link "files/report.pdf": the site has no file /2026/files/report.pdf [link-missing]`}, nil},
		{"above the root", "![x](../../../img/harbor.png)",
			`<p><img src="/img/harbor.png" alt="x" width="640" height="480" loading="lazy" decoding="async"></p>` + "\n",
			[]string{`content/2026/flood.md:10: error: image "../../../img/harbor.png" leads above the site's root; it is read as /img/harbor.png [image-missing]`}, []string{"/img/harbor.png"}},
		{"reference image", "![alt][pic]\n\n[pic]: img/flood.jpg",
			`<p><img src="/2026/img/flood.jpg" alt="alt" width="800" height="600" loading="lazy" decoding="async"></p>` + "\n", nil, []string{"/2026/img/flood.jpg"}},
	}
	r := NewRenderer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The body starts on line 10 of the file, after its front matter.
			got, err := r.Render(tt.body, WithSource("content/2026/flood.md", 10), WithResolver(files))
			if err != nil {
				t.Fatal(err)
			}
			if string(got.HTML) != tt.want {
				t.Errorf("HTML\n got %q\nwant %q", got.HTML, tt.want)
			}
			if d := diagStrings(got.Diags); strings.Join(d, "\n") != strings.Join(tt.diags, "\n") {
				t.Errorf("diags\n got %q\nwant %q", d, tt.diags)
			}
			if strings.Join(got.Images, " ") != strings.Join(tt.images, " ") {
				t.Errorf("images %q, want %q", got.Images, tt.images)
			}
			again, err := r.HTML(tt.body, WithSource("content/2026/flood.md", 10), WithResolver(files))
			if err != nil || again != got.HTML {
				t.Errorf("HTML() = %q, %v; Render gave %q", again, err, got.HTML)
			}
		})
	}
}

func diagStrings(l diag.List) []string {
	var out []string
	for _, d := range l {
		out = append(out, d.String())
	}
	return out
}

func TestRenderResolverTarget(t *testing.T) {
	r := NewRenderer()
	res := func(ref Ref) (Target, error) {
		if ref.Image && ref.Path == "/2026/img/harbor.jpg" {
			return Target{URL: "/img/harbor.3f2a.960.jpg", Width: 960, Height: 540,
				Srcset: "/img/harbor.3f2a.480.jpg 480w, /img/harbor.3f2a.960.jpg 960w", Sizes: "(max-width: 40rem) 100vw, 40rem"}, nil
		}
		if ref.Path == "/2026/img/notes.txt" {
			return Target{}, errors.New("not a PNG, JPEG, GIF or WebP image")
		}
		if ref.Path == "/2026/geneva.md" {
			return Target{URL: "/2026/02/13/geneva/"}, nil
		}
		return Target{}, errors.New("is a folder, not a file")
	}
	got, err := r.Render("![a](img/harbor.jpg)\n\n[b](geneva.md#x) [c](/static/)\n\n![n](img/notes.txt)", WithSource("content/2026/a.md", 3), WithResolver(res))
	if err != nil {
		t.Fatal(err)
	}
	want := `<p><img src="/img/harbor.3f2a.960.jpg" alt="a" width="960" height="540" loading="lazy" decoding="async" srcset="/img/harbor.3f2a.480.jpg 480w, /img/harbor.3f2a.960.jpg 960w" sizes="(max-width: 40rem) 100vw, 40rem"></p>` + "\n" +
		`<p><a href="/2026/02/13/geneva/#x">b</a> <a href="/static/">c</a></p>` + "\n" +
		`<p><img src="/2026/img/notes.txt" alt="n"></p>` + "\n"
	if string(got.HTML) != want {
		t.Errorf("got  %s\nwant %s", got.HTML, want)
	}
	if d := diagStrings(got.Diags); len(d) != 2 || d[0] != `content/2026/a.md:5: warning: link "/static/": is a folder, not a file [link-missing]` ||
		d[1] != `content/2026/a.md:7: error: image "img/notes.txt": not a PNG, JPEG, GIF or WebP image [image-invalid]` {
		t.Errorf("diags %q", d)
	}
}

// TestRenderResolverWarning reports what a Resolver warns of a file at
// each line that shows it, and still writes the image.
func TestRenderResolverWarning(t *testing.T) {
	res := func(ref Ref) (Target, error) {
		return Target{Width: 4, Height: 3, Warning: "it tells where it was taken", WarningCode: "picture-location"}, nil
	}
	got, err := NewRenderer().Render("Text.\n\n![a](img/phone.jpg)\n\n![b](/2026/img/phone.jpg)", WithSource("content/2026/a.md", 3), WithResolver(res))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`content/2026/a.md:5: warning: image "img/phone.jpg": it tells where it was taken [picture-location]`,
		`content/2026/a.md:7: warning: image "/2026/img/phone.jpg": it tells where it was taken [picture-location]`,
	}
	if d := diagStrings(got.Diags); strings.Join(d, "\n") != strings.Join(want, "\n") {
		t.Errorf("diags\n got %q\nwant %q", d, want)
	}
	if !strings.Contains(string(got.HTML), `<img src="/2026/img/phone.jpg" alt="a" width="4" height="3"`) {
		t.Errorf("HTML %s", got.HTML)
	}
}

func TestRenderWithoutSourceKeepsLinks(t *testing.T) {
	got, err := NewRenderer().Render("[a](img/x.png) ![b](../y.png) <b>x</b>")
	if err != nil {
		t.Fatal(err)
	}
	want := `<p><a href="img/x.png">a</a> <img src="../y.png" alt="b"> <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>` + "\n"
	if string(got.HTML) != want || len(got.Diags) != 0 {
		t.Errorf("got %q %v, want %q and no diagnostics", got.HTML, got.Diags, want)
	}
}

func TestKeyLine(t *testing.T) {
	src := []byte("\n+++\ntitle = \"T\"\ndate = 2026-02-13\nimage = \"img/x.png\"\n[extra]\nimage = 1\n+++\n\nBody")
	if got := KeyLine(src, "image"); got != 5 {
		t.Errorf("image on line %d, want 5", got)
	}
	if got := KeyLine(src, "caption"); got != 0 {
		t.Errorf("caption on line %d, want 0", got)
	}
	if got := KeyLine([]byte("no front matter"), "image"); got != 0 {
		t.Errorf("got %d", got)
	}
}
