package serve

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// site is a store with a fake builder over an in-memory source tree,
// served by httptest.
type site struct {
	t   *testing.T
	src fstest.MapFS
	b   *fakeBuilder
	st  *store
	hub *hub
	srv *httptest.Server
}

func newSite(t *testing.T, base string, src fstest.MapFS) *site {
	s := &site{t: t, src: src, b: &fakeBuilder{fsys: src}, st: newStore(base), hub: newHub()}
	s.srv = httptest.NewServer(&handler{st: s.st, hub: s.hub})
	t.Cleanup(func() { s.hub.close(); s.srv.Close() })
	return s
}

// build runs a full build (or a rebuild when changed is given) and
// publishes it the way the server does.
func (s *site) build(changed ...string) {
	sink := newStaging()
	var res Result
	if changed == nil {
		res = s.b.Build(context.Background(), sink)
	} else {
		res = s.b.Rebuild(context.Background(), changed, sink)
	}
	if s.st.publish(res, sink.files) {
		s.hub.publish(s.st.now().version)
	}
}

func (s *site) set(name, text string) { s.src[name] = &fstest.MapFile{Data: []byte(text)} }

// get fetches a path without following redirects.
func (s *site) get(p string) (*http.Response, string) {
	s.t.Helper()
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Get(s.srv.URL + p)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return resp, string(body)
}

func articles() fstest.MapFS {
	return fstest.MapFS{
		"site.toml":         {Data: []byte(`title = "Test"`)},
		"content/alpha.txt": {Data: []byte("Alpha text")},
		"content/beta.txt":  {Data: []byte("Beta text")},
	}
}

func TestServeFiles(t *testing.T) {
	s := newSite(t, "/", articles())
	s.build()
	tests := []struct {
		path, status, ctype, body string
		script                    bool
	}{
		{"/", "200 OK", "text/html; charset=utf-8", "alpha beta", true},
		{"/alpha/", "200 OK", "text/html; charset=utf-8", "Alpha text", true},
		{"/alpha/index.html", "200 OK", "text/html; charset=utf-8", "Alpha text", true},
		{"/alpha", "301 Moved Permanently", "", "", false},
		{"/feed.xml", "200 OK", "application/atom+xml", "<feed", false},
		{"/feed.json", "200 OK", "application/feed+json", "jsonfeed", false},
		{"/style.css", "200 OK", "text/css; charset=utf-8", "body{color:#222}</body>", false},
		{"/robots.txt", "200 OK", "text/plain; charset=utf-8", "User-agent", false},
		{"/missing/", "404 Not Found", "text/html; charset=utf-8", "nothing here", true},
		{"/../../etc/passwd", "404 Not Found", "text/html; charset=utf-8", "nothing here", true},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			resp, body := s.get(tc.path)
			if resp.Status != tc.status {
				t.Fatalf("status %q, want %q", resp.Status, tc.status)
			}
			if got := resp.Header.Get("Content-Type"); tc.ctype != "" && got != tc.ctype {
				t.Errorf("Content-Type %q, want %q", got, tc.ctype)
			}
			if !strings.Contains(body, tc.body) {
				t.Errorf("body lacks %q:\n%s", tc.body, body)
			}
			if has := strings.Contains(body, EventsPath); has != tc.script {
				t.Errorf("reload script present = %v, want %v:\n%s", has, tc.script, body)
			}
		})
	}
	if resp, _ := s.get("/alpha"); resp.Header.Get("Location") != "/alpha/" {
		t.Errorf("redirect to %q, want /alpha/", resp.Header.Get("Location"))
	}
}

func TestServeScriptBeforeBodyEnd(t *testing.T) {
	s := newSite(t, "/", articles())
	s.build()
	_, body := s.get("/alpha/")
	script, end := strings.Index(body, "<script>"), strings.Index(body, "</body>")
	if script < 0 || end < script {
		t.Fatalf("script at %d, </body> at %d:\n%s", script, end, body)
	}
	// The built file itself never carries the script.
	if strings.Contains(string(s.st.now().files["alpha/index.html"]), "<script") {
		t.Error("the script leaked into the built file")
	}
}

