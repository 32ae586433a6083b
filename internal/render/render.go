package render

import (
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"slices"
	"strings"

	"broadsheet/internal/diag"
	"broadsheet/internal/site"
)

// Data is what every layout is executed with.
type Data struct {
	Site *SiteData     // the whole site
	Page *site.Page    // the page being rendered
	Body template.HTML // the article's body on article pages; empty on others

	lists *listWriter // where the entries function's lists go; nil to return them
}

// Asset is a file of the theme that is copied to the output as is.
type Asset struct {
	Name string // slash path relative to the output root, e.g. "style.css"
	Data []byte
}

// Renderer renders pages with a parsed set of layouts. It is safe for
// concurrent use once New has returned.
type Renderer struct {
	sets     map[site.Kind]*template.Template
	layouts  map[site.Kind][]string
	assets   []Asset
	shared   []file             // the shared layout files, sorted by name
	entrySet *template.Template // the shared files alone, for the entry function
	entries  *entries
	builtin  map[site.Kind]bool // the kinds of page made from the built-in layouts alone
	ownEntry bool               // the shared files are the site's own, so entries are never shared
	reaches  map[site.Kind]bool // the kinds whose own layouts may show other articles (see reachesOthers)
	frames   frames
	pages    map[site.Kind]file // the page layout of each kind, to parse again for another language
	langs    langCache
	english  langSets // sets and entrySet, for a site with no *i18n.Lang
}

// New loads the default layouts and overlays the overrides, a site's
// layouts/ folder (nil, or a folder that does not exist, when the site has
// none). Both file systems hold their files at the root. The Renderer is
// nil when the list has errors.
func New(defaults, overrides fs.FS) (*Renderer, diag.List) {
	files, diags := collect(defaults, overrides)
	shared := sharedOf(files)
	builtins, _ := collect(defaults, nil)
	ownEntry := !sameFiles(shared, sharedOf(builtins))
	r := &Renderer{
		sets:     make(map[site.Kind]*template.Template),
		layouts:  make(map[site.Kind][]string),
		assets:   assetsOf(files),
		shared:   shared,
		entries:  &entries{m: map[string][]rendered{}, budget: entryBudget},
		builtin:  make(map[site.Kind]bool),
		reaches:  make(map[site.Kind]bool),
		pages:    make(map[site.Kind]file),
		ownEntry: ownEntry,
	}
	diags.Append(checkShared(shared))
	seen := make(map[string]bool)
	report := func(err error, file string) {
		d := diagnose(err, layoutPath(file), "")
		d = r.explainParse(d, files[strings.TrimPrefix(d.File, "layouts/")].data)
		if !seen[d.String()] {
			seen[d.String()] = true
			diags = append(diags, d)
		}
	}
	for _, k := range site.Kinds {
		page, ok := files[string(k)+".html"]
		if !ok {
			diags.AddCode(layoutPath(string(k)+".html"), 0, diag.Error, "layout-missing", "missing: every site needs a layout for %s pages", k)
			continue
		}
		t, err := parseSet(r.funcs(), shared, page)
		if err != nil {
			report(err, page.name)
			continue
		}
		r.sets[k] = t
		r.pages[k] = page
		r.layouts[k] = layoutNames(shared, page)
		r.builtin[k] = sameFiles(shared, sharedOf(builtins)) && sameFiles([]file{page}, []file{builtins[page.name]})
		r.reaches[k] = !r.builtin[k] && reachesOthers(t, k)
	}
	var err error
	if r.entrySet, err = parseEntrySet(r.funcs(), shared); err != nil {
		report(err, "partials.html")
	}
	if diags.HasErrors() {
		return nil, diags
	}
	r.english = langSets{sets: r.sets, entrySet: r.entrySet}
	return r, diags
}

// Page renders page p of site s to w. body is the article's HTML on
// article pages and ignored on others. A template failure is returned as
// an *Error naming the layout file and line; w may then hold part of the
// page, so callers render into a buffer they can drop.
func (r *Renderer) Page(w io.Writer, s *site.Site, p *site.Page, body template.HTML) error {
	_, err := r.Render(w, s, p, body)
	return err
}

// Render is Page, and returns what the page's templates read beyond the
// page's own data.
func (r *Renderer) Render(w io.Writer, s *site.Site, p *site.Page, body template.HTML) (*Reads, error) {
	reads := &Reads{Wide: r.reaches[p.Kind]}
	ls, err := r.setsFor(langOf(s))
	if err != nil {
		return reads, fmt.Errorf("rendering %s: %w", p.URL, err)
	}
	t, ok := ls.sets[p.Kind]
	if !ok {
		return reads, fmt.Errorf("rendering %s: no layout for pages of kind %q", p.URL, p.Kind)
	}
	if p.Kind != site.KindArticle {
		body = ""
	}
	d := &Data{Site: &SiteData{Site: s, reads: reads}, Page: p, Body: body}
	if !r.builtin[p.Kind] {
		return reads, r.pageError(p, t.Execute(w, d))
	}
	d.lists = &listWriter{w: w, r: r, d: d}
	err = t.Execute(d.lists, d)
	if err == nil {
		err = d.lists.check()
	}
	return reads, r.pageError(p, err)
}

// pageError turns a template failure into an *Error naming the layout.
func (r *Renderer) pageError(p *site.Page, err error) error {
	if err == nil {
		return nil
	}
	if e, ok := entryError(err, p.URL); ok {
		return e
	}
	if !isTemplateError(err) {
		return fmt.Errorf("rendering %s: %w", p.URL, err)
	}
	d := diagnose(err, layoutPath(string(p.Kind)+".html"), p.URL)
	d.Code = "layout-exec"
	return &Error{Diagnostic: d, Err: err}
}

// Assets returns the theme's asset files sorted by name.
func (r *Renderer) Assets() []Asset { return slices.Clone(r.assets) }

// Layouts returns the layout files a page of kind k is made from, as
// slash paths relative to the site root ("layouts/base.html", ...), so a
// build can re-render only the pages that use an edited layout.
func (r *Renderer) Layouts(k site.Kind) []string { return slices.Clone(r.layouts[k]) }
