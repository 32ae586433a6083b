package build

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"html/template"
	"io"
	"io/fs"
	"slices"
	"sync"

	"broadsheet/internal/build/incr"
	"broadsheet/internal/build/key"
	"broadsheet/internal/diag"
	"broadsheet/internal/markdown"
	"broadsheet/internal/render"
	"broadsheet/internal/site"
)

// write renders and hands to the sink every dirty output: article pages
// first, whose bodies' HTML the feeds take, then everything else.
func (j *job) write(ctx context.Context) error {
	j.markFeedArticles()
	var articles, rest []*outFile
	for i := range j.outputs {
		o := &j.outputs[i]
		switch {
		case !o.dirty:
		case o.page != nil && o.page.Kind == site.KindArticle:
			// An alias's redirect names an article too, but shows no body.
			articles = append(articles, o)
		default:
			rest = append(rest, o)
		}
	}
	heavy := byWeight(rest, j.b.heavy)
	workers := j.b.opt.Workers
	if err := forEach(ctx, workers, len(articles), func(i int) { j.articlePage(articles[i]) }); err != nil {
		return err
	}
	if j.feedsDirty() {
		if err := j.feedBodies(ctx); err != nil {
			return err
		}
	}
	// A page that lists tens of thousands of articles holds all their
	// entries while it renders: two at once would double the peak.
	var one sync.Mutex
	sizes := heavySizes{}
	err := forEach(ctx, workers, len(rest), func(i int) {
		if i >= heavy {
			j.other(rest[i])
			return
		}
		one.Lock()
		defer one.Unlock()
		sizes.render(j, rest[i])
	})
	j.settleStatic()
	return err
}

// heavyList is the number of articles past which a list page is heavy:
// heavy pages are rendered one at a time.
const heavyList = 20_000

// streamList is the number of articles past which a list page goes
// straight to a sink that can stream it: the built-in layouts write
// entries as they are made (see render), so such a page holds a buffer
// of the file, not the page, and pages can render side by side. In
// memory, a page takes a few hundred bytes an entry.
const streamList = 1_000

// byWeight puts long list pages first, so no worker is left with one at
// the end while the others idle, and returns how many are heavy (list
// more than limit articles, heavyList in a build). A page's weight is the number of
// articles it lists, counted once: a home page or archive makes its list
// when asked, a million articles long on a large site.
func byWeight(outs []*outFile, limit int) (heavy int) {
	type weighed struct {
		o *outFile
		w int
	}
	ws := make([]weighed, len(outs))
	for i, o := range outs {
		ws[i].o = o
		if o.page != nil {
			ws[i].w = len(o.page.Articles())
		}
	}
	slices.SortStableFunc(ws, func(a, b weighed) int { return cmp.Compare(b.w, a.w) })
	for i := range ws {
		outs[i] = ws[i].o
		if ws[i].w > limit {
			heavy++
		}
	}
	return heavy
}

// heavySizes learns, from the heavy pages rendered so far, how many bytes
// of a page of each kind one listed article takes, so that the buffer of
// the next one is made at its size at once. A buffer that doubles as it
// grows holds up to three times the page while it copies: 300 MB for a
// home page of 100 MB on a site of a million articles.
type heavySizes map[site.Kind]int

// render writes a heavy page (o is one): straight to a sink that can
// stream it, else with a buffer sized from the pages of its kind before
// it.
func (hs heavySizes) render(j *job, o *outFile) {
	if o.page == nil {
		j.other(o)
		return
	}
	if s, ok := j.sink.(Streamer); ok {
		j.streamPage(s, o)
		return
	}
	n := len(o.page.Articles())
	guess := hs[o.page.Kind] * n
	size := j.pageSized(o, "", guess+guess/16) // pages of a kind differ a little
	if n > 0 && size > 0 {
		hs[o.page.Kind] = (size + n - 1) / n
	}
}

// articlePage renders an article's body and writes its page. The body's HTML is dropped afterwards
// unless the feeds need it.
func (j *job) articlePage(o *outFile) {
	a := o.page.Article
	e := j.st.list.get(a.Source)
	html, err := j.renderBody(e)
	if err != nil {
		j.out.failBody(bodyDiag(e, err))
		return
	}
	j.page(o, html)
	if e.feed {
		e.setHTML(html)
	}
}

