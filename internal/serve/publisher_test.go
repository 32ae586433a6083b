package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A new term, a renamed term and a new alias show up in the preview as
// soon as serve has rebuilt, with no restart, on the term pages, the
// index and the redirect; a term no article uses any more is gone.
func TestRealBuildTermsAndAliases(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	files := map[string]string{
		"site.toml": "title = \"Preview Test\"\nbase_url = \"https://example.org/\"\ntaxonomies = [\"tags\", \"sections\"]\n",
		"content/2026-03-03-harbour.txt": "title: Harbour reopens\ndate: 2026-03-03\ntags: ports\n\n" +
			"The harbour reopened on Tuesday morning after the storm.\n",
	}
	url, root, _ := startRealServerWith(t, ctx, files)
	eventually(t, url+"tags/ports/", func(s int, body string) bool { return s == 200 && strings.Contains(body, "Harbour reopens") })

	writeFile(t, root, "content/2026-03-03-harbour.txt", "title: Harbour reopens\ndate: 2026-03-03\ntags: Harbours\n"+
		"sections: Region\naliases: /old/harbour/\n\nThe harbour reopened on Tuesday morning after the storm.\n")
	eventually(t, url+"tags/harbours/", func(s int, body string) bool {
		return s == 200 && strings.Contains(body, "<h1>Harbours</h1>") && strings.Contains(body, "Harbour reopens")
	})
	eventually(t, url+"tags/ports/", func(s int, _ string) bool { return s == 404 })
	eventually(t, url+"sections/region/feed.xml", func(s int, body string) bool { return s == 200 && strings.Contains(body, "Harbour reopens") })
	eventually(t, url+"old/harbour/", func(s int, body string) bool {
		return s == 200 && strings.Contains(body, `http-equiv="refresh"`) && strings.Contains(body, "2026/03/03/harbour/")
	})
	if _, body := fetch(t, url+"tags/"); !strings.Contains(body, ">Harbours</a>") || strings.Contains(body, ">ports</a>") {
		t.Errorf("the tags index does not show the renamed term:\n%s", body)
	}
	if _, body := fetch(t, url+"sitemap.xml"); strings.Contains(body, "old/harbour") {
		t.Errorf("the sitemap lists the alias:\n%s", body)
	}
}
