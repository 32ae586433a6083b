package render

import (
	"html/template"
	"sync"
	"sync/atomic"

	"broadsheet/internal/i18n"
	"broadsheet/internal/site"
)

// langSets are the template sets of one language. A template function is
// bound when its set is parsed, and the t, date, clock and sep functions
// speak the site's language, which the layouts do not know when they are
// loaded: the sets parsed by New speak English (a nil *i18n.Lang), and a
// site in another language gets its own sets, parsed once when its first
// page renders.
type langSets struct {
	lang     *i18n.Lang
	sets     map[site.Kind]*template.Template
	entrySet *template.Template
}

// langCache holds the sets of the last language a page asked for: a site
// has one language, so one is enough.
type langCache struct {
	mu   sync.Mutex // held while a language's sets are parsed
	last atomic.Pointer[langSets]
}

// langOf is the language of the site a page belongs to.
func langOf(s *site.Site) *i18n.Lang {
	if s == nil || s.Config == nil {
		return nil
	}
	return s.Config.Lang
}

// setsFor returns the template sets whose functions speak l.
func (r *Renderer) setsFor(l *i18n.Lang) (*langSets, error) {
	if l == nil {
		return &r.english, nil
	}
	if ls := r.langs.last.Load(); ls != nil && ls.lang == l {
		return ls, nil
	}
	r.langs.mu.Lock()
	defer r.langs.mu.Unlock()
	if ls := r.langs.last.Load(); ls != nil && ls.lang == l {
		return ls, nil
	}
	funcs := r.funcsFor(l)
	ls := &langSets{lang: l, sets: make(map[site.Kind]*template.Template, len(r.pages))}
	for k, page := range r.pages {
		t, err := parseSet(funcs, r.shared, page)
		if err != nil {
			return nil, err // New parsed the same files with the same function names
		}
		ls.sets[k] = t
	}
	var err error
	if ls.entrySet, err = parseEntrySet(funcs, r.shared); err != nil {
		return nil, err
	}
	r.langs.last.Store(ls)
	return ls, nil
}
