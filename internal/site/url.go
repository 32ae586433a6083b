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
// A link climbs to the site root and goes down to the target
// ("../../digest/2026-02-13/index.html" from "/authors/x/"), even where
// the two paths share folders: a link then depends only on how deep the
// page is, so a fragment of HTML with links can be rendered once and
// shown on every page of that depth.
//
// The 404 page is the exception: hosts serve it at whatever address was
// missing, so relative links from it would break. Its links are
// root-relative, with the base_url's path in front.
func (s *Site) Rel(p *Page, target string) string {
	if p.Kind == KindNotFound {
		return s.basePath() + strings.TrimPrefix(target, "/")
	}
	if strings.HasSuffix(target, "/") {
		target += "index.html"
	}
	return rootOf(p.URL) + strings.TrimPrefix(target, "/")
}

// Root returns the link from page p to the site root that Rel puts in
// front of every target: "" on the home page, "../../" two folders down,
// and the base_url's path on the 404 page. Pages with the same Root get
// the same links from Rel.
func (s *Site) Root(p *Page) string {
	if p.Kind == KindNotFound {
		return s.basePath()
	}
	return rootOf(p.URL)
}

// Abs returns the absolute URL of a site path under base_url, as feeds,
// sitemaps and canonical links need.
func (s *Site) Abs(path string) string {
	return strings.TrimSuffix(s.Config.BaseURL, "/") + "/" + strings.TrimPrefix(path, "/")
}

// Path returns the root-relative address of a site path under base_url:
// "/westmark/tags/" for "/tags/" when base_url has the sub-path
// "/westmark/".
func (s *Site) Path(path string) string {
	return s.basePath() + strings.TrimPrefix(path, "/")
}

// basePath is base_url's path, always ending in "/".
func (s *Site) basePath() string {
	u, err := url.Parse(s.Config.BaseURL)
	if err != nil || u.Path == "" {
		return "/"
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// ups holds "../" repeated, sliced for the depth of a page.
const ups = "../../../../../../../../../../../../../../../../"

// rootOf returns the relative link from the page at site path from to
// the root: one "../" per folder of its directory.
func rootOf(from string) string {
	depth := strings.Count(from[:strings.LastIndex(from, "/")+1], "/") - 1
	if depth <= 0 {
		return ""
	}
	if 3*depth <= len(ups) {
		return ups[:3*depth]
	}
	return strings.Repeat("../", depth)
}
