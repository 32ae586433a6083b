package render

import (
	"errors"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"broadsheet/internal/site"
)

// EntryData is what the "entry" template receives, from the entry
// function or from {{template "entry" ...}} with a dict of the same keys.
type EntryData struct {
	D       *Data         // the page the entry is shown on
	A       *site.Article // the article
	Level   int           // the heading level of the article's title, 2 or 3
	Compact bool          // leave out the teaser
}

// variant names one rendering of an article's entry: the links in an
// entry depend only on the page's Root, so entries are shared by every
// page with that Root.
type variant struct {
	root    string // site.Root of the page
	level   int
	compact bool
}

// rendered is one variant of an entry.
type rendered struct {
	variant
	html template.HTML
}

// entries is a Renderer's cache of rendered list entries. Each article's
// entry is rendered once per kind of place it is shown in, and copied
// into every list page that shows it: a site's articles are each listed
// on a digest, the home page, an outlet and their authors' pages.
type entries struct {
	mu sync.RWMutex
	m  map[string][]rendered // by the article's source file; a handful of variants each
}

func (c *entries) get(source string, v variant) (template.HTML, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	for _, r := range c.m[source] {
		if r.variant == v {
			return r.html, true
		}
	}
	return "", false
}

func (c *entries) put(source string, v variant, h template.HTML) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range c.m[source] {
		if r.variant == v {
			return // rendered meanwhile by another page
		}
	}
	c.m[source] = append(c.m[source], rendered{v, h})
}

// entry renders the "entry" template of the shared layouts for article a
// as shown on the page of d, or returns the copy rendered for an earlier
// page with the same Root. Articles without a Source are never cached.
func (r *Renderer) entry(d *Data, a *site.Article, level int, compact ...bool) (template.HTML, error) {
	if d == nil || a == nil {
		return "", errors.New("entry needs the page's data and an article: {{entry $ . 2}}")
	}
	v := variant{root: d.Site.Root(d.Page), level: level, compact: len(compact) > 0 && compact[0]}
	if a.Source != "" {
		if h, ok := r.entries.get(a.Source, v); ok {
			return h, nil
		}
	}
	var b strings.Builder
	err := r.entrySet.ExecuteTemplate(&b, "entry", &EntryData{D: d, A: a, Level: level, Compact: v.compact})
	if err != nil {
		return "", &Error{Diagnostic: diagnose(err, layoutPath("partials.html"), ""), Err: err}
	}
	h := template.HTML(b.String()) // html/template escaped every value in it
	if a.Source != "" {
		r.entries.put(a.Source, v, h)
	}
	return h, nil
}

// Forget drops the cached entries of the articles with the given source
// files, whose text or place in the site changed: the next page that
// shows one renders it again.
func (r *Renderer) Forget(sources ...string) {
	r.entries.mu.Lock()
	for _, s := range sources {
		delete(r.entries.m, s)
	}
	r.entries.mu.Unlock()
}

// Adopt shares the cached entries of old, a Renderer of the same site's
// earlier layouts, when both render entries from the same shared layout
// files: an edit to one page layout then keeps every entry.
func (r *Renderer) Adopt(old *Renderer) {
	if old != nil && old != r && sameFiles(old.shared, r.shared) {
		r.entries = old.entries
	}
}

// sameFiles reports whether two lists of files have the same names and bytes.
func sameFiles(a, b []file) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].name != b[i].name || string(a[i].data) != string(b[i].data) {
			return false
		}
	}
	return true
}

// entryError unwraps the *Error of a failing entry function from the
// error of the page that called it.
func entryError(err error, page string) (*Error, bool) {
	var inner *Error
	if !errors.As(err, &inner) {
		return nil, false
	}
	d := inner.Diagnostic
	d.Msg = fmt.Sprintf("%s (rendering %s)", d.Msg, page)
	return &Error{Diagnostic: d, Err: err}, true
}
