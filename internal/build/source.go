package build

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync/atomic"

	"broadsheet/internal/article"
	"broadsheet/internal/build/key"
	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/document"
	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
	"broadsheet/internal/sitefs"
)

// bodyBudget is how many bytes of bodies a build keeps in memory between
// parsing and rendering; the bodies beyond it are rendered as they are
// parsed and kept in the spill, on disk, so memory grows with the number
// of articles' metadata, not with their text.
const bodyBudget = 24 << 20

// entry is what the build keeps of one content file. Its lead and word
// count are known once it is parsed, whatever its kind, so the model is
// complete before any page is rendered and rendering never writes to it.
// Only feed, html and the kept text change after parsing, and only on
// the goroutine that renders the article's page. What parsing sets is
// also what the build cache keeps (see SaveCache and fromSnapshot): a
// field added here must be added there, or a build with the cache would
// lack it.
//
// A build keeps one entry for every content file of the site, so what
// only a few of them hold at a time, their body, is behind a pointer.
type entry struct {
	path    string
	hash    uint64        // of the file's bytes
	doc     *document.Doc // front matter with an empty Body; nil when the file is not published
	body    *heldBody     // nil when the build holds nothing of the body
	stat    uint64        // the file's stat fingerprint before it was read (see statOf); 0 for none
	spillAt int64         // where the body's HTML is in the Builder's spill, when spillLen > 0
	diags   diag.List
	refs    uint64 // a .md body's local images as found when it was parsed (see refsKey); 0 for none
	extra   uint64 // refs and the picture of the image key as this build found it: part of the article's key

	lead     fmt.Stringer // nil for none; in the spill with the body when the body is there
	bodyAt   int32        // where a .md file's body starts in its bytes, or -1 when it is not their tail
	words    int32
	spillLen int32 // the length of the body's HTML in the spill; 0 when it is not there
	feed     bool  // the article is one of those the feeds carry
}

// heldBody is what a build holds of an article's body beyond its
// metadata: the body itself between parsing and writing while within
// bodyBudget, the error that kept it from being rendered, or its HTML
// for the feeds.
type heldBody struct {
	md    template.HTML       // a .md file's body as HTML, rendered as it was parsed
	paras []article.Paragraph // a .txt file's paragraphs
	kept  bool                // md or paras hold the body (which may be empty)
	err   error               // a .md body that could not be rendered; its page reports it
	html  template.HTML       // the body's HTML, kept only for the feeds' articles
}

// held returns the held body of e, making it when there is none.
func (e *entry) held() *heldBody {
	if e.body == nil {
		e.body = &heldBody{}
	}
	return e.body
}

// kept reports whether e holds its body as parsed.
func (e *entry) kept() bool { return e.body != nil && e.body.kept }

// bodyErr returns the error that kept the body of e from being rendered.
func (e *entry) bodyErr() error {
	if e.body == nil {
		return nil
	}
	return e.body.err
}

// html returns the body's HTML kept for the feeds, or "".
func (e *entry) html() template.HTML {
	if e.body == nil {
		return ""
	}
	return e.body.html
}

// setHTML keeps the body's HTML for the feeds; "" drops it.
func (e *entry) setHTML(h template.HTML) {
	if h != "" || e.body != nil {
		e.held().html = h
		e.tidy()
	}
}

// release drops the body held as parsed, once its page is written.
func (e *entry) release() {
	if e.body != nil {
		e.body.md, e.body.paras, e.body.kept = "", nil, false
		e.tidy()
	}
}

// tidy drops a held body that holds nothing.
func (e *entry) tidy() {
	if b := e.body; b != nil && !b.kept && b.err == nil && b.html == "" {
		e.body = nil
	}
}

// isArticle reports whether name is an article's file name.
func isArticle(name string) bool {
	ext := path.Ext(name)
	return ext == ".txt" || ext == ".md"
}