func TestServeSubPath(t *testing.T) {
	s := newSite(t, "/digest/", articles())
	s.build()
	if resp, body := s.get("/digest/alpha/"); resp.StatusCode != 200 || !strings.Contains(body, "Alpha text") {
		t.Errorf("/digest/alpha/: %s\n%s", resp.Status, body)
	}
	for _, p := range []string{"/", "/digest"} {
		if resp, _ := s.get(p); resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/digest/" {
			t.Errorf("%s: %s to %q, want a redirect to /digest/", p, resp.Status, resp.Header.Get("Location"))
		}
	}
	if resp, _ := s.get("/alpha/"); resp.StatusCode != 404 {
		t.Errorf("/alpha/ outside the sub-path: %s, want 404", resp.Status)
	}
}

func TestServeErrorsOverlay(t *testing.T) {
	s := newSite(t, "/", articles())
	s.build()
	s.set("content/alpha.txt", "Alpha edited\nBROKEN here")
	s.build("content/alpha.txt")
	for _, p := range []string{"/", "/alpha/", "/beta/", "/missing/"} {
		_, body := s.get(p)
		if !strings.Contains(body, `id="broadsheet-errors"`) {
			t.Errorf("%s: no overlay while the site is broken:\n%s", p, body)
		}
		if !strings.Contains(body, "content/alpha.txt:2: error: broken &lt;b&gt;article&lt;/b&gt; &amp; more") {
			t.Errorf("%s: overlay lacks the escaped diagnostic:\n%s", p, body)
		}
	}
	if _, body := s.get("/alpha/"); !strings.Contains(body, "Alpha text") || strings.Contains(body, "Alpha edited") {
		t.Errorf("broken build replaced the last good page:\n%s", body)
	}
	if _, body := s.get("/style.css"); strings.Contains(body, "broadsheet-errors") {
		t.Error("overlay injected into CSS")
	}

	s.set("content/alpha.txt", "Alpha fixed")
	s.build("content/alpha.txt")
	for _, p := range []string{"/", "/alpha/", "/missing/"} {
		if _, body := s.get(p); strings.Contains(body, "broadsheet-errors") {
			t.Errorf("%s: overlay still there after the fix:\n%s", p, body)
		}
	}
	if _, body := s.get("/alpha/"); !strings.Contains(body, "Alpha fixed") {
		t.Errorf("fixed page not served:\n%s", body)
	}
}

func TestServeBrokenAtStart(t *testing.T) {
	src := articles()
	src["layouts/article.html"] = &fstest.MapFile{Data: []byte("{{ end }}")}
	s := newSite(t, "/", src)
	s.build()
	resp, body := s.get("/")
	if resp.StatusCode != 404 || !strings.Contains(body, "layouts/article.html:1: error: template: article: unexpected {{end}}") {
		t.Fatalf("%s:\n%s", resp.Status, body)
	}
	delete(src, "layouts/article.html")
	s.build("layouts/article.html")
	if resp, body := s.get("/alpha/"); resp.StatusCode != 200 || strings.Contains(body, "broadsheet-errors") {
		t.Fatalf("after the fix: %s:\n%s", resp.Status, body)
	}
}

func TestServeDeletedArticleDisappears(t *testing.T) {
	s := newSite(t, "/", articles())
	s.build()
	delete(s.src, "content/beta.txt")
	s.build("content/beta.txt")
	if resp, _ := s.get("/beta/"); resp.StatusCode != 404 {
		t.Errorf("/beta/ after delete: %s, want 404", resp.Status)
	}
	if _, body := s.get("/"); strings.Contains(body, "beta") {
		t.Errorf("home still lists the deleted article:\n%s", body)
	}
}

func TestServeHead(t *testing.T) {
	s := newSite(t, "/", articles())
	s.build()
	resp, err := http.Head(s.srv.URL + "/alpha/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.ContentLength <= 0 {
		t.Errorf("HEAD: %s, length %d", resp.Status, resp.ContentLength)
	}
	req, _ := http.NewRequest(http.MethodPost, s.srv.URL+"/alpha/", nil)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %v %v", resp.Status, err)
	}
}

