package render

import (
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"time"

	"broadsheet/internal/document"
	"broadsheet/internal/i18n"
	"broadsheet/internal/site"
)

// funcs returns the template functions listed in the package doc, in
// English.
func (r *Renderer) funcs() template.FuncMap { return r.funcsFor(nil) }

// funcsFor returns the template functions, with t, date, clock, sep and
// dir speaking l (English when l is nil).
func (r *Renderer) funcsFor(l *i18n.Lang) template.FuncMap {
	return template.FuncMap{
		"entry":   r.entry,
		"entries": r.entryList,
		"cached":  r.cached,
		"t":       l.T,
		"date": func(t time.Time, style ...string) (string, error) {
			if len(style) > 1 {
				return "", fmt.Errorf("date takes a time and at most one style, not %d styles", len(style))
			}
			if len(style) == 0 {
				return l.Date(t, "long")
			}
			return l.Date(t, style[0])
		},
		"clock":       func(t time.Time) (string, error) { return l.Date(t, "time") },
		"dir":         l.Dir,
		"isodate":     func(t time.Time) string { return t.Format(time.DateOnly) },
		"iso":         func(t time.Time) string { return t.Format(time.RFC3339) },
		"front":       front,
		"teaser":      teaser,
		"teaserplace": teaserPlace,
		"splitlead":   splitLead,
		"src":         imageSrc,
		"jsonld":      jsonLD,
		"description": description,
		"dict":        dict,
		"sep":         l.List,
		"plural":      plural,
		"srcset":      srcset,
		"absurl":      func(d *Data, path string) string { return absImage(d.Site.Site, path) },
		"taxonomy": func(name string) string {
			return taxonomyTitle(l, name)
		},
	}
}

// taxonomyTitle is the heading of a taxonomy's index: the language's
// word for tags, authors and outlets, else the name as the site spells
// it, capitalised ("sections" is "Sections").
func taxonomyTitle(l *i18n.Lang, name string) string {
	switch name {
	case "tags", "authors", "outlets":
		if s, err := l.T(name); err == nil {
			return s
		}
	}
	return (&site.Taxonomy{Name: name}).Title()
}

// front returns an article's front matter, or an empty one when it has
// no Doc. It is a pointer: a template would otherwise copy the whole
// struct on every call.
func front(a *site.Article) *document.FrontMatter {
	if a == nil || a.Doc == nil {
		return &document.FrontMatter{}
	}
	return &a.Doc.FrontMatter
}

// teaser is the text a list shows under a headline.
func teaser(a *site.Article) string {
	fm := front(a)
	switch {
	case fm.Summary() != "":
		return fm.Summary()
	case fm.Caption != "":
		return fm.Caption
	case a != nil:
		return a.Lead()
	}
	return ""
}

// teaserPlace is the dateline to show in front of an article's teaser:
// the dateline belongs to the story's opening words, so a teaser that is
// the photo caption goes without it.
func teaserPlace(a *site.Article) string {
	fm := front(a)
	if fm.Summary() == "" && fm.Caption != "" {
		return ""
	}
	return fm.Dateline
}

// Lead is a body split after its opening paragraph tag.
type Lead struct {
	Open template.HTML // "<p>", or empty when the body does not open with a paragraph
	Rest template.HTML // the rest of the body
}

// splitLead splits body after its first "<p>". Both halves are slices of
// HTML the Markdown renderer made safe, cut at a tag boundary, so neither
// can carry markup that body did not.
func splitLead(body template.HTML) Lead {
	s := strings.TrimLeft(string(body), " \t\r\n")
	if rest, ok := strings.CutPrefix(s, "<p>"); ok {
		return Lead{Open: "<p>", Rest: template.HTML(rest)}
	}
	return Lead{Rest: body}
}

// imageSrc returns the src of an article's image as seen from the page.
func imageSrc(d *Data, image string) string {
	if isAbsURL(image) {
		return image
	}
	return d.Site.Rel(d.Page, "/"+strings.TrimPrefix(image, "/"))
}

// srcset returns the srcset of a picture as seen from the page: each
// resized copy and the picture itself with their widths; "" when the
// picture has no copies or its width is unknown.
func srcset(d *Data, p *document.Picture) string {
	if p == nil || len(p.Variants) == 0 || p.Width == 0 {
		return ""
	}
	var b strings.Builder
	for _, v := range p.Variants {
		if v.Width < p.Width { // a copy as wide as the picture would repeat its width
			fmt.Fprintf(&b, "%s %dw, ", imageSrc(d, v.Path), v.Width)
		}
	}
	fmt.Fprintf(&b, "%s %dw", imageSrc(d, p.Path), p.Width)
	return b.String()
}

// absImage returns the absolute URL of an article's image, or "" for a
// value that is neither a web URL nor a site path.
func absImage(s *site.Site, image string) string {
	if isAbsURL(image) {
		return image
	}
	if image == "" || strings.Contains(image, ":") {
		return ""
	}
	return s.Abs(image)
}

// isAbsURL reports whether s is an http or https URL.
func isAbsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// dict builds a map from alternating keys and values.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: odd number of arguments (%d)", len(kv))
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %d is of type %T, not a string", i/2+1, kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

// plural counts things in English: "1 article", "3 articles".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
