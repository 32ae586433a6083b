package build

import (
	"context"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"broadsheet/layouts"
)

// TestRebuildEntries walks through the edits that touch the list
// entries and frames a Renderer caches between builds, comparing each
// rebuild with a fresh build: an edit of the entry template, an edit of
// a page layout (which keeps the cache), an article edit in a rebuild
// that fails and is then undone, and a new latest digest in a rebuild
// that fails.
func TestRebuildEntries(t *testing.T) {
	e := newEditor(7, 20)
	b := New(e.fsys, Options{Now: now, Workers: 2})
	sink := newMemSink()
	sink.apply(b.Build(context.Background(), sink))
	partials, err := fs.ReadFile(layouts.FS(), "partials.html")
	if err != nil {
		t.Fatal(err)
	}
	victim, broken, sibling, newest := "content/notes/hand.md", "content/zz-broken.md", "content/notes/sibling.md", "content/notes/newest.md"
	original := mdArticle("Hand-written note", "2026-01-20", "Jane Roe", "The Example Times")
	edited := mdArticle("Hand-written note, edited", "2026-01-20", "Jane Roe", "The Example Times")
	steps := []struct {
		what    string
		edit    func()
		changed []string
	}{
		{"edit the entry template", func() {
			e.fsys["layouts/partials.html"] = file(strings.Replace(string(partials), `<article class="digest-entry">`, `<article class="digest-entry" data-v="1">`, 1))
		}, []string{"layouts/partials.html"}},
		{"edit a page layout", func() {
			data, _ := fs.ReadFile(layouts.FS(), "article.html")
			e.fsys["layouts/article.html"] = file(string(data) + "<!-- v2 -->\n")
		}, []string{"layouts/article.html"}},
		{"edit an article", func() { e.fsys[victim] = file(edited) }, []string{victim}},
		{"undo it in a failing build", func() {
			e.fsys[victim] = file(original)
			e.fsys[broken] = file("+++\ntitle = \n+++\n")
		}, []string{victim, broken}},
		{"edit it again and fix the build", func() {
			e.fsys[victim] = file(edited)
			delete(e.fsys, broken)
		}, []string{victim, broken}},
		// The new article, of another day, goes on the author's and the
		// outlet's pages, which show the edited one's cached entry.
		{"add an article by the same author", func() {
			e.fsys[sibling] = file(mdArticle("A sibling", "2026-02-10", "Jane Roe", "The Example Times"))
		}, []string{sibling}},
		{"undo the edit", func() { e.fsys[victim] = file(original) }, []string{victim}},
		// A failing build with a new latest digest renders every page's
		// frame with it; once undone, the frames must be the old ones.
		{"add the newest article in a failing build", func() {
			e.fsys[newest] = file(mdArticle("The newest", "2026-05-30", "Jane Roe", "The Example Times"))
			e.fsys[broken] = file("+++\ntitle = \n+++\n")
		}, []string{newest, broken}},
		{"remove it and fix the build", func() {
			delete(e.fsys, newest)
			delete(e.fsys, broken)
		}, []string{newest, broken}},
		{"edit an article again", func() { e.fsys[victim] = file(edited) }, []string{victim}},
	}
	for _, st := range steps {
		st.edit()
		before := cloneFiles(sink.files)
		res := b.Rebuild(context.Background(), st.changed, sink)
		if res.Failed() {
			sink.files = before
		} else {
			sink.apply(res)
		}
		compareFresh(t, st.what, e.fsys, res, sink)
		if t.Failed() {
			return
		}
	}
}

func cloneFiles(m map[string][]byte) map[string][]byte {
	out := make(map[string][]byte, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// TestLeadsBeforeRendering checks that the lead of a .md article, which
// comes from its Markdown, is known before any page is rendered: a
// custom article layout that lists other articles' entries must not
// leave the home page without their teasers, with one worker or many.
func TestLeadsBeforeRendering(t *testing.T) {
	for _, workers := range []int{1, 4} {
		fsys := genFS(20, 3)
		for i := range 6 {
			body := fmt.Sprintf("Note *%d* opens here. Its second sentence.\n\nMore text.", i)
			fsys[fmt.Sprintf("content/notes/n%d.md", i)] = file(mdArticleBody(fmt.Sprintf("Note %d", i), "2026-05-30", "Jane Roe", "The Example Times", body))
		}
		data, err := fs.ReadFile(layouts.FS(), "article.html")
		if err != nil {
			t.Fatal(err)
		}
		fsys["layouts/article.html"] = file(string(data) + "\n{{entries . .Site.Articles 3}}\n")
		_, sink, _ := build(t, fsys, Options{Workers: workers})
		home := string(sink.files["index.html"])
		for i := range 6 {
			if want := fmt.Sprintf("Note %d opens here. Its second sentence.", i); !strings.Contains(home, want) {
				t.Errorf("workers=%d: the home page lacks the teaser %q", workers, want)
			}
		}
	}
}
