package build

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"broadsheet/internal/gen"
	"broadsheet/internal/site"
	"broadsheet/layouts"
)

// editor mutates an in-memory site the way writers do, and names the
// paths each step touched.
type editor struct {
	fsys  fstest.MapFS
	r     *rand.Rand
	spare [][]byte // generated articles not yet in the site
	n     int      // counter for fresh names
	box   string   // a folder of articles that moves as a whole
}

func newEditor(seed uint64, articles int) *editor {
	e := &editor{fsys: genFS(articles, int64(seed)), r: rand.New(rand.NewPCG(seed, 1))}
	for _, data := range gen.Files(40, int64(seed)+1000) {
		e.spare = append(e.spare, data)
	}
	e.fsys["content/notes/hand.md"] = file(mdArticle("Hand-written note", "2026-01-20", "Jane Roe", "The Example Times"))
	e.fsys["site.toml"] = file("taxonomies = [\"tags\", \"sections\"]\n" + string(e.fsys["site.toml"].Data))
	e.fsys["static/robots.txt"] = file("User-agent: *\n")
	return e
}

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s), Mode: 0o644} }

func mdArticle(title, date, author, outlet string) string {
	return mdArticleBody(title, date, author, outlet, "A body with *stars* & [brackets].")
}

// mdArticleBody is mdArticle with the given Markdown body, whose opening
// sentences are the article's lead.
func mdArticleBody(title, date, author, outlet, body string) string {
	return fmt.Sprintf("+++\ntitle = %q\ndate = %s\nauthors = [%q]\noutlet = %q\n+++\n\n%s\n", title, date, author, outlet, body)
}

// wideLayouts overrides every page layout and the entry template with
// ones that read site-wide data: every article's title, teaser and
// reading time, every digest, author, outlet and page, and the entries
// of the newest articles, on every page.
func wideLayouts(fsys fstest.MapFS) {
	fsys["layouts/wide.html"] = file(`{{define "wide"}}<aside class="wide">
{{len .Site.Articles}} articles, {{len .Site.Digests}} digests, {{len .Site.Pages}} pages.
{{range .Site.Articles}}<p>{{.Title}}: {{teaser .}} ({{.ReadingMinutes}} min)</p>{{end}}
{{range .Site.Digests}}<p>{{.Title}}: {{len .Articles}}</p>{{end}}
{{range .Site.Authors}}<p>{{.Name}}: {{len .Articles}}</p>{{end}}
{{range .Site.Outlets}}<p>{{.Name}}: {{len .Articles}}</p>{{end}}
{{range .Site.Taxonomies}}{{range .ByCount}}<p>{{.Name}}: {{len .Articles}} {{range .Articles}}{{.Title}} {{end}}</p>{{end}}{{end}}
{{range .Site.Archive.Years}}{{range .Months}}<p>{{.Articles}}</p>{{end}}{{end}}
{{range $i, $a := .Site.Articles}}{{if lt $i 3}}{{entry $ $a 3}}{{end}}{{end}}
</aside>{{end}}
`)
	for _, kind := range site.Kinds {
		name := string(kind) + ".html"
		data, err := fs.ReadFile(layouts.FS(), name)
		if err != nil {
			panic(err)
		}
		fsys["layouts/"+name] = file(string(data) + "\n{{template \"wide\" .}}\n")
	}
	data, err := fs.ReadFile(layouts.FS(), "partials.html")
	if err != nil {
		panic(err)
	}
	fsys["layouts/partials.html"] = file(strings.Replace(string(data), `<article class="digest-entry">`,
		`<article class="digest-entry" data-of="{{len $d.Site.Articles}}" data-latest="{{with $d.Site.Articles}}{{(index . 0).Title}}{{end}}">`, -1))
}

