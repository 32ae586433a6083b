package markdown

import (
	"strings"
	"testing"

	"broadsheet/internal/article"
)

func TestVideoOf(t *testing.T) {
	yt := func(q string) string { return "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" + q }
	tests := []struct{ url, provider, embed, watch string }{
		{"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "YouTube", yt(""), "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "YouTube", yt(""), "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", "YouTube", yt("&start=90"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=90s"},
		{"https://youtu.be/dQw4w9WgXcQ?t=42", "YouTube", yt("&start=42"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s"},
		{"https://www.youtube.com/shorts/dQw4w9WgXcQ", "YouTube", yt(""), "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "YouTube", yt(""), "https://www.youtube.com/watch?v=dQw4w9WgXcQ"},
		{"http://vimeo.com/76979871", "Vimeo", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1", "https://vimeo.com/76979871"},
		{"https://player.vimeo.com/video/76979871", "Vimeo", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1", "https://vimeo.com/76979871"},
		{"https://www.youtube.com/watch?v=short", "", "", ""},
		{"https://www.youtube.com/channel/UC1234567890", "", "", ""},
		{"https://youtu.be/dQw4w9WgXc\"", "", "", ""},
		{"https://vimeo.com/channels/staffpicks", "", "", ""},
		{"https://example.org/watch?v=dQw4w9WgXcQ", "", "", ""},
		{"ftp://youtu.be/dQw4w9WgXcQ", "", "", ""},
		{"youtu.be/dQw4w9WgXcQ", "", "", ""},
	}
	for _, tt := range tests {
		v := videoOf(tt.url)
		switch {
		case v == nil && tt.provider != "":
			t.Errorf("videoOf(%q) = nil", tt.url)
		case v != nil && (v.Provider != tt.provider || v.Embed != tt.embed || v.Watch != tt.watch):
			t.Errorf("videoOf(%q) = %+v; want %s %s %s", tt.url, v, tt.provider, tt.embed, tt.watch)
		}
	}
}

func TestRenderVideo(t *testing.T) {
	r := NewRenderer()
	tests := []struct {
		name, body string
		video      bool
	}{
		{"bare URL", "Watch:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter.", true},
		{"autolink", "<https://www.youtube.com/watch?v=dQw4w9WgXcQ>", true},
		{"in a sentence", "See https://youtu.be/dQw4w9WgXcQ now.", false},
		{"link with words", "[the video](https://youtu.be/dQw4w9WgXcQ)", false},
		{"two lines", "https://youtu.be/dQw4w9WgXcQ\nhttps://youtu.be/dQw4w9WgXcQ", false},
		{"in a list", "- https://youtu.be/dQw4w9WgXcQ", false},
		{"in a quote", "> https://youtu.be/dQw4w9WgXcQ", true},
	}
	for _, tt := range tests {
		got, err := r.Render(tt.body)
		if err != nil {
			t.Fatal(err)
		}
		h := string(got.HTML)
		if has := strings.Contains(h, `<div class="video"`); has != tt.video {
			t.Errorf("%s: video %v, want %v:\n%s", tt.name, has, tt.video, h)
		}
		if tt.video && (strings.Count(h, "<script>") != 1 || !strings.HasSuffix(h, videoScript) || strings.Contains(h, "<iframe")) {
			t.Errorf("%s: one script at the end and no iframe wanted:\n%s", tt.name, h)
		}
	}
	two, _ := r.Render("https://youtu.be/dQw4w9WgXcQ\n\nhttps://vimeo.com/76979871")
	if n := strings.Count(string(two.HTML), "<script>"); n != 1 {
		t.Errorf("two videos, %d scripts:\n%s", n, two.HTML)
	}
	if got, _ := r.Render("Watch:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter."); string(got.HTML) != "<p>Watch:</p>\n"+videoHTML+"<p>After.</p>\n"+videoScript {
		t.Errorf("got %q", got.HTML)
	}
	if got, _ := r.Render("Watch:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nAfter."); got.Words != 2 || got.Lead != "Watch:" {
		t.Errorf("a video is no words of the story: %d words, lead %q", got.Words, got.Lead)
	}
}

// TestPlainTextVideoLinkStaysText: a plain-text article shows what was
// typed, so a paragraph that is a video link stays a paragraph, in the
// Markdown that Escape writes as in PlainHTML.
func TestPlainTextVideoLinkStaysText(t *testing.T) {
	r := NewRenderer()
	for _, p := range []string{"https://youtu.be/dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ", " https://vimeo.com/76979871 \n"} {
		got, err := r.Render(Escape(p))
		if err != nil {
			t.Fatal(err)
		}
		want := r.PlainHTML([]article.Paragraph{{Text: p}})
		if got.HTML != want || strings.Contains(string(got.HTML), "video") {
			t.Errorf("%q: Render(Escape) = %q, PlainHTML = %q", p, got.HTML, want)
		}
	}
}
