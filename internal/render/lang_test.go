package render

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"broadsheet/internal/i18n"
	"broadsheet/internal/site"
)

// inLanguage returns the sample site in language tag.
func inLanguage(tag string) *sample {
	s := newSample(false)
	cfg := *s.site.Config
	cfg.Language = tag
	cfg.Lang, _ = i18n.New(tag)
	s.site.Config = &cfg
	return s
}

// TestLanguages checks that the default layouts speak the site's
// language: words, dates, plurals, lists and the writing direction.
func TestLanguages(t *testing.T) {
	tests := []struct {
		lang string
		kind site.Kind
		want []string
	}{
		{"fr", site.KindArticle, []string{
			`<html lang="fr">`, `>À la une</a>`, `<a class="skip" href="#main">Aller au contenu</a>`,
			`<span class="byline">Par <a`, `</a>, <a href="../../../../authors/tomas-placeholder/index.html" rel="author" data-pagefind-filter="author">Tomas Placeholder</a> et <a`,
			`13 février 2026, 09:30 UTC`, `3 min de lecture`, `<span class="dir">Précédent</span>`,
			`<span class="dir">Sélection</span> Tous les articles : Friday 13 February 2026`,
			`"inLanguage":"fr"`, `aria-label="Mots-clés"`,
		}},
		{"fr", site.KindDigest, []string{`<p class="kicker">Sélection</p>`, `<p class="count">2 articles</p>`, `1 min de lecture`}},
		{"de", site.KindAuthor, []string{`<p class="kicker">Autor</p>`, `<p class="count">1 Artikel</p>`, `13. Februar 2026, 09:30 UTC`, `3 Min. Lesezeit`}},
		{"en-US", site.KindArticle, []string{`February 13, 2026, 9:30 AM UTC`, `3 min read`, `Front page`}},
		{"nl", site.KindOutlet, []string{`<p class="count">1 artikel</p>`, `<p class="kicker">Medium</p>`}},
		{"es", site.KindNotFound, []string{`<h1>Página no encontrada</h1>`, `<title>Página no encontrada · The Morning Example</title>`, `>Ir a la portada</a>`}},
		{"ar", site.KindArticle, []string{`<html lang="ar" dir="rtl">`, `13 فبراير 2026`, `قراءة في 3 دقائق`, `بقلم`}},
		{"he", site.KindHome, []string{`<html lang="he" dir="rtl">`, `עמוד ראשי`}},
		{"fa", site.KindHome, []string{`<html lang="fa" dir="rtl">`, `Front page`}},
	}
	r := newRenderer(t, nil)
	for _, tt := range tests {
		s := inLanguage(tt.lang)
		got := render(t, r, s, s.page(tt.kind))
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s %s lacks %s", tt.lang, tt.kind, w)
			}
		}
		if !strings.HasPrefix(tt.lang, "en") && tt.lang != "fa" && strings.Contains(got, " min read") {
			t.Errorf("%s %s says min read", tt.lang, tt.kind)
		}
	}
	// The same Renderer still speaks English to an English site, with
	// entries of its own.
	s := newSample(false)
	got := render(t, r, s, s.page(site.KindDigest))
	if !strings.Contains(got, "3 min read") || strings.Contains(got, "lecture") || strings.Contains(got, `dir="rtl"`) {
		t.Errorf("English after other languages:\n%s", got)
	}
}

// TestLanguageOwnLayouts checks that a site's own layouts get the
// functions in its language too, and that a bad key is an error at the
// line that asks for it.
func TestLanguageOwnLayouts(t *testing.T) {
	own := fstest.MapFS{"404.html": {Data: []byte(`{{define "main"}}<p>{{t "articles" 2}} {{date .Page.Article.Date "full"}}</p>
{{t "front_pag"}}{{end}}{{template "base" .}}`)}}
	r := newRenderer(t, own)
	s := inLanguage("it")
	var b strings.Builder
	err := r.Page(&b, s.site, s.page(site.KindNotFound), "")
	if err == nil || !strings.Contains(err.Error(), "layouts/404.html:1") {
		t.Errorf("a 404 page with no article: %v", err)
	}
	own["404.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}<p>{{t "articles" 2}}</p>
{{t "front_pag"}}{{end}}{{template "base" .}}`)}
	r = newRenderer(t, own)
	err = r.Page(&b, s.site, s.page(site.KindNotFound), "")
	if err == nil || !strings.Contains(err.Error(), `layouts/404.html:2`) || !strings.Contains(err.Error(), `did you mean "front_page"?`) {
		t.Errorf("bad key: %v", err)
	}
	own["404.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}<p>{{t "articles" 2}}</p>{{end}}{{template "base" .}}`)}
	r = newRenderer(t, own)
	b.Reset()
	if err := r.Page(&b, s.site, s.page(site.KindNotFound), ""); err != nil || !strings.Contains(b.String(), "<p>2 articoli</p>") {
		t.Errorf("own layout in Italian: %v\n%s", err, b.String())
	}
}

// TestLanguageConcurrent renders the pages of a French site from many
// goroutines at once, as a build does: the first pages parse the French
// sets while the others wait for them, and every page gets them.
func TestLanguageConcurrent(t *testing.T) {
	r := newRenderer(t, nil)
	s := inLanguage("fr")
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(s.site.Pages))
	for range 4 {
		for _, p := range s.site.Pages {
			wg.Go(func() {
				var b strings.Builder
				if err := r.Page(&b, s.site, p, s.bodies[p.Article]); err != nil {
					errs <- err
				} else if !strings.Contains(b.String(), "À la une") {
					errs <- fmt.Errorf("%s is not in French", p.URL)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
