package site

import (
	"testing"

	"broadsheet/internal/config"
)

func TestRel(t *testing.T) {
	cfg := config.Default()
	cfg.BaseURL = "https://example.org/digest/"
	s := &Site{Config: cfg}
	tests := []struct {
		kind     Kind
		from, to string
		want     string
	}{
		{KindHome, "/", "/", "index.html"},
		{KindHome, "/", "/2026/02/13/x/", "2026/02/13/x/index.html"},
		{KindArticle, "/2026/02/13/x/", "/", "../../../../index.html"},
		{KindArticle, "/2026/02/13/x/", "/2026/02/13/y/", "../../../../2026/02/13/y/index.html"},
		{KindArticle, "/2026/02/13/x/", "/style.css", "../../../../style.css"},
		{KindDigest, "/digest/2026-02-13/", "/digest/2026-02-12/", "../../digest/2026-02-12/index.html"},
		{KindArticle, "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/", "/", "../../../../../../../../../../../../../../../../../index.html"},
		{KindArticle, "/x.html", "/y/", "y/index.html"},
		{KindHome, "/page/2/", "/feed.xml", "../../feed.xml"},
		{KindNotFound, "/404.html", "/", "/digest/"},
		{KindNotFound, "/404.html", "/style.css", "/digest/style.css"},
	}
	for _, tt := range tests {
		got := s.Rel(&Page{Kind: tt.kind, URL: tt.from}, tt.to)
		if got != tt.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
	if got := s.Abs("/feed.xml"); got != "https://example.org/digest/feed.xml" {
		t.Errorf("Abs = %q", got)
	}
}
