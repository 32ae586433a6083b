package build

import (
	"errors"
	"html/template"
	"strings"
	"unsafe"

	"broadsheet/internal/article"
	"broadsheet/internal/build/key"
	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/markdown"
)

// bodyHTML returns the body of e as HTML: as kept in memory or in the
// spill since it was parsed, else (an entry the build cache gave) read
// and made again: a .txt file's straight from its paragraphs (markdown's
// PlainHTML, the same bytes goldmark writes for their escaped Markdown),
// a .md file's rendered from its body's bytes.
func (j *job) bodyHTML(e *entry) (template.HTML, error) {
	if err := e.bodyErr(); err != nil {
		return "", err
	}
	switch {
	case e.kept() && isPlain(e.path):
		return j.b.md.PlainHTML(e.body.paras), nil
	case e.kept():
		return e.body.md, nil
	case e.spillLen > 0:
		return j.b.spill.get(e.spillAt, int(e.spillLen))
	case isPlain(e.path):
		paras, err := j.b.paragraphsOf(j.st.cfg, e)
		if err != nil {
			return "", err
		}
		return j.b.md.PlainHTML(paras), nil
	}
	body, err := j.b.bodyOf(e)
	if err != nil {
		return "", err
	}
	return j.b.md.HTML(body, j.b.bodyOptions(j.st.cfg, e.path, e.doc.BodyLine)...)
}

// spillBody puts the HTML of the body of e in the spill, where its page
// reads it, and its lead beside it. Where there is no spill, the page
// reads and parses the source again.
func (b *Builder) spillBody(e *entry, html template.HTML) {
	if html == "" {
		e.held().kept = true
		return
	}
	if at, ok := b.spill.put(html); ok {
		e.spillAt, e.spillLen = at, int32(len(html))
		e.lead = b.spill.text(e.lead)
	}
}

// paragraphsOf reads and parses the .txt file of e again for its
// paragraphs.
func (b *Builder) paragraphsOf(cfg *config.Config, e *entry) ([]article.Paragraph, error) {
	src, err := b.reread(e)
	if err != nil {
		return nil, err
	}
	a, diags := parseArticle(cfg, e.path, src)
	if a == nil {
		return nil, firstError(diags)
	}
	return a.Paragraphs, nil
}

// bodyOf reads the Markdown body of the .md file of e again: the bytes
// from where it started when the file was parsed, or, when it was not
// their tail (a file with CR LF line ends), the whole file parsed again.
// Either way the whole file is checked against the hash it had then.
func (b *Builder) bodyOf(e *entry) (string, error) {
	src, err := b.reread(e)
	if err != nil {
		return "", err
	}
	if e.bodyAt >= 0 && int(e.bodyAt) <= len(src) {
		return string(src[e.bodyAt:]), nil
	}
	doc, diags := markdown.Parse(e.path, src)
	if doc == nil {
		return "", firstError(diags)
	}
	return doc.Body, nil
}

// errChanged is the error of a file that changed between its parse and
// the rendering of its page: the build fails rather than mix the new
// body with the old front matter.
var errChanged = errors.New("changed while the site was being built; build again")

// reread reads the content file of e again and checks that its bytes are
// those that were parsed.
func (b *Builder) reread(e *entry) ([]byte, error) {
	src, err := readSource(b.src, e.path)
	if err != nil {
		return nil, err
	}
	if key.Sum64(src) != e.hash {
		return nil, errChanged
	}
	return src, nil
}

// paragraphsSize is the memory kept paragraphs take, counted against
// bodyBudget.
func paragraphsSize(ps []article.Paragraph) int64 {
	n := int64(len(ps)) * int64(unsafe.Sizeof(article.Paragraph{}))
	for _, p := range ps {
		n += int64(len(p.Text))
	}
	return n
}

// detachParagraphs copies paragraphs into one block, so kept paragraphs
// do not keep the whole source file in memory.
func detachParagraphs(ps []article.Paragraph) []article.Paragraph {
	n := 0
	for _, p := range ps {
		n += len(p.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range ps {
		b.WriteString(p.Text)
	}
	block := b.String()
	out := make([]article.Paragraph, len(ps))
	for i, p := range ps {
		out[i] = article.Paragraph{Text: block[:len(p.Text)], Line: p.Line}
		block = block[len(p.Text):]
	}
	return out
}

// diagError carries a diagnostic through an error return, so bodyDiag
// reports it as it is rather than with the path in front once more.
type diagError struct{ d diag.Diagnostic }

func (e *diagError) Error() string { return e.d.String() }

// firstError returns the first error of diags as a *diagError; a file
// that could not be read again always has one.
func firstError(diags diag.List) error {
	for _, d := range diags {
		if d.Severity == diag.Error {
			return &diagError{d}
		}
	}
	return errors.New("could not be parsed again")
}