// bodyDiag turns an error rendering the body of e into a diagnostic, at
// the line of the file a body over the Markdown limits crossed one.
func bodyDiag(e *entry, err error) diag.Diagnostic {
	var de *diagError
	if errors.As(err, &de) {
		return de.d
	}
	d := diag.Diagnostic{File: e.path, Severity: diag.Error, Msg: err.Error()}
	var le *markdown.LimitError
	if errors.As(err, &le) {
		d.Msg = le.Msg
		if le.Line > 0 && e.doc != nil && e.doc.BodyLine > 0 {
			d.Line = e.doc.BodyLine + le.Line - 1
		}
	}
	return d
}

// renderBody turns an entry's body into HTML (see bodyHTML). A body kept
// in memory moves to the spill, where a later build of the page (in
// serve) reads it.
func (j *job) renderBody(e *entry) (template.HTML, error) {
	html, err := j.bodyHTML(e)
	if err != nil {
		return "", err
	}
	if e.kept() {
		e.release()
		j.b.spillBody(e, html)
	}
	return html, nil
}

// maxPooled is the largest page buffer kept for the next page.
const maxPooled = 4 << 20

// page renders one page into a pooled buffer and hands it to the sink.
func (j *job) page(o *outFile, body template.HTML) { j.pageSized(o, body, 0) }

// pageSized is page with a buffer of at least size bytes. It returns the
// length of the page, or 0 when it could not be rendered.
func (j *job) pageSized(o *outFile, body template.HTML, size int) int {
	buf := j.b.buffers.Get().(*bytes.Buffer)
	defer func() {
		// The buffer of a home page listing every article of a large
		// site would stay in the pool for good.
		if buf.Cap() <= maxPooled {
			j.b.buffers.Put(buf)
		}
	}()
	buf.Reset()
	buf.Grow(size)
	if body != "" && !isPlain(o.page.Article.Source) {
		body = markdown.RelinkPage(body, j.site.Root(o.page))
	}
	reads, err := j.st.look.r.Render(buf, j.site, o.page, body)
	if err != nil {
		j.out.report(pageDiag(o.page, err))
		return 0
	}
	o.deps = key.DepsOf(o.page, reads)
	j.emit(o.name, buf.Bytes())
	return buf.Len()
}

// streamPage renders a list page straight into the sink's file.
func (j *job) streamPage(s Streamer, o *outFile) {
	var reads *render.Reads
	var rerr error
	err := s.Stream(o.name, func(w io.Writer) error {
		reads, rerr = j.st.look.r.Render(w, j.site, o.page, "")
		return rerr
	})
	switch {
	case rerr != nil:
		j.out.report(pageDiag(o.page, rerr))
	case err != nil:
		j.out.report(diag.Diagnostic{File: o.name, Severity: diag.Error, Msg: "writing the output: " + err.Error()})
	default:
		o.deps = key.DepsOf(o.page, reads)
		j.out.wrote(o.name)
	}
}

// pageDiag turns a rendering error into a diagnostic in the layout file it
// names, or else in the page's source.
func pageDiag(p *site.Page, err error) diag.Diagnostic {
	var rerr *render.Error
	if errors.As(err, &rerr) {
		return rerr.Diagnostic
	}
	file := "layouts/" + string(p.Kind) + ".html"
	if p.Article != nil {
		file = p.Article.Source
	}
	return diag.Diagnostic{File: file, Severity: diag.Error, Msg: err.Error()}
}

// other writes an output that is not an article page.
func (j *job) other(o *outFile) {
	from := o.from()
	switch {
	case o.page != nil:
		if s, ok := j.sink.(Streamer); ok && len(o.page.Articles()) > j.b.stream {
			j.streamPage(s, o)
			return
		}
		j.page(o, "")
	case from.feed != "":
		j.writeFeed(o)
	case from.variant != "":
		j.writeVariant(o)
	case from.src != "":
		data, err := fs.ReadFile(j.b.src, from.src)
		if err != nil {
			o.key = incr.NoKey
			j.out.report(diag.Diagnostic{File: from.src, Severity: diag.Error, Msg: "reading: " + err.Error()})
			return
		}
		o.key = staticKey(data)
		j.emit(o.name, data)
	default:
		j.emit(o.name, from.asset)
	}
}

// emit hands a file to the sink.
func (j *job) emit(name string, data []byte) {
	if err := j.sink.WriteFile(name, data); err != nil {
		j.out.report(diag.Diagnostic{File: name, Severity: diag.Error, Msg: "writing the output: " + err.Error()})
		return
	}
	j.out.wrote(name)
}
