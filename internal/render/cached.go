package render

import (
	"errors"
	"fmt"
	"html/template"
	"strings"
)

// cached renders the template name of the page's layouts with d. It is
// kept for layouts written when it cached its result per kind of page and
// depth, which made it the theme author's job to know what the template
// may show; it now renders the template every time, like {{template}},
// and what the template reads counts for the page as anywhere else. The
// variants are ignored.
func (r *Renderer) cached(name string, d *Data, _ ...any) (template.HTML, error) {
	if d == nil || d.Page == nil {
		return "", errors.New(`cached needs the page's data: {{cached "name" .}}`)
	}
	t, ok := r.sets[d.Page.Kind]
	if !ok {
		return "", fmt.Errorf("cached: no layout for pages of kind %q", d.Page.Kind)
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, d); err != nil {
		return "", &Error{Diagnostic: diagnose(err, layoutPath(string(d.Page.Kind)+".html"), ""), Err: err}
	}
	return template.HTML(b.String()), nil // html/template escaped every value in it
}
