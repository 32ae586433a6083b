package markdown

import (
	"html/template"
	"testing"
)

func TestRelink(t *testing.T) {
	const h = `<p><a href="/digest/2026-02-13/#x">d</a> <img src="/img/a b.png" alt="/img/x" srcset="/img/a.480.png 480w, /img/a.960.png 960w" sizes="100vw"> ` +
		`<a href="https://example.org/">e</a> <a href="#n">n</a> <a href="//cdn.example.org/x">c</a> <a data-href="/x">k</a> <a href="/">home</a></p>` + "\n"
	tests := []struct {
		name string
		got  template.HTML
		want string
	}{
		{"page two folders down", RelinkPage(h, "../../"),
			`<p><a href="../../digest/2026-02-13/index.html#x">d</a> <img src="../../img/a b.png" alt="/img/x" srcset="../../img/a.480.png 480w, ../../img/a.960.png 960w" sizes="100vw"> ` +
				`<a href="https://example.org/">e</a> <a href="#n">n</a> <a href="//cdn.example.org/x">c</a> <a data-href="/x">k</a> <a href="../../index.html">home</a></p>` + "\n"},
		{"home page", RelinkPage(h, ""),
			`<p><a href="digest/2026-02-13/index.html#x">d</a> <img src="img/a b.png" alt="/img/x" srcset="img/a.480.png 480w, img/a.960.png 960w" sizes="100vw"> ` +
				`<a href="https://example.org/">e</a> <a href="#n">n</a> <a href="//cdn.example.org/x">c</a> <a data-href="/x">k</a> <a href="index.html">home</a></p>` + "\n"},
		{"404 page under a sub-path", RelinkPage(h, "/westmark/"),
			`<p><a href="/westmark/digest/2026-02-13/#x">d</a> <img src="/westmark/img/a b.png" alt="/img/x" srcset="/westmark/img/a.480.png 480w, /westmark/img/a.960.png 960w" sizes="100vw"> ` +
				`<a href="https://example.org/">e</a> <a href="#n">n</a> <a href="//cdn.example.org/x">c</a> <a data-href="/x">k</a> <a href="/westmark/">home</a></p>` + "\n"},
		{"feed", RelinkFeed(h, "https://example.org/westmark"),
			`<p><a href="https://example.org/westmark/digest/2026-02-13/#x">d</a> <img src="https://example.org/westmark/img/a b.png" alt="/img/x" srcset="https://example.org/westmark/img/a.480.png 480w, https://example.org/westmark/img/a.960.png 960w" sizes="100vw"> ` +
				`<a href="https://example.org/">e</a> <a href="#n">n</a> <a href="//cdn.example.org/x">c</a> <a data-href="/x">k</a> <a href="https://example.org/westmark/">home</a></p>` + "\n"},
	}
	for _, tt := range tests {
		if string(tt.got) != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, tt.got, tt.want)
		}
	}
	if got := RelinkPage("<p>no links</p>", "../"); got != "<p>no links</p>" {
		t.Errorf("HTML without links changed: %s", got)
	}
}

// TestRelinkRendered relinks what Render writes under a sub-path base_url.
func TestRelinkRendered(t *testing.T) {
	r := NewRenderer()
	got, err := r.Render("![Harbor](../img/harbor.png)\n\n[digest](/digest/2026-02-13/)\n\nhttps://youtu.be/dQw4w9WgXcQ", WithSource("content/2026/a.md", 5))
	if err != nil {
		t.Fatal(err)
	}
	page := RelinkPage(got.HTML, "../../../../")
	want := `<p><img src="../../../../img/harbor.png" alt="Harbor"></p>` + "\n" +
		`<p><a href="../../../../digest/2026-02-13/index.html">digest</a></p>` + "\n" + videoHTML + videoScript
	if string(page) != want {
		t.Errorf("page:\n got %s\nwant %s", page, want)
	}
	feed := RelinkFeed(got.HTML, "https://example.org/westmark/")
	want = `<p><img src="https://example.org/westmark/img/harbor.png" alt="Harbor"></p>` + "\n" +
		`<p><a href="https://example.org/westmark/digest/2026-02-13/">digest</a></p>` + "\n" + videoHTML
	if string(feed) != want {
		t.Errorf("feed:\n got %s\nwant %s", feed, want)
	}
}

const videoHTML = `<div class="video" data-embed="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-title="YouTube video player">` +
	`<a class="video-link" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Play the video on YouTube <span class="video-note">(the player comes from YouTube, which may set cookies)</span></a></div>` + "\n"

// TestRelinkArticleSource sends a link to an article's source file to
// the article's page, as a build that knows the pages can.
func TestRelinkArticleSource(t *testing.T) {
	got, err := NewRenderer().Render("[the talks](geneva.md#day-two) and [x](/img/x.png)", WithSource("content/2026/a.md", 1))
	if err != nil {
		t.Fatal(err)
	}
	urls := map[string]string{"/2026/geneva.md": "/2026/02/13/geneva/"}
	h := Relink(got.HTML, func(p string) string {
		if u, ok := urls[p]; ok {
			p = u
		}
		return "../../" + p[1:]
	})
	want := `<p><a href="../../2026/02/13/geneva/#day-two">the talks</a> and <a href="../../img/x.png">x</a></p>` + "\n"
	if string(h) != want {
		t.Errorf("got  %s\nwant %s", h, want)
	}
}
