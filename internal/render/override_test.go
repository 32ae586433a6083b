package render

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"broadsheet/internal/site"
	"broadsheet/layouts"
)

func TestOverrideByName(t *testing.T) {
	over := fstest.MapFS{
		"article.html": {Data: []byte(`{{define "main"}}<p class="mine">{{.Page.Article.Title}}</p>{{end}}{{template "base" .}}`)},
		"style.css":    {Data: []byte("body { color: red }")},
		"extra.html":   {Data: []byte(`{{define "extra"}}extra{{end}}`)},
		"logo.svg":     {Data: []byte("<svg/>")},
		".DS_Store":    {Data: []byte("junk")},
	}
	r := newRenderer(t, over)
	s := newSample(false)
	got := render(t, r, s, s.page(site.KindArticle))
	if !strings.Contains(got, `<p class="mine">Talks resume in Geneva as winter bites</p>`) || strings.Contains(got, `<article class="article">`) {
		t.Errorf("article.html was not overridden:\n%s", got)
	}
	if !strings.Contains(got, `<p class="masthead">`) {
		t.Errorf("the default base.html is not used with an overridden article.html")
	}
	if got := render(t, r, s, s.page(site.KindDigest)); !strings.Contains(got, `<article class="digest-entry">`) {
		t.Errorf("digest.html lost its default")
	}
	var names []string
	for _, a := range r.Assets() {
		names = append(names, a.Name)
		if a.Name == "style.css" && string(a.Data) != "body { color: red }" {
			t.Errorf("style.css was not overridden")
		}
	}
	if want := []string{"favicon.svg", "logo.svg", "style.css"}; !slices.Equal(names, want) {
		t.Errorf("assets %v, want %v", names, want)
	}
	want := []string{"layouts/base.html", "layouts/extra.html", "layouts/partials.html", "layouts/article.html"}
	if got := r.Layouts(site.KindArticle); !slices.Equal(got, want) {
		t.Errorf("Layouts(article) = %v, want %v", got, want)
	}
}

func TestDefaultAssetsAndLayouts(t *testing.T) {
	r := newRenderer(t, nil)
	var names []string
	for _, a := range r.Assets() {
		names = append(names, a.Name)
	}
	if want := []string{"favicon.svg", "style.css"}; !slices.Equal(names, want) {
		t.Errorf("assets %v, want %v", names, want)
	}
	for _, k := range site.Kinds {
		want := []string{"layouts/base.html", "layouts/partials.html", "layouts/" + string(k) + ".html"}
		if got := r.Layouts(k); !slices.Equal(got, want) {
			t.Errorf("Layouts(%s) = %v, want %v", k, got, want)
		}
	}
}

func TestBrokenLayouts(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            string // prefix of the one error
	}{
		{"syntax", "article.html", "{{define \"main\"}}\n<h1>{{.Page.Title}</h1>\n{{end}}", "layouts/article.html:2: error: "},
		{"unknown function", "digest.html", "\n\n{{define \"main\"}}{{frobnicate .}}{{end}}", "layouts/digest.html:3: error: function \"frobnicate\" is not defined"},
		{"unclosed action in shared file", "base.html", "{{define \"base\"}}\n\n\n{{if .Page}}\n{{end}}", "layouts/base.html:"},
		{"escaping", "home.html", "{{define \"main\"}}\n<a href=\"{{.Page.URL}}\n{{end}}{{template \"base\" .}}", "layouts/home.html:"},
		{"missing template", "outlet.html", "{{template \"nosuch\" .}}", "layouts/outlet.html:1: error: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, diags := New(layouts.FS(), fstest.MapFS{tt.file: {Data: []byte(tt.src)}})
			if r != nil {
				t.Errorf("New returned a renderer despite errors")
			}
			if diags.Count(1) == 0 {
				t.Fatalf("no error reported")
			}
			for _, d := range diags {
				if !strings.HasPrefix(d.String(), tt.want) {
					t.Errorf("got %q, want prefix %q", d, tt.want)
				}
			}
			if n := len(diags); n != 1 {
				t.Errorf("%d diagnostics, want 1 (the same error once): %v", n, diags)
			}
		})
	}
}

func TestExecutionErrorNamesFileAndLine(t *testing.T) {
	over := fstest.MapFS{"article.html": {Data: []byte("{{define \"main\"}}\n<p>ok</p>\n<p>{{.Page.Article.Nope}}</p>\n{{end}}{{template \"base\" .}}")}}
	r := newRenderer(t, over)
	s := newSample(false)
	p := s.page(site.KindArticle)
	err := r.Page(&bytes.Buffer{}, s.site, p, "")
	var re *Error
	if !errors.As(err, &re) {
		t.Fatalf("got %v, want a *render.Error", err)
	}
	want := "layouts/article.html:3: error: "
	if got := re.Error(); !strings.HasPrefix(got, want) || !strings.Contains(got, "Nope") || !strings.Contains(got, p.URL) {
		t.Errorf("got %q, want %q... naming the field and the page", got, want)
	}
}

func TestMisnamedLayoutWarns(t *testing.T) {
	r, diags := New(layouts.FS(), fstest.MapFS{"artcle.html": {Data: []byte("<p>{{.Page.Title}}</p>")}})
	if r == nil || len(diags) != 1 || !strings.HasPrefix(diags[0].String(), "layouts/artcle.html: warning: ") {
		t.Errorf("got %v, want one warning about artcle.html", diags)
	}
}

func TestMissingOverridesFolder(t *testing.T) {
	if _, diags := New(layouts.FS(), fstest.MapFS{}); len(diags) != 0 {
		t.Errorf("empty overrides: %v", diags)
	}
}

func TestWriterErrorIsNotATemplateError(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	err := r.Page(failingWriter{}, s.site, s.page(site.KindHome), "")
	var re *Error
	if err == nil || errors.As(err, &re) {
		t.Errorf("got %v, want a plain write error", err)
	}
}

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
