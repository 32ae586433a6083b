package serve

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a terminal the test can read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a Server started with Run on a real folder and a free port.
type running struct {
	t      *testing.T
	root   string
	url    string
	b      *fakeBuilder
	log    *syncBuffer
	client *http.Client
	stop   func() error
}

func startServer(t *testing.T, opt Options, files map[string]string) *running {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		writeFile(t, root, name, text)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	opt.Root, opt.Dest = root, "public"
	r := &running{t: t, root: root, url: SiteURL(ln.Addr(), "/"), log: &syncBuffer{},
		b: &fakeBuilder{fsys: os.DirFS(root), calls: make(chan []string, 100)}, client: &http.Client{Transport: &http.Transport{}}}
	opt.Log = r.log
	srv := New(r.b, opt)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	r.stop = sync.OnceValue(func() error {
		cancel()
		r.client.CloseIdleConnections()
		return <-done
	})
	t.Cleanup(func() { r.stop() })
	r.waitFor(func() bool { return strings.Contains(r.log.String(), "serving http://") })
	return r
}

// waitLimit bounds every wait of the tests on the server's work.
const waitLimit = 20 * time.Second

// poll checks cond every few milliseconds until it holds, and reports
// false when it still does not after waitLimit.
func poll(cond func() bool) bool {
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
	return true
}

// waitFor polls cond until it holds, failing after waitLimit.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	if !poll(cond) {
		t.Fatalf("condition not met within %v", waitLimit)
	}
}

// waitFor polls cond until it holds, failing with the terminal's text.
func (r *running) waitFor(cond func() bool) {
	r.t.Helper()
	if !poll(cond) {
		r.t.Fatalf("condition not met within %v; terminal:\n%s", waitLimit, r.log.String())
	}
}

func (r *running) body(p string) string {
	r.t.Helper()
	resp, err := r.client.Get(strings.TrimSuffix(r.url, "/") + p)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestRunRebuildsAndReloads(t *testing.T) {
	r := startServer(t, Options{}, map[string]string{"site.toml": "", "content/alpha.txt": "Alpha one"})
	if got := <-r.b.calls; got != nil {
		t.Fatalf("first build was a rebuild of %q", got)
	}
	events := openStream(t, strings.TrimSuffix(r.url, "/"))
	first := events.next()

	writeFile(t, r.root, "content/alpha.txt", "Alpha two")
	if got := <-r.b.calls; len(got) != 1 || got[0] != "content/alpha.txt" {
		t.Fatalf("rebuild of %q, want content/alpha.txt", got)
	}
	if v := events.next(); v == first {
		t.Fatalf("event repeats version %q", v)
	}
	if body := r.body("/alpha/"); !strings.Contains(body, "Alpha two") {
		t.Errorf("page not updated:\n%s", body)
	}
	r.waitFor(func() bool { return strings.Contains(r.log.String(), "content/alpha.txt changed: 1 page in ") })

	writeFile(t, r.root, "content/alpha.txt", "BROKEN")
	<-r.b.calls
	events.next()
	if body := r.body("/alpha/"); !strings.Contains(body, "Alpha two") || !strings.Contains(body, "broadsheet-errors") {
		t.Errorf("broken rebuild: want the last good page with the overlay:\n%s", body)
	}
	r.waitFor(func() bool {
		return strings.Contains(r.log.String(), "content/alpha.txt:1: error: broken <b>article</b> & more\n") &&
			strings.Contains(r.log.String(), "content/alpha.txt changed: build failed (1 error, 0 warnings)")
	})

	os.Remove(r.root + "/content/alpha.txt")
	<-r.b.calls
	events.next()
	if body := r.body("/alpha/"); strings.Contains(body, "Alpha two") || strings.Contains(body, "broadsheet-errors") {
		t.Errorf("deleted article still served, or overlay left:\n%s", body)
	}
	r.waitFor(func() bool { return strings.Contains(r.log.String(), "content/alpha.txt removed: ") })
}

func TestRunBurstIsOneRebuild(t *testing.T) {
	r := startServer(t, Options{Quiet: burstQuiet}, map[string]string{"site.toml": ""})
	<-r.b.calls
	for i := range 500 {
		writeFile(t, r.root, "content/burst/"+strings.Repeat("x", i%7+1)+string(rune('a'+i%26))+
			string(rune('a'+i/26))+".txt", "text")
	}
	got := <-r.b.calls
	if len(got) != 500 {
		t.Fatalf("first rebuild got %d files, want all 500", len(got))
	}
	select {
	case more := <-r.b.calls:
		t.Errorf("a second rebuild for %d files", len(more))
	default:
	}
}

func TestRunStopsCleanly(t *testing.T) {
	before := runtime.NumGoroutine()
	r := startServer(t, Options{}, map[string]string{"site.toml": "", "content/a.txt": "A"})
	a := openStream(t, strings.TrimSuffix(r.url, "/"))
	b := openStream(t, strings.TrimSuffix(r.url, "/"))
	a.next()
	b.next()
	r.body("/a/")
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	for _, s := range []*stream{a, b} {
		for range s.data { // drains until the server ends the stream
		}
		s.body.Close()
	}
	if _, err := http.Get(r.url); err == nil {
		t.Error("server still answers after stop")
	}
	if !poll(func() bool { return runtime.NumGoroutine() <= before }) {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines left, %d before:\n%s", runtime.NumGoroutine(), before, buf[:runtime.Stack(buf, true)])
	}
}

func TestRunPoll(t *testing.T) {
	r := startServer(t, Options{Poll: 10 * time.Millisecond}, map[string]string{"site.toml": "", "content/a.txt": "A"})
	<-r.b.calls
	writeFile(t, r.root, "content/b.txt", "B")
	if got := <-r.b.calls; len(got) != 1 || got[0] != "content/b.txt" {
		t.Fatalf("rebuild of %q", got)
	}
}

func TestSiteURL(t *testing.T) {
	tests := []struct{ addr, base, want string }{
		{"127.0.0.1:1313", "/", "http://127.0.0.1:1313/"},
		{"0.0.0.0:1313", "/digest/", "http://localhost:1313/digest/"},
		{"[::]:8080", "/", "http://localhost:8080/"},
		{"[::1]:8080", "/", "http://[::1]:8080/"},
	}
	for _, tc := range tests {
		addr, err := net.ResolveTCPAddr("tcp", tc.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := SiteURL(addr, tc.base); got != tc.want {
			t.Errorf("SiteURL(%s, %s) = %s, want %s", tc.addr, tc.base, got, tc.want)
		}
	}
}

func TestBasePath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/", "/"},
		{"https://example.org", "/"},
		{"https://example.org/digest/", "/digest/"},
		{"https://example.org/digest", "/digest/"},
		{"https://user.github.io/a/b/", "/a/b/"},
		{"://bad", "/"},
	}
	for _, tc := range tests {
		if got := BasePath(tc.in); got != tc.want {
			t.Errorf("BasePath(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
