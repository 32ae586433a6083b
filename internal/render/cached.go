package render

import (
	"errors"
	"fmt"
	"html/template"
	"strings"
	"sync"

	"broadsheet/internal/site"
)

// cached renders the template name of the page's layouts with d. For a
// page made from the built-in layouts alone, whose frame templates are
// known to show only the site's configuration, its latest digest, links
// relative to the page's depth and whether the page is the latest
// digest's, it returns the copy rendered for an earlier page that agrees
// on those; for any other page it renders the template every time, like
// {{template}}. So a theme never has to know what a cached template may
// show, and the built-in frame costs one execution per kind and depth.
// The variants, which layouts once had to give, are ignored.
func (r *Renderer) cached(name string, d *Data, _ ...any) (template.HTML, error) {
	if d == nil || d.Page == nil {
		return "", errors.New(`cached needs the page's data: {{cached "name" .}}`)
	}
	if !r.builtin[d.Page.Kind] {
		return r.execute(name, d)
	}
	k := r.frames.key(d, name)
	if h, ok := r.frames.get(k); ok {
		return h, nil
	}
	h, err := r.execute(name, d)
	if err == nil {
		r.frames.put(k, h)
	}
	return h, err
}

// execute renders the template name of the page's layouts with d.
func (r *Renderer) execute(name string, d *Data) (template.HTML, error) {
	ls, err := r.setsFor(langOf(d.Site.Site))
	if err != nil {
		return "", err
	}
	t, ok := ls.sets[d.Page.Kind]
	if !ok {
		return "", fmt.Errorf("cached: no layout for pages of kind %q", d.Page.Kind)
	}
	var b strings.Builder
	own := *d
	own.lists = nil // the result is printed with the rest of the page, so a marker in it would not be found
	if err := t.ExecuteTemplate(&b, name, &own); err != nil {
		return "", &Error{Diagnostic: diagnose(err, layoutPath(string(d.Page.Kind)+".html"), ""), Err: err}
	}
	return template.HTML(b.String()), nil // html/template escaped every value in it
}

// frameKey is everything a frame template of the built-in layouts shows.
type frameKey struct {
	kind   site.Kind
	name   string
	root   string // site.Root of the page
	latest bool   // the page is the latest digest's
	site   *site.Site
	digest Latest // the site's latest digest
}

// frames is a Renderer's cache of the built-in frame templates. It
// holds the frames of one site model and one latest digest at a time.
type frames struct {
	mu sync.RWMutex
	m  map[frameKey]template.HTML
}

// key returns the key of template name on the page of d.
func (f *frames) key(d *Data, name string) frameKey {
	k := frameKey{kind: d.Page.Kind, name: name, root: d.Site.Root(d.Page), site: d.Site.Site}
	if l := d.Site.Latest(); l != nil {
		k.digest = *l
		k.latest = d.Page.Digest != nil && d.Page.Digest.URL == l.URL
	}
	return k
}

func (f *frames) get(k frameKey) (template.HTML, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	h, ok := f.m[k]
	return h, ok
}

// put stores a frame, dropping those of another site or latest digest,
// which no page will ask for again.
func (f *frames) put(k frameKey, h template.HTML) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for old := range f.m {
		if old.site != k.site || old.digest != k.digest {
			clear(f.m)
		}
		break
	}
	if f.m == nil {
		f.m = map[frameKey]template.HTML{}
	}
	f.m[k] = h
}
