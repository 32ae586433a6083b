package render

import (
	"errors"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"broadsheet/internal/site"
)

// fragmentKey names one rendering of a cached template.
type fragmentKey struct {
	kind    site.Kind // the page's kind, whose layouts the template comes from
	name    string
	root    string // site.Root of the page
	variant string // the variants, printed
}

// fragments is a Renderer's cache of the templates rendered with the
// cached function: the parts of the frame every page repeats.
type fragments struct {
	mu sync.RWMutex
	m  map[fragmentKey]template.HTML
}

// cached renders the template name of the page's layouts with d, or
// returns the copy rendered for an earlier page of the same kind and
// Root with the same variants.
func (r *Renderer) cached(name string, d *Data, variants ...any) (template.HTML, error) {
	if d == nil || d.Page == nil {
		return "", errors.New(`cached needs the page's data: {{cached "name" .}}`)
	}
	k := fragmentKey{kind: d.Page.Kind, name: name, root: d.Site.Root(d.Page)}
	if len(variants) > 0 {
		k.variant = fmt.Sprint(variants...)
	}
	r.fragments.mu.RLock()
	h, ok := r.fragments.m[k]
	r.fragments.mu.RUnlock()
	if ok {
		return h, nil
	}
	t, ok := r.sets[d.Page.Kind]
	if !ok {
		return "", fmt.Errorf("cached: no layout for pages of kind %q", d.Page.Kind)
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, d); err != nil {
		return "", &Error{Diagnostic: diagnose(err, layoutPath(string(d.Page.Kind)+".html"), ""), Err: err}
	}
	h = template.HTML(b.String()) // html/template escaped every value in it
	r.fragments.mu.Lock()
	r.fragments.m[k] = h
	r.fragments.mu.Unlock()
	return h, nil
}

// ForgetCached drops the templates rendered with the cached function,
// which show the site's configuration and its latest digest: the build
// calls it when either changed.
func (r *Renderer) ForgetCached() {
	r.fragments.mu.Lock()
	clear(r.fragments.m)
	r.fragments.mu.Unlock()
}
