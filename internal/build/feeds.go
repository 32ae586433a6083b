package build

import (
	"context"
	"fmt"
	"strings"

	"broadsheet/internal/build/key"
	"broadsheet/internal/diag"
	"broadsheet/internal/feed"
	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
)

// markFeedArticles flags the entries of the articles the feeds carry, so
// their HTML is kept once rendered, and drops the HTML of the others.
func (j *job) markFeedArticles() {
	for _, e := range j.st.list {
		e.feed = false
	}
	for _, a := range j.feedArticles() {
		if e := j.st.list.get(a.Source); e != nil {
			e.feed = true
		}
	}
	for _, e := range j.st.list {
		if !e.feed {
			e.setHTML("")
		}
	}
}

// feedArticles returns the newest articles, which the feeds carry.
func (j *job) feedArticles() []*site.Article {
	return j.site.Articles[:min(feed.Limit, len(j.site.Articles))]
}

// groupFeeds lists the Atom feed of every author, outlet and term, on
// the first page of each. Their entries carry summaries, not bodies.
func (j *job) groupFeeds(k *key.Keyer) []outFile {
	var list []outFile
	h := k.Hasher()
	for _, p := range j.site.Pages {
		if p.Group == nil || p.List == nil || p.List.Number != 1 {
			continue
		}
		g := p.Group
		h.Reset()
		h.U64(j.st.cfgHash)
		h.Str(g.Name, g.URL)
		for _, a := range g.Articles[:min(feed.Limit, len(g.Articles))] {
			h.U64(k.Articles()[a.Index])
		}
		name := strings.TrimPrefix(feed.GroupFeedURL(g), "/")
		list = append(list, outFile{name: name, key: h.Sum(), made: &madeFrom{feed: name, group: g}})
	}
	return list
}

// feedsDirty reports whether a feed of the site's latest articles is
// written in this build.
func (j *job) feedsDirty() bool {
	for _, o := range j.outputs {
		if (o.from().feed == atomFile || o.from().feed == jsonFile) && o.dirty {
			return true
		}
	}
	return false
}

// feedBodies renders the bodies of the feeds' articles that have no HTML
// yet: those whose page was not rendered in this build.
func (j *job) feedBodies(ctx context.Context) error {
	var todo []*site.Article
	for _, a := range j.feedArticles() {
		if e := j.st.list.get(a.Source); e != nil && e.html() == "" && !j.out.bodyFailed(e.path) {
			todo = append(todo, a)
		}
	}
	return forEach(ctx, j.b.opt.Workers, len(todo), func(i int) {
		e := j.st.list.get(todo[i].Source)
		html, err := j.renderBody(e)
		if err != nil {
			j.out.failBody(bodyDiag(e, err))
			return
		}
		e.setHTML(html)
	})
}

// content gives the feeds an article's HTML, rendered beforehand.
func (j *job) content(a *site.Article) string {
	if e := j.st.list.get(a.Source); e != nil {
		if isPlain(e.path) {
			return string(e.html())
		}
		return string(markdown.RelinkFeed(e.html(), j.st.cfg.BaseURL))
	}
	return ""
}

// writeFeed renders one of the feeds or the sitemap.
func (j *job) writeFeed(o *outFile) {
	var data []byte
	var err error
	from := o.from()
	switch {
	case from.group != nil:
		data, err = feed.GroupAtom(j.site, from.group)
	case from.feed == atomFile:
		data, err = feed.Atom(j.site, j.content)
	case from.feed == jsonFile:
		data, err = feed.JSON(j.site, j.content)
	case from.feed == redirectsFile:
		data = feed.Redirects(j.site)
	case from.part > 0:
		data, err = feed.SitemapPart(j.site, from.part)
	default:
		data, err = feed.Sitemap(j.site)
	}
	if err != nil {
		j.out.report(diag.Diagnostic{File: o.name, Severity: diag.Error, Msg: fmt.Sprintf("rendering: %v", err)})
		return
	}
	j.emit(o.name, data)
}
