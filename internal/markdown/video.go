package markdown

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// A paragraph that is only a YouTube or Vimeo link, bare or in <...>,
// becomes a video that asks nothing of YouTube or Vimeo until the reader
// clicks: a link to the video, styled as a player, which a small script
// turns into the provider's player (from its no-cookie address) on
// click. Without the script, as in a feed reader, the link opens the
// video on the provider's site. The markup is
//
//	<div class="video" data-embed="https://www.youtube-nocookie.com/embed/ID?autoplay=1" data-title="YouTube video player">
//	<a class="video-link" href="https://www.youtube.com/watch?v=ID">Play the video on YouTube
//	<span class="video-note">(the player comes from YouTube, which may set cookies)</span></a></div>
//
// followed, once per body, by the script.

// KindVideo is the node kind of a video paragraph.
var KindVideo = ast.NewNodeKind("Video")

// Video is a paragraph that was only a link to a video.
type Video struct {
	ast.BaseBlock
	Provider string // "YouTube" or "Vimeo"
	Watch    string // the video's page on the provider's site
	Embed    string // the provider's player, loaded on click
}

// Kind implements ast.Node.
func (*Video) Kind() ast.NodeKind { return KindVideo }

// Dump implements ast.Node.
func (n *Video) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Provider": n.Provider, "Watch": n.Watch}, nil)
}

// videoScript loads the player of a .video block in place of its link
// when the link is clicked (not when it is opened in a new tab or
// window). It runs once however many bodies carry it.
const videoScript = `<script>(function(){if(window.broadsheetVideo)return;window.broadsheetVideo=1;` +
	`document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a.video-link");` +
	`if(!a||e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)return;var d=a.parentNode,f=document.createElement("iframe");` +
	`e.preventDefault();f.src=d.getAttribute("data-embed");f.title=d.getAttribute("data-title");` +
	`f.allow="autoplay; encrypted-media; fullscreen; picture-in-picture";f.setAttribute("allowfullscreen","");` +
	`d.replaceChild(f,a);f.focus()})})();</script>` + "\n"

// findVideos replaces the paragraphs of doc that are only a video link by
// Video blocks, and reports whether there was one.
func findVideos(doc ast.Node, src []byte) bool {
	var paras []*ast.Paragraph
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if p, ok := n.(*ast.Paragraph); ok && entering {
			paras = append(paras, p)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	found := false
	for _, p := range paras {
		if v := videoOf(onlyURL(p, src)); v != nil {
			v.SetBlankPreviousLines(p.HasBlankPreviousLines())
			p.Parent().ReplaceChild(p.Parent(), p, v)
			found = true
		}
	}
	return found
}

// onlyURL returns the URL that paragraph p consists of, as a bare URL on
// one line or an autolink, written as it is, with no backslash escape: a
// plain-text paragraph that Escape wrote stays a paragraph (see
// writeEscaped). It returns "" for any other paragraph.
func onlyURL(p *ast.Paragraph, src []byte) string {
	if p.Lines().Len() != 1 {
		return ""
	}
	line := p.Lines().At(0)
	raw := strings.TrimSpace(string(line.Value(src)))
	if a, ok := p.FirstChild().(*ast.AutoLink); ok && a.NextSibling() == nil && a.AutoLinkType == ast.AutoLinkURL {
		if u := string(a.URL(src)); raw == "<"+u+">" {
			return u
		}
		return ""
	}
	var b strings.Builder
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		t, ok := c.(*ast.Text)
		if !ok || t.SoftLineBreak() || t.HardLineBreak() {
			return ""
		}
		b.Write(t.Segment.Value(src))
	}
	if s := strings.TrimSpace(b.String()); s == raw && !strings.ContainsAny(s, " \t") {
		return s
	}
	return ""
}

// videoOf returns the Video of a YouTube or Vimeo URL, or nil.
func videoOf(raw string) *Video {
	if !strings.HasPrefix(raw, "https://") && !strings.HasPrefix(raw, "http://") {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	host := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), "m.")
	seg := strings.Split(strings.Trim(u.Path, "/"), "/")
	q := u.Query()
	var id string
	switch host {
	case "youtube.com", "youtube-nocookie.com":
		switch {
		case len(seg) == 1 && seg[0] == "watch":
			id = q.Get("v")
		case len(seg) == 2 && (seg[0] == "embed" || seg[0] == "shorts" || seg[0] == "live"):
			id = seg[1]
		}
		fallthrough
	case "youtu.be":
		if host == "youtu.be" && len(seg) == 1 {
			id = seg[0]
		}
		if !youTubeID(id) {
			return nil
		}
		embed := "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1"
		watch := "https://www.youtube.com/watch?v=" + id
		if t := seconds(q.Get("t")); t > 0 {
			embed += "&start=" + strconv.Itoa(t)
			watch += "&t=" + strconv.Itoa(t) + "s"
		}
		return &Video{Provider: "YouTube", Watch: watch, Embed: embed}
	case "vimeo.com", "player.vimeo.com":
		if host == "player.vimeo.com" && len(seg) == 2 && seg[0] == "video" {
			seg = seg[1:]
		}
		if len(seg) != 1 || !digits(seg[0]) {
			return nil
		}
		return &Video{Provider: "Vimeo", Watch: "https://vimeo.com/" + seg[0],
			Embed: "https://player.vimeo.com/video/" + seg[0] + "?autoplay=1&dnt=1"}
	}
	return nil
}

// youTubeID reports whether id has the form of a YouTube video's id.
func youTubeID(id string) bool {
	if len(id) != 11 {
		return false
	}
	for _, c := range []byte(id) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	if s == "" || len(s) > 19 {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// seconds reads a YouTube start time, "90", "90s" or "1m30s", or 0.
func seconds(t string) int {
	total, n := 0, 0
	for _, c := range []byte(t) {
		switch {
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
			if n > 1e6 {
				return 0
			}
		case c == 'h':
			total, n = total+n*3600, 0
		case c == 'm':
			total, n = total+n*60, 0
		case c == 's':
			total, n = total+n, 0
		default:
			return 0
		}
	}
	return total + n
}

// videoRenderer writes Video blocks.
type videoRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (videoRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(KindVideo, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		v := n.(*Video)
		_, _ = w.WriteString(`<div class="video" data-embed="`)
		_, _ = w.Write(util.EscapeHTML([]byte(v.Embed)))
		_, _ = w.WriteString(`" data-title="` + v.Provider + ` video player"><a class="video-link" href="`)
		_, _ = w.Write(util.EscapeHTML([]byte(v.Watch)))
		_, _ = w.WriteString(`">Play the video on ` + v.Provider +
			` <span class="video-note">(the player comes from ` + v.Provider + `, which may set cookies)</span></a></div>` + "\n")
		return ast.WalkSkipChildren, nil
	})
}