// reachLayout overrides the article layout with one that shows, under
// each article, the other articles of its digest and its older
// neighbour's neighbour, without reading the site-wide lists.
func reachLayout(fsys fstest.MapFS) {
	data, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		panic(err)
	}
	fsys["layouts/article.html"] = file(string(data) + `
{{with .Page.Article.Digest}}<ul class="more">{{range .Articles}}<li>{{.Title}}: {{teaser .}}</li>{{end}}</ul>{{end}}
{{with .Page.Article.Prev}}{{with .Prev}}<p class="before">{{.Title}}</p>{{end}}{{end}}
`)
}

// publisherKeys returns front matter lines a publisher adds, picked at
// random: tags and sections whose spellings differ from note to note (so
// the older article's spelling names the term), an alias, an update.
func (e *editor) publisherKeys() string {
	var b strings.Builder
	spellings := []string{"Harbour", "harbour", "Ferries", "HARBOUR", "Weather"}
	if e.r.IntN(3) > 0 {
		fmt.Fprintf(&b, "tags = [%q, %q]\n", spellings[e.r.IntN(len(spellings))], spellings[e.r.IntN(len(spellings))])
	}
	if e.r.IntN(2) == 0 {
		fmt.Fprintf(&b, "sections = [%q]\n", []string{"Region", "Business", "region"}[e.r.IntN(3)])
	}
	if e.r.IntN(3) == 0 {
		fmt.Fprintf(&b, "aliases = [\"/old/note-%d/\"]\n", e.n)
	}
	if e.r.IntN(3) == 0 {
		fmt.Fprintf(&b, "updated = 2026-03-%02dT10:00:00Z\n", 1+e.r.IntN(28))
	}
	return b.String()
}

