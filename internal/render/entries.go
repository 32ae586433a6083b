package render

import (
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"broadsheet/internal/i18n"
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
// page with that Root, and made from the one rendered at canonicalRoot.
type variant struct {
	lang    *i18n.Lang // the site's language, whose words the entry shows
	root    string     // site.Root of the page
	level   int
	compact bool
}

// rendered is one variant of an entry.
type rendered struct {
	variant
	html template.HTML
}

// entryBudget is how many bytes of rendered entries a Renderer keeps.
// An entry is a few hundred bytes, so a site of tens of thousands of
// articles keeps all of them, while on a larger site the entries beyond
// the budget are rendered again for each page that lists them: memory
// grows with the number of articles' metadata, not with their entries.
//
// On a site of hundreds of thousands of articles the budget holds few of
// them, and the entries it keeps are those of the first pages rendered:
// they save a small share of the renders, while the memory they take is
// marked in every collection of a heap that is near its limit. Entries
// are kept only while the budget holds at least a quarter of a site's.
const entryBudget = 32 << 20

// entries is a Renderer's cache of rendered list entries. Each article's
// entry is rendered once per kind of place it is shown in, and copied
// into every list page that shows it: a site's articles are each listed
// on a digest, the home page, an outlet and their authors' pages. Only
// the entry rendered at canonicalRoot is kept: re-rooting it for a page
// at another depth is a string scan, cheaper than keeping a copy for
// every depth.
type entries struct {
	mu     sync.RWMutex
	m      map[string][]rendered // by the article's source file; a handful of variants each
	size   int                   // bytes of HTML in m, at most budget
	budget int                   // entryBudget, less in tests
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

// put keeps h as the variant v of the entry of source, an article of a
// site of n articles.
func (c *entries) put(source string, v variant, h template.HTML, n int) {
	if n > 4*c.budget/max(len(h), 1) {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range c.m[source] {
		if r.variant == v {
			return // rendered meanwhile by another page
		}
	}
	if c.size+len(h) > c.budget {
		return
	}
	c.size += len(h)
	// A copy: the entry was written into a builder that doubled as it
	// grew, and would keep up to twice its length for as long as the
	// cache keeps it.
	h = template.HTML(strings.Clone(string(h)))
	c.m[source] = append(c.m[source], rendered{v, h})
}

// entryList shows a list of articles with the entry function, each entry
// after a newline: what {{range}}{{entry}} writes, in one call instead of
// two per article, which counts on a home page of thousands.
//
// A home page of a large site lists hundreds of thousands of entries:
// each is re-rooted straight into the list, which is sized from the
// first entry, so the page holds no copy of an entry besides and no list
// of them. On a page of the built-in layouts the list is not made at all:
// the page's writer writes each entry in its place (see listWriter).
func (r *Renderer) entryList(d *Data, arts []*site.Article, level int, compact ...bool) (template.HTML, error) {
	if d != nil && d.lists != nil {
		return d.lists.deferList(arts, level, compact), nil
	}
	var b strings.Builder
	for i, a := range arts {
		h, root, err := r.entryAt(d, a, level, compact...)
		if err != nil {
			return "", err
		}
		if i == 0 {
			b.Grow(len(arts) * (len(h) + len(h)/8 + 1))
		}
		b.WriteByte('\n')
		if root == nil {
			b.WriteString(string(h))
		} else {
			rerootTo(&b, h, *root)
		}
	}
	return template.HTML(b.String()), nil
}

// canonicalURL is the address of the page an entry is rendered for: two
// folders deep, so every link site.Rel makes in it starts with
// canonicalRoot. The entry of a page at another depth is the same HTML
// with those links re-rooted, which costs a string scan instead of a
// template execution.
const (
	canonicalURL  = "/entry/canonical/"
	canonicalRoot = "../../"
)

// entry renders the "entry" template of the shared layouts for article a
// as shown on the page of d, or returns the copy rendered for an earlier
// page, and records that the page shows a. Articles without a Source,
// and entries whose templates read more than the article (see Reads),
// are never cached.
func (r *Renderer) entry(d *Data, a *site.Article, level int, compact ...bool) (template.HTML, error) {
	h, root, err := r.entryAt(d, a, level, compact...)
	if err != nil || root == nil {
		return h, err
	}
	return reroot(h, *root), nil
}

// entryAt is entry, less the re-rooting: it returns the entry and the
// root its links at canonicalRoot must get, nil when they are right as
// they are.
func (r *Renderer) entryAt(d *Data, a *site.Article, level int, compact ...bool) (template.HTML, *string, error) {
	if d == nil || d.Page == nil || a == nil {
		return "", nil, errors.New("entry needs the page's data and an article: {{entry $ . 2}}")
	}
	d.Site.reads.Shown = append(d.Site.reads.Shown, a)
	if r.ownEntry {
		h, err := r.pageEntry(d, a, level, compact...)
		return h, nil, err
	}
	v := variant{lang: langOf(d.Site.Site), root: d.Site.Root(d.Page), level: level, compact: len(compact) > 0 && compact[0]}
	if d.Page.Kind == site.KindNotFound {
		if h, ok := r.entries.get(a.Source, v); ok && a.Source != "" {
			return h, nil, nil
		}
		// Its links are root-relative and do not name index.html.
		h, keep, err := r.renderEntry(d, a, v, d.Page.URL)
		if err == nil && keep {
			r.entries.put(a.Source, v, h, len(d.Site.Site.Articles))
		}
		return h, nil, err
	}
	canon := v
	canon.root = canonicalRoot
	h, keep := r.entries.get(a.Source, canon)
	if !keep || a.Source == "" {
		var err error
		if h, keep, err = r.renderEntry(d, a, canon, canonicalURL); err != nil {
			return "", nil, err
		}
		if keep {
			r.entries.put(a.Source, canon, h, len(d.Site.Site.Articles))
		}
	}
	if v.root == canonicalRoot {
		return h, nil, nil
	}
	return h, &v.root, nil
}

// pageEntry executes the "entry" template of a site's own shared files
// for a on the page of d, as {{template "entry"}} would: what such a
// template shows of the page or of other articles is not known, so its
// entries are never shared between pages.
func (r *Renderer) pageEntry(d *Data, a *site.Article, level int, compact ...bool) (template.HTML, error) {
	var b strings.Builder
	e := &EntryData{D: d, A: a, Level: level, Compact: len(compact) > 0 && compact[0]}
	ls, err := r.setsFor(langOf(d.Site.Site))
	if err != nil {
		return "", err
	}
	if err := ls.entrySet.ExecuteTemplate(&b, "entry", e); err != nil {
		return "", &Error{Diagnostic: diagnose(err, layoutPath("partials.html"), ""), Err: err}
	}
	return template.HTML(b.String()), nil // html/template escaped every value in it
}

// renderEntry executes the "entry" template for a as seen from a page
// like d's at the address url. What the template read beyond the article
// is added to the page's reads; such an entry is returned with ok false,
// not to be cached, since it shows more than the article.
func (r *Renderer) renderEntry(d *Data, a *site.Article, v variant, url string) (h template.HTML, ok bool, err error) {
	page := *d.Page
	page.URL = url
	var b strings.Builder
	reads := &Reads{}
	data := &Data{Site: &SiteData{Site: d.Site.Site, reads: reads}, Page: &page, Body: d.Body}
	ls, err := r.setsFor(langOf(d.Site.Site))
	if err != nil {
		return "", false, err
	}
	if err := ls.entrySet.ExecuteTemplate(&b, "entry", &EntryData{D: data, A: a, Level: v.level, Compact: v.compact}); err != nil {
		return "", false, &Error{Diagnostic: diagnose(err, layoutPath("partials.html"), ""), Err: err}
	}
	d.Site.reads.merge(reads)
	return template.HTML(b.String()), reads.empty() && a.Source != "", nil // html/template escaped every value in it
}

// reroot rewrites the links of an entry rendered at canonicalURL for a
// page whose Root is root: every href or src attribute whose value starts
// with canonicalRoot gets root instead. html/template writes a quote in
// text or in an attribute value as an entity, so `href="` only ever
// opens an attribute.
func reroot(h template.HTML, root string) template.HTML {
	var b strings.Builder
	b.Grow(rerootLen(h, root))
	rerootTo(&b, h, root)
	return template.HTML(b.String())
}

// rerootTo writes h to b re-rooted for root, as reroot does.
func rerootTo(b io.StringWriter, h template.HTML, root string) {
	s := string(h)
	for {
		i := strings.Index(s, `="`+canonicalRoot)
		if i < 0 {
			break
		}
		b.WriteString(s[:i+2])
		if isLinkAttr(s[:i]) {
			b.WriteString(root)
			s = s[i+2+len(canonicalRoot):]
		} else {
			s = s[i+2:]
		}
	}
	b.WriteString(s)
}

// rerootLen returns the length of h re-rooted for root.
func rerootLen(h template.HTML, root string) int {
	s, n := string(h), len(h)
	for {
		i := strings.Index(s, `="`+canonicalRoot)
		if i < 0 {
			break
		}
		if isLinkAttr(s[:i]) {
			n += len(root) - len(canonicalRoot)
			s = s[i+2+len(canonicalRoot):]
		} else {
			s = s[i+2:]
		}
	}
	return n
}

// isLinkAttr reports whether the text before an attribute's "=" ends with
// the name href or src.
func isLinkAttr(before string) bool {
	for _, name := range []string{"href", "src"} {
		if n := len(before) - len(name); n > 0 && strings.EqualFold(before[n:], name) && strings.ContainsRune(" \t\n\r\f", rune(before[n-1])) {
			return true
		}
	}
	return false
}

// Forget drops the cached entries of the articles with the given source
// files, whose text or place in the site changed: the next page that
// shows one renders it again.
func (r *Renderer) Forget(sources ...string) {
	r.entries.mu.Lock()
	for _, s := range sources {
		for _, e := range r.entries.m[s] {
			r.entries.size -= len(e.html)
		}
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