// listContent returns the paths of every file under dir that is not
// ignored, sorted so the build does not depend on the file system's order.
func listContent(fsys fs.FS, dir string) ([]string, diag.List) {
	var paths []string
	var diags diag.List
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			diags.Errorf(p, 0, "reading: %v", err)
			return nil
		}
		if p != dir && Ignored(d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		// A link to a file is read like the file itself, and a link out of
		// the site is an error; anything else (a device, a socket, a link
		// to a folder) is reported, not read.
		if d.Type().IsRegular() {
			paths = append(paths, p)
		} else if fi, err := fs.Stat(fsys, p); err == nil && fi.Mode().IsRegular() {
			paths = append(paths, p)
		} else if linkErr := new(sitefs.LinkError); errors.As(err, &linkErr) {
			diags.Errorf(p, 0, "%v", linkErr)
		} else {
			diags.Warnf(p, 0, "not a regular file: ignored")
		}
		return nil
	})
	if err != nil {
		diags.Errorf(dir, 0, "reading: %v", err)
	}
	slices.Sort(paths)
	return paths, diags
}

// parseAll reads and parses paths on the worker pool. A file whose bytes
// hash as in cache keeps its cached entry, and so does one whose stat
// fingerprint is the cached one and which last changed before since
// (see racyTicks), without being read. The result is indexed like paths.
func (b *Builder) parseAll(ctx context.Context, cfg *config.Config, paths []string, cache sourceList, since int64) ([]*entry, error) {
	out := make([]*entry, len(paths))
	var kept atomic.Int64
	err := forEach(ctx, b.opt.Workers, len(paths), func(i int) {
		out[i] = b.read(cfg, paths[i], cache.get(paths[i]), since, &kept)
	})
	return out, err
}

// racyTicks is how long before a cache's Since a file must have last
// changed for its stat fingerprint to stand for its bytes: a file system
// whose clock ticks every two seconds (FAT) gives a file written just
// after it was read the same times.
const racyTicks = 2e9

// read reads and parses the content file p; old is its cached entry or nil.
func (b *Builder) read(cfg *config.Config, p string, old *entry, since int64, kept *atomic.Int64) *entry {
	e := &entry{path: p}
	if b.opt.Cache != "" {
		// Taken before the read: a change after it gives another one.
		if fi, err := fs.Stat(b.src, p); err == nil {
			var changed int64
			e.stat, changed = statOf(fi)
			if old != nil && old.refs == 0 && e.stat != 0 && e.stat == old.stat && changed < since-b.racy {
				return old
			}
		}
	}
	if isPicture(p) {
		// Copied to the output at its site path; the hash is its key.
		if src, err := readSource(b.src, p); err == nil {
			e.hash = key.Sum64(src)
		} else {
			e.diags.Errorf(p, 0, "%v", err)
		}
		return e
	}
	if !isArticle(p) {
		e.diags.Warnf(p, 0, "not an article (only .txt and .md files are, and pictures, which are copied): ignored")
		return e
	}
	src, err := readSource(b.src, p)
	if err != nil {
		e.diags.Errorf(p, 0, "%v", err)
		return e
	}
	e.hash = key.Sum64(src)
	if old != nil && old.hash == e.hash && old.refs == 0 {
		// A body with local images is rendered again: a picture may have
		// changed while the article did not.
		old.stat = e.stat // the same bytes, touched: next time, no need to read them
		return old
	}
	doc, a, diags := parseDoc(cfg, p, src)
	e.diags = diags
	if doc == nil || diags.HasErrors() {
		return e
	}
	if a != nil {
		lead, words := b.md.PlainFacts(a.Paragraphs)
		// The lead is a slice of its whole paragraph: a copy keeps only
		// the sentences the model shows.
		e.lead, e.words = site.Text(strings.Clone(lead)), int32(words)
		if kept.Add(paragraphsSize(a.Paragraphs)) <= b.budget {
			e.body = &heldBody{paras: detachParagraphs(a.Paragraphs), kept: true}
		} else {
			b.spillBody(e, b.md.PlainHTML(a.Paragraphs))
		}
	} else {
		b.renderMarkdown(cfg, e, doc, src, kept)
	}
	doc.Body = ""
	detach(&doc.FrontMatter, &b.shared)
	e.doc = doc
	return e
}

