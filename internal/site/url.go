package site

import (
	"net/url"
	"strings"
)

// Rel returns a link from page p to target, a site path such as
// "/digest/2026-02-13/". Links are relative and name index.html
// explicitly, so the output works under any base_url sub-path and when
// opened from a local folder, where a browser does not look for
// index.html by itself.
//
// The 404 page is the exception: hosts serve it at whatever address was
// missing, so relative links from it would break. Its links are
// root-relative, with the base_url's path in front.
func (s *Site) Rel(p *Page, target string) string {
	if p.Kind == KindNotFound {
		return s.basePath() + strings.TrimPrefix(target, "/")
	}
	return relPath(p.URL, target)
}

// Abs returns the absolute URL of a site path under base_url, as feeds,
// sitemaps and canonical links need.
func (s *Site) Abs(path string) string {
	return strings.TrimSuffix(s.Config.BaseURL, "/") + "/" + strings.TrimPrefix(path, "/")
}

// basePath is base_url's path, always ending in "/".
func (s *Site) basePath() string {
	u, err := url.Parse(s.Config.BaseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// relPath computes the relative link from the page at site path from to
// the site path to.
func relPath(from, to string) string {
	if strings.HasSuffix(to, "/") {
		to += "index.html"
	}
	fromDir := from[:strings.LastIndex(from, "/")+1]
	fromParts := strings.Split(strings.Trim(fromDir, "/"), "/")
	toParts := strings.Split(strings.TrimPrefix(to, "/"), "/")
	if fromDir == "/" {
		fromParts = nil
	}
	i := 0
	for i < len(fromParts) && i < len(toParts)-1 && fromParts[i] == toParts[i] {
		i++
	}
	return strings.Repeat("../", len(fromParts)-i) + strings.Join(toParts[i:], "/")
}
