package site

import (
	"path"
	"strings"

	"broadsheet/internal/config"
)

// aliasPages returns a redirect page for each old address an article
// gives in its aliases: a page that sends readers and search engines on
// to the article. A bad address is reported and gets no page.
func (b *builder) aliasPages(arts []*Article) []*Page {
	var pages []*Page
	for _, a := range arts {
		for _, alias := range a.Doc.Aliases() {
			url, ok := aliasURL(alias)
			if !ok {
				b.diags.Errorf(a.Source, 1, "alias %q is not a path of this site, such as \"/2019/05/old-title/\"", alias)
				continue
			}
			pages = append(pages, newPage(KindAlias, url, a.Title, func(p *Page) { p.Article = a }))
		}
	}
	return pages
}

// aliasURL makes an alias a clean site path: "old/x" and "/old/x" become
// "/old/x/"; a path that names a file ("/old/x.html") is kept as it is.
func aliasURL(alias string) (string, bool) {
	alias = strings.TrimSpace(alias)
	if alias == "" || strings.Contains(alias, "://") || strings.HasPrefix(alias, "//") {
		return "", false
	}
	u := "/" + strings.TrimPrefix(alias, "/")
	if !strings.HasSuffix(u, "/") && path.Ext(u) == "" {
		u += "/"
	}
	if u == "/" || !config.IsCleanPath(u) {
		return "", false
	}
	return u, true
}