// articles lists the content files, sorted.
func (e *editor) articles() []string {
	var out []string
	for p := range e.fsys {
		if strings.HasPrefix(p, "content/") {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

func (e *editor) pick() string {
	a := e.articles()
	return a[e.r.IntN(len(a))]
}

// step makes one random edit and returns the changed paths.
func (e *editor) step() (string, []string) {
	e.n++
	switch e.r.IntN(13) {
	case 12: // make a folder of articles, or move it, naming only the folders
		to := fmt.Sprintf("content/box%d", e.n)
		if e.box == "" {
			e.fsys[to+"/2026-02-03-boxed.txt"] = file(string(e.spare[0]))
			e.fsys[to+"/deeper/2026-02-04-boxed-too.txt"] = file(string(e.spare[1]))
			e.box = to
			return "make folder", []string{to}
		}
		from := e.box
		for _, p := range e.articles() {
			if strings.HasPrefix(p, from+"/") {
				e.fsys[to+strings.TrimPrefix(p, from)] = e.fsys[p]
				delete(e.fsys, p)
			}
		}
		e.box = to
		return "move folder", []string{from, to}
	case 0, 1, 2: // edit a body
		p := e.pick()
		text := string(e.fsys[p].Data)
		paras := strings.Split(text, "\n\n")
		i := len(paras) / 2
		paras = slices.Insert(paras, i, fmt.Sprintf("An edited paragraph, number %d, with _marks_ & <tags>.", e.n))
		e.fsys[p] = file(strings.Join(paras, "\n\n"))
		return "edit body", []string{p}
	case 3: // retitle, redate or rewrite the lead of a hand-written article
		p := fmt.Sprintf("content/notes/n%d.md", e.r.IntN(4))
		day := 5 + e.r.IntN(60)
		date := fmt.Sprintf("2026-%02d-%02d", 1+day/31, 1+day%28)
		body := fmt.Sprintf("Note **%d** opens with _emphasis_ & [a link](https://example.org/%d). Its second sentence.\n\nA second paragraph.", e.n, e.n)
		text := mdArticleBody(fmt.Sprintf("Note %d", e.n), date, []string{"Ana Example", "Jane Roe", "Sam Sample"}[e.r.IntN(3)], "The Harbor Ledger", body)
		e.fsys[p] = file(strings.Replace(text, "+++\n\n", e.publisherKeys()+"+++\n\n", 1))
		return "write note", []string{p}
	case 4: // create
		p := fmt.Sprintf("content/new/2026-02-%02d-fresh-%d.txt", 1+e.r.IntN(28), e.n)
		e.fsys[p] = file(string(e.spare[e.r.IntN(len(e.spare))]))
		return "create", []string{p}
	case 5: // delete
		p := e.pick()
		delete(e.fsys, p)
		return "delete", []string{p}
	case 6: // rename
		p := e.pick()
		q := strings.TrimSuffix(p, path_ext(p)) + fmt.Sprintf("-moved-%d", e.n) + path_ext(p)
		e.fsys[q] = e.fsys[p]
		delete(e.fsys, p)
		return "rename", []string{p, q}
	case 7: // break an article, or fix the broken ones
		if broken := e.broken(); len(broken) > 0 && e.r.IntN(2) == 0 {
			for _, p := range broken {
				delete(e.fsys, p)
			}
			return "fix", broken
		}
		p := fmt.Sprintf("content/broken-%d.md", e.n)
		e.fsys[p] = file("+++\ntitle = \"no closing\"\n")
		return "break", []string{p}
	case 8: // edit or drop a layout override
		return e.layout()
	case 9: // static file
		p := fmt.Sprintf("static/files/f%d.txt", e.r.IntN(3))
		if e.r.IntN(3) == 0 {
			delete(e.fsys, p)
		} else {
			e.fsys[p] = file(fmt.Sprintf("static %d", e.n))
		}
		return "static", []string{p}
	case 10: // site.toml
		data := strings.Replace(string(e.fsys["site.toml"].Data), "per_page = ", fmt.Sprintf("# %d\nper_page = ", e.n), 1)
		if e.r.IntN(2) == 0 {
			data = strings.Replace(data, `title = "`, `title = "X`, 1)
		}
		e.fsys["site.toml"] = file(data)
		return "config", []string{"site.toml"}
	default: // move an article to another day
		p := e.pick()
		text := string(e.fsys[p].Data)
		lines := strings.SplitN(text, "\n", 3)
		for i, l := range lines[:2] {
			if strings.HasPrefix(strings.ToLower(l), "date") {
				lines[i] = fmt.Sprintf("date 2026-02-%02d", 1+e.r.IntN(28))
			}
		}
		e.fsys[p] = file(strings.Join(lines, "\n"))
		return "redate", []string{p}
	}
}

func path_ext(p string) string { return p[strings.LastIndex(p, "."):] }

func (e *editor) broken() []string {
	var out []string
	for p := range e.fsys {
		if strings.HasPrefix(p, "content/broken-") {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// layout writes an override of a default layout with a marker, or removes it.
func (e *editor) layout() (string, []string) {
	name := []string{"article.html", "digest.html", "partials.html", "home.html", "style.css"}[e.r.IntN(5)]
	p := "layouts/" + name
	old, ok := e.fsys[p]
	if ok && e.r.IntN(2) == 0 {
		delete(e.fsys, p)
		return "drop layout", []string{p}
	}
	data, err := fs.ReadFile(layouts.FS(), name)
	if err != nil {
		panic(err)
	}
	if ok && e.r.IntN(2) == 0 {
		data = old.Data // keep what the override changed
	}
	marker := fmt.Sprintf("<!-- v%d -->", e.n)
	if name == "style.css" {
		marker = fmt.Sprintf("/* v%d */", e.n)
	}
	e.fsys[p] = file(string(data) + marker + "\n")
	return "layout", []string{p}
}

// TestRebuildEqualsBuild checks that a Build followed by any sequence of
// Rebuilds leaves the same files, bytes and diagnostics as a fresh Build
// of the same sources, including after failed rebuilds.
//
// It runs with the default layouts, with layouts that read site-wide
// data from every kind of page (wideLayouts), and with an article layout
// that shows other articles through the page's own (reachLayout), on
// sites with hand-written .md articles whose leads come from their
// Markdown.
func TestRebuildEqualsBuild(t *testing.T) {
	seeds, steps := uint64(4), 25
	if testing.Short() {
		seeds, steps = 1, 10
	}
	for _, mode := range []string{"default", "wide", "reach"} {
		for seed := range seeds {
			t.Run(fmt.Sprintf("%s/%d", mode, seed), func(t *testing.T) {
				n := 30
				if mode == "reach" {
					n = 90 // digests of several articles, which reach each other
				}
				e := newEditor(seed, n)
				switch mode {
				case "wide":
					wideLayouts(e.fsys)
				case "reach":
					reachLayout(e.fsys)
				}
				rebuildEqualsBuild(t, e, steps)
			})
		}
	}
}

// rebuildEqualsBuild makes steps random edits of e's site, rebuilding
// after each, and compares every rebuild with a fresh build.
func rebuildEqualsBuild(t *testing.T, e *editor, steps int) {
	t.Helper()
	b := New(e.fsys, Options{Now: now, Workers: 3})
	sink := newMemSink()
	res := b.Build(context.Background(), sink)
	sink.apply(res)
	for i := range steps {
		what, changed := e.step()
		before := maps.Clone(sink.files)
		res := b.Rebuild(context.Background(), changed, sink)
		if res.Failed() {
			sink.files = before // the caller discards a failed build
		} else {
			sink.apply(res)
		}
		compareFresh(t, fmt.Sprintf("step %d (%s %v)", i, what, changed), e.fsys, res, sink)
		if t.Failed() {
			return
		}
	}
}

// compareFresh builds a copy of fsys from scratch and compares it with
// the rebuilt output.
func compareFresh(t *testing.T, step string, fsys fstest.MapFS, res *Result, sink *memSink) {
	t.Helper()
	fresh := newMemSink()
	want := New(maps.Clone(fsys), Options{Now: now, Workers: 2}).Build(context.Background(), fresh)
	if got, want := fmt.Sprint(res.Diags), fmt.Sprint(want.Diags); got != want {
		t.Errorf("%s: diagnostics differ from a fresh build:\n got %s\nwant %s", step, got, want)
	}
	if res.Failed() != want.Failed() {
		t.Fatalf("%s: rebuild failed=%v, fresh build failed=%v", step, res.Failed(), want.Failed())
	}
	if want.Failed() {
		return
	}
	if !slices.Equal(res.Files, want.Files) {
		t.Errorf("%s: Files differ from a fresh build", step)
	}
	sameFiles(t, sink.files, fresh.files)
	if t.Failed() {
		t.Logf("after %s", step)
	}
}

// TestRebuildOneArticle checks that editing one article re-renders a
// small part of the site.
func TestRebuildOneArticle(t *testing.T) {
	fsys := genFS(300, 5)
	b, sink, full := build(t, fsys, Options{})
	p := "content/notes/one.md"
	fsys[p] = file(mdArticle("One more", "2026-01-07", "Jane Roe", "The Example Times"))
	res := b.Rebuild(context.Background(), []string{p}, sink)
	if res.Failed() {
		t.Fatal(diagText(res))
	}
	fsys[p] = file(mdArticle("One more, edited", "2026-01-07", "Jane Roe", "The Example Times"))
	res = b.Rebuild(context.Background(), []string{p}, sink)
	if res.Failed() {
		t.Fatal(diagText(res))
	}
	if res.Written == 0 || res.Written*10 > len(full.Files) {
		t.Errorf("an edit of one article wrote %d of %d files: %v", res.Written, len(full.Files), res.Changed)
	}
	if !slices.Contains(res.Changed, "2026/01/07/one/index.html") {
		t.Errorf("the edited article's page was not written: %v", res.Changed)
	}
}
