package markdown

import (
	"html/template"
	"strings"
)

// RelinkPage returns h, HTML that Render wrote with site paths, with the
// site paths of its href, src, poster and srcset attributes made links
// from a page whose way up to the site root is root, as site.Site.Root
// gives it: "" on the home page, "../../" two folders down. Like site.Site.Rel, a
// path that ends in "/" gets "index.html", so the page works when opened
// from a local folder, except where root is itself a path from the
// server's root (the 404 page's base_url path), which a server resolves.
func RelinkPage(h template.HTML, root string) template.HTML {
	index := !strings.HasPrefix(root, "/")
	return Relink(h, func(p string) string {
		if index && strings.HasSuffix(p, "/") {
			return root + p[1:] + "index.html"
		}
		return root + p[1:]
	})
}

// RelinkFeed returns h, HTML that Render wrote with site paths, with the
// site paths of its href, src, poster and srcset attributes made
// absolute URLs under baseURL, as a feed needs them, and without the
// script of its videos, which feed readers do not run: a video stays a
// link to the video's page.
func RelinkFeed(h template.HTML, baseURL string) template.HTML {
	h = template.HTML(strings.ReplaceAll(string(h), videoScript, ""))
	base := strings.TrimSuffix(baseURL, "/")
	return Relink(h, func(p string) string { return base + p })
}

// linkAttrs are the attributes whose values relink rewrites.
var linkAttrs = []string{"href", "src", "srcset", "poster"}

// Relink returns h, HTML that Render wrote with site paths, with each
// site path of its href, src, poster and srcset attributes replaced by
// what f makes of it; the query and fragment after it are kept. f gets the path
// as Render wrote it, such as "/img/x.png" or "/2026/geneva.md": a build
// that knows the site's pages by then can send a link to an article's
// source file to the article's URL. A value that starts with "//" (a
// host) or with no "/" is no site path and stays as it is.
//
// Render writes every attribute value between double quotes with any
// quote inside escaped, so `="` only ever opens a value and the next `"`
// closes it. Render writes the tags of raw HTML that WithUnsafe let
// through that way too when they hold a local URL (see relinkRaw).
func Relink(h template.HTML, f func(sitePath string) string) template.HTML {
	s := string(h)
	if !strings.Contains(s, `="/`) && !strings.Contains(s, `srcset="`) {
		return h
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for {
		i := strings.Index(s, `="`)
		if i < 0 {
			break
		}
		name := attrName(s[:i])
		start := i + 2
		end := strings.IndexByte(s[start:], '"')
		if name == "" || end < 0 {
			b.WriteString(s[:start])
			s = s[start:]
			continue
		}
		end += start
		b.WriteString(s[:start])
		value := s[start:end]
		if name == "srcset" {
			writeSrcset(&b, value, f)
		} else {
			writeURL(&b, value, f)
		}
		s = s[end:]
	}
	b.WriteString(s)
	return template.HTML(b.String())
}

// attrName returns the link attribute whose name ends before, or "".
func attrName(before string) string {
	for _, name := range linkAttrs {
		n := len(before) - len(name)
		if n > 0 && strings.EqualFold(before[n:], name) && strings.ContainsRune(" \t\n\r\f", rune(before[n-1])) {
			return name
		}
	}
	return ""
}

// writeURL writes one attribute value, rewritten by f when it is a site
// path.
func writeURL(b *strings.Builder, v string, f func(string) string) {
	if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
		b.WriteString(v)
		return
	}
	p, suffix := v, ""
	if i := strings.IndexAny(v, "?#"); i >= 0 {
		p, suffix = v[:i], v[i:]
	}
	b.WriteString(f(p))
	b.WriteString(suffix)
}

// writeSrcset writes a srcset value with each candidate's URL rewritten.
func writeSrcset(b *strings.Builder, v string, f func(string) string) {
	for i, cand := range strings.Split(v, ",") {
		if i > 0 {
			b.WriteByte(',')
		}
		lead := len(cand) - len(strings.TrimLeft(cand, " \t\n"))
		b.WriteString(cand[:lead])
		cand = cand[lead:]
		u, rest, _ := strings.Cut(cand, " ")
		writeURL(b, u, f)
		if rest != "" || strings.HasSuffix(cand, " ") {
			b.WriteByte(' ')
			b.WriteString(rest)
		}
	}
}