// renderMarkdown renders the body of a .md file as it is parsed: the lead
// and word count come from the same pass as the HTML, which is kept while
// within bodyBudget, so the page does not parse the body again.
// A body that is not kept, or is released once its page is written, is
// read again from its place in the file (see bodyOf), which is recorded
// here with the hash of its bytes.
func (b *Builder) renderMarkdown(cfg *config.Config, e *entry, doc *document.Doc, src []byte, kept *atomic.Int64) {
	r, err := b.md.Render(doc.Body, b.bodyOptions(cfg, e.path, doc.BodyLine)...)
	if err != nil {
		e.held().err = err
		return
	}
	e.diags.Append(r.Diags)
	e.refs = b.refsKey(r)
	e.lead, e.words = site.Text(strings.Clone(r.Lead)), int32(r.Words)
	e.bodyAt = -1
	if tail := src[len(src)-len(doc.Body):]; string(tail) == doc.Body {
		e.bodyAt = int32(len(src) - len(doc.Body))
	}
	if kept.Add(int64(len(r.HTML))) <= b.budget {
		e.body = &heldBody{md: r.HTML, kept: true}
	} else {
		b.spillBody(e, r.HTML)
	}
}

// detach copies the strings of fm, which may point into the source file's
// bytes, so a kept front matter does not keep the whole file in memory:
// one term of a taxonomy left pointing into its source would keep every
// article's text for the whole build. The values articles share (outlet,
// authors, terms, ...) come from shared; the article's own (title,
// caption, ...) are copied into one block, close together in memory for
// the model's passes over thousands of articles.
// Params are left alone: a TOML decoder's values are its own.
func detach(fm *document.FrontMatter, shared *names) {
	fm.Authors, fm.Tags = slices.Clone(fm.Authors), slices.Clone(fm.Tags)
	x := fm.Extra() // the keys most articles lack; nil when there are none
	if x != nil {
		x.Aliases = slices.Clone(x.Aliases)
		if x.Terms != nil {
			terms := make(map[string][]string, len(x.Terms))
			for name, list := range x.Terms {
				terms[shared.share(name)] = slices.Clone(list)
			}
			x.Terms = terms
		}
	}
	common := []*string{&fm.Outlet, &fm.Dateline, &fm.Credit, &fm.Attribution}
	for _, list := range [][]string{fm.Authors, fm.Tags} {
		for i := range list {
			common = append(common, &list[i])
		}
	}
	for _, list := range fm.Terms() {
		for i := range list {
			common = append(common, &list[i])
		}
	}
	for _, p := range common {
		*p = shared.share(*p)
	}
	own := []*string{&fm.Title, &fm.Slug, &fm.Caption}
	if x != nil {
		own = append(own, &x.Summary, &x.Image, &x.SourceURL)
		for i := range x.Aliases {
			own = append(own, &x.Aliases[i])
		}
	}
	n := 0
	for _, p := range own {
		n += len(*p)
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range own {
		b.WriteString(*p)
	}
	block := b.String()
	for _, p := range own {
		*p, block = block[:len(*p)], block[len(*p):]
	}
}

// parseDoc turns the bytes of a .txt or .md file into a Markdown document,
// and returns with it the article of a .txt file. The document of a .txt
// file has no Body: its page is written from the article's paragraphs.
func parseDoc(cfg *config.Config, p string, src []byte) (*document.Doc, *article.Article, diag.List) {
	if !isPlain(p) {
		doc, diags := markdown.ParseWith(p, src, markdown.ParseOptions{Taxonomies: cfg.Taxonomies})
		if doc != nil {
			checkFields(cfg, p, &doc.FrontMatter, &diags)
		}
		return doc, nil, diags
	}
	a, diags := parseArticle(cfg, p, src)
	if a == nil {
		return nil, nil, diags
	}
	front := *a
	front.Paragraphs = nil // escaping them as Markdown would be thrown away
	doc := markdown.FromArticle(&front)
	if len(a.Paragraphs) > 0 {
		doc.BodyLine = a.Paragraphs[0].Line
	}
	checkFields(cfg, p, &doc.FrontMatter, &diags)
	return doc, a, diags
}

// parseArticle parses a .txt file; the article is nil when it has errors.
func parseArticle(cfg *config.Config, p string, src []byte) (*article.Article, diag.List) {
	a, diags := article.Parse(p, src, article.Options{Outlets: cfg.Outlets, Location: cfg.Location, Taxonomies: cfg.Taxonomies})
	if a == nil || diags.HasErrors() {
		return nil, diags
	}
	return a, diags
}

// isPlain reports whether p is a plain-text article rather than Markdown.
func isPlain(p string) bool { return strings.HasSuffix(p, ".txt") }