// stream reads Server-Sent Events data lines.
type stream struct {
	t    *testing.T
	body io.Closer
	data chan string
}

func openStream(t *testing.T, url string) *stream {
	t.Helper()
	resp, err := http.Get(url + EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("event stream Content-Type %q", ct)
	}
	s := &stream{t: t, body: resp.Body, data: make(chan string, 16)}
	go func() {
		defer close(s.data)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if d, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				s.data <- d
			}
		}
	}()
	t.Cleanup(func() { resp.Body.Close() })
	return s
}

func (s *stream) next() string {
	s.t.Helper()
	select {
	case d, ok := <-s.data:
		if !ok {
			s.t.Fatal("event stream ended")
		}
		return d
	case <-time.After(10 * time.Second):
		s.t.Fatal("no event within 10s")
	}
	return ""
}

func TestServeEvents(t *testing.T) {
	s := newSite(t, "/", articles())
	s.build()
	a, b := openStream(t, s.srv.URL), openStream(t, s.srv.URL)
	v1 := s.st.now().version
	if got := a.next(); got != v1 {
		t.Fatalf("first event %q, want the current version %q", got, v1)
	}
	b.next()
	s.set("content/alpha.txt", "Alpha again")
	s.build("content/alpha.txt")
	v2 := s.st.now().version
	if v2 == v1 {
		t.Fatal("version did not change after a rebuild that changed a page")
	}
	for _, st := range []*stream{a, b} {
		if got := st.next(); got != v2 {
			t.Errorf("event %q after rebuild, want %q", got, v2)
		}
	}
	// A rebuild that changes nothing reloads no one.
	s.build("content/alpha.txt")
	if s.st.now().version != v2 {
		t.Error("version changed although no file did")
	}
	// Closing the hub (server shutdown) ends every stream.
	s.hub.close()
	for _, st := range []*stream{a, b} {
		select {
		case _, ok := <-st.data:
			if ok {
				t.Error("unexpected event after shutdown")
			}
		case <-time.After(10 * time.Second):
			t.Fatal("stream still open after shutdown")
		}
	}
}

func TestWorkerScript(t *testing.T) {
	s := newSite(t, "/", articles())
	resp, body := s.get(WorkerPath)
	if resp.StatusCode != 200 || !strings.Contains(body, EventsPath) ||
		!strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") {
		t.Errorf("%s %s:\n%s", resp.Status, resp.Header.Get("Content-Type"), body)
	}
}

// FuzzServePath sends arbitrary paths: the handler never panics, answers
// with a known status, and serves only files of the site.
func FuzzServePath(f *testing.F) {
	for _, p := range []string{"/", "/alpha/", "/alpha", "/digest/alpha/", "/digest/../alpha/", "//x", "/%2e%2e/",
		"/alpha/index.html/", "/digest", "/feed.xml", "/\x00", "/a/../../b"} {
		f.Add(p)
	}
	src := articles()
	b := &fakeBuilder{fsys: src}
	var handlers []*handler
	for _, base := range []string{"/", "/digest/"} {
		st := newStore(base)
		sink := newStaging()
		st.publish(b.Build(context.Background(), sink), sink.files)
		handlers = append(handlers, &handler{st: st, hub: newHub()})
	}
	f.Fuzz(func(t *testing.T, p string) {
		if p == EventsPath {
			return // a stream that never ends; TestServeEvents covers it
		}
		for _, h := range handlers {
			req := httptest.NewRequest(http.MethodGet, "/", nil)
			req.URL.Path = p
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			switch rec.Code {
			case 200:
				if !strings.Contains(rec.Header().Get("Content-Type"), "/") {
					t.Errorf("%q under %s: no content type", p, h.st.now().base)
				}
			case 301, 302, 404:
			default:
				t.Errorf("%q under %s: status %d", p, h.st.now().base, rec.Code)
			}
		}
	})
}
