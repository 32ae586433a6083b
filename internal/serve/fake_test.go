package serve

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io/fs"
	"path"
	"sort"
	"strings"

	"broadsheet/internal/diag"
)

// fakeBuilder stands in for the build package: every content/NAME.txt
// becomes NAME/index.html showing the text, listed on the home page. A
// text containing "BROKEN", or a layouts/article.html containing "{{ end",
// is an error. Like the real builder it hands the sink only the files that
// differ from what it delivered before.
type fakeBuilder struct {
	fsys  fs.FS
	last  map[string][]byte
	calls chan []string // the changed paths of each call, nil for a full build; may be nil
}

func (f *fakeBuilder) Build(ctx context.Context, sink Sink) Result {
	f.last = nil
	return f.run(nil, sink)
}

func (f *fakeBuilder) Rebuild(ctx context.Context, changed []string, sink Sink) Result {
	return f.run(changed, sink)
}

func (f *fakeBuilder) run(changed []string, sink Sink) Result {
	if f.calls != nil {
		f.calls <- changed
	}
	out, diags := f.render()
	res := Result{Diags: diags, Failed: diags.HasErrors()}
	if res.Failed {
		return res
	}
	for name, data := range out {
		if !bytes.Equal(f.last[name], data) {
			sink.WriteFile(name, data)
			res.Wrote++
			if strings.HasSuffix(name, ".html") {
				res.Pages++
			}
		}
		res.Files = append(res.Files, name)
	}
	sort.Strings(res.Files)
	f.last = out
	return res
}

func (f *fakeBuilder) render() (map[string][]byte, diag.List) {
	var diags diag.List
	if l, err := fs.ReadFile(f.fsys, "layouts/article.html"); err == nil && bytes.Contains(l, []byte("{{ end")) {
		diags.Errorf("layouts/article.html", 1, `template: article: unexpected {{end}}`)
	}
	out := map[string][]byte{
		"404.html":   []byte(page("Not found", "nothing here")),
		"feed.xml":   []byte(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`),
		"feed.json":  []byte(`{"version":"https://jsonfeed.org/version/1.1"}`),
		"style.css":  []byte("body{color:#222}</body>"),
		"robots.txt": []byte("User-agent: *\n"),
	}
	var list []string
	fs.WalkDir(f.fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".txt" {
			return nil
		}
		text, err := fs.ReadFile(f.fsys, p)
		if err != nil {
			return nil
		}
		if line := bytes.Index(text, []byte("BROKEN")); line >= 0 {
			diags.Errorf(p, 1+bytes.Count(text[:line], []byte("\n")), "broken <b>article</b> & more")
		}
		slug := strings.TrimSuffix(path.Base(p), ".txt")
		out[slug+"/index.html"] = []byte(page(slug, string(text)))
		list = append(list, slug)
		return nil
	})
	sort.Strings(list)
	out["index.html"] = []byte(page("Home", strings.Join(list, " ")))
	return out, diags
}

func page(title, text string) string {
	return fmt.Sprintf("<!doctype html>\n<html><head><title>%s</title></head><body>"+
		"<article class=\"article\"><h1>%s</h1><div class=\"article-body\"><p id=\"text\">%s</p></div></article>"+
		"</body></html>\n", html.EscapeString(title), html.EscapeString(title), html.EscapeString(text))
}
