package serve

import (
	"context"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/build"
	"broadsheet/layouts"
)

// browserSite is a small real site for the browser test.
var browserSite = map[string]string{
	"site.toml": "title = \"Preview Test\"\nbase_url = \"https://example.org/\"\n",
	"content/2026-03-03-harbour.txt": "title: Harbour reopens\ndate: 2026-03-03\n\n" +
		"The harbour reopened on Tuesday morning after the storm.\n",
}

// startRealServer runs the server with the build package over a temp copy
// of browserSite until ctx ends, and returns its URL, folder and server.
func startRealServer(t *testing.T, ctx context.Context) (url, root string, srv *Server) {
	t.Helper()
	return startRealServerWith(t, ctx, browserSite)
}

// startRealServerWith is startRealServer over a copy of files.
func startRealServerWith(t *testing.T, ctx context.Context, files map[string]string) (url, root string, srv *Server) {
	t.Helper()
	root = t.TempDir()
	for name, text := range files {
		writeFile(t, root, name, text)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url = SiteURL(ln.Addr(), "/")
	b := build.New(os.DirFS(root), build.Options{BaseURL: url, Now: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)})
	log := &syncBuffer{}
	srv = New(FromBuild(b), Options{Root: root, Dest: "public", Log: log})
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
		t.Logf("terminal:\n%s", log.String())
	})
	return url, root, srv
}

// fetch gets a page of the running site.
func fetch(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// eventually polls a page until check accepts it, failing after waitLimit.
func eventually(t *testing.T, url string, check func(status int, body string) bool) {
	t.Helper()
	var status int
	var body string
	if !poll(func() bool { status, body = fetch(t, url); return check(status, body) }) {
		t.Fatalf("%s: still %d after %v:\n%s", url, status, waitLimit, body)
	}
}

// A renamed or deleted article leaves no trace: not at its old address,
// nor on any list, feed or sitemap.
func TestRealBuildRenameAndDelete(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	url, root, _ := startRealServer(t, ctx)
	writeFile(t, root, "content/2026-03-04-ferries.txt", "title: Ferries run again\ndate: 2026-03-04\n\n"+
		"Ferries to the islands ran again on Wednesday.\n")
	eventually(t, url+"2026/03/04/ferries/", func(s int, _ string) bool { return s == 200 })

	lists := []string{"", "feed.xml", "feed.json", "sitemap.xml", "digest/2026-03-03/"}
	for _, p := range lists {
		if status, body := fetch(t, url+p); status != 200 || !strings.Contains(body, "/harbour/") {
			t.Fatalf("/%s: %d, does not link the article before the rename:\n%s", p, status, body)
		}
	}
	if err := os.Rename(filepath.Join(root, "content/2026-03-03-harbour.txt"),
		filepath.Join(root, "content/2026-03-03-port.txt")); err != nil {
		t.Fatal(err)
	}
	eventually(t, url+"2026/03/03/port/", func(s int, _ string) bool { return s == 200 })
	eventually(t, url+"2026/03/03/harbour/", func(s int, _ string) bool { return s == 404 })
	for _, p := range lists {
		if _, body := fetch(t, url+p); strings.Contains(body, "/harbour/") {
			t.Errorf("/%s still links the renamed article's old address", p)
		}
	}

	if err := os.Remove(filepath.Join(root, "content/2026-03-04-ferries.txt")); err != nil {
		t.Fatal(err)
	}
	eventually(t, url+"2026/03/04/ferries/", func(s int, _ string) bool { return s == 404 })
	for _, p := range lists {
		if _, body := fetch(t, url+p); strings.Contains(body, "/ferries/") || strings.Contains(body, "Ferries run again") {
			t.Errorf("/%s still shows the deleted article", p)
		}
	}
}

// A layout that lists every article's title on every article page shows
// a retitled article's new title on the other articles' pages as soon as
// serve has rebuilt, as a full build would.
func TestRealBuildRetitleSiteWideLayout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	article, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"layouts/article.html": string(article) + "\n{{range .Site.Articles}}<p class=\"all\">{{.Title}}</p>{{end}}\n",
		"content/2026-03-04-ferries.txt": "title: Ferries run again\ndate: 2026-03-04\n\n" +
			"Ferries to the islands ran again on Wednesday.\n",
	}
	for name, text := range browserSite {
		files[name] = text
	}
	url, root, _ := startRealServerWith(t, ctx, files)
	other := url + "2026/03/04/ferries/"
	eventually(t, other, func(s int, body string) bool { return s == 200 && strings.Contains(body, ">Harbour reopens</p>") })
	writeFile(t, root, "content/2026-03-03-harbour.txt", "title: Harbour reopens at last\ndate: 2026-03-03\n\n"+
		"The harbour reopened on Tuesday morning after the storm.\n")
	eventually(t, url+"2026/03/03/harbour/", func(s int, body string) bool {
		return s == 200 && strings.Contains(body, "<h1>Harbour reopens at last</h1>")
	})
	if _, body := fetch(t, other); !strings.Contains(body, ">Harbour reopens at last</p>") {
		t.Errorf("the other article's page does not show the new title:\n%s", body)
	}
}
