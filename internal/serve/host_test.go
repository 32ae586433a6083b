package serve

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHostGuard checks that the preview answers only to its own names: a
// rebound name such as attacker.example gets 403.
func TestHostGuard(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {})
	tests := []struct {
		listen string
		extra  []string
		allow  []string
		deny   []string
	}{
		{
			listen: "127.0.0.1:1313",
			allow:  []string{"127.0.0.1:1313", "localhost:1313", "LOCALHOST", "localhost.:1313", "[::1]:1313", "127.0.0.2", "app.localhost:1313"},
			deny:   []string{"attacker.example:1313", "attacker.example", "", "localhost.attacker.example", "192.168.1.5:1313", "evil.com:80"},
		},
		{
			listen: "192.168.1.5:1313",
			extra:  []string{"preview.lan"},
			allow:  []string{"192.168.1.5:1313", "preview.lan:1313", "localhost:1313"},
			deny:   []string{"192.168.1.6:1313", "attacker.example:1313"},
		},
		{
			listen: "[::]:1313",
			allow:  []string{"192.168.1.5:1313", "[fe80::1]:1313", "localhost:1313"},
			deny:   []string{"attacker.example:1313"},
		},
	}
	for _, tc := range tests {
		addr, err := net.ResolveTCPAddr("tcp", tc.listen)
		if err != nil {
			t.Fatal(err)
		}
		h := guardHosts(ok, addr, tc.extra)
		for _, want := range []struct {
			hosts  []string
			status int
		}{{tc.allow, http.StatusOK}, {tc.deny, http.StatusForbidden}} {
			for _, host := range want.hosts {
				r := httptest.NewRequest("GET", "/", nil)
				r.Host = host
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != want.status {
					t.Errorf("listening on %s, Host %q: %d, want %d", tc.listen, host, w.Code, want.status)
				}
			}
		}
	}
}

// TestRedirectFromCleanPath makes sure a path with a doubled slash does
// not make a protocol-relative redirect, which a browser would follow to
// another host.
func TestRedirectFromCleanPath(t *testing.T) {
	for _, base := range []string{"/", "/digest/"} {
		s := newSite(t, base, articles())
		s.build()
		for _, p := range []string{"//alpha", base + "/alpha", base + "./alpha", base + "x/../alpha"} {
			resp, _ := s.get(p)
			loc := resp.Header.Get("Location")
			if resp.StatusCode == http.StatusMovedPermanently && loc != base+"alpha/" {
				t.Errorf("base %s, %s: redirect to %q, want %q", base, p, loc, base+"alpha/")
			}
			if strings.HasPrefix(loc, "//") {
				t.Errorf("base %s, %s: protocol-relative redirect to %q", base, p, loc)
			}
		}
	}
}

// TestPagesAreNotCopied checks that serving a large page does not copy
// it per request.
func TestPagesAreNotCopied(t *testing.T) {
	page := []byte("<html><body>" + strings.Repeat("<p>news</p>", 100_000) + "</body></html>")
	st := newStore("/")
	h := &handler{st: st, hub: newHub()}
	res := testing.Benchmark(func(b *testing.B) {
		r := httptest.NewRequest("GET", "/big.html", nil)
		w := discardWriter{header: http.Header{}}
		for b.Loop() {
			h.write(w, r, st.now(), "big.html", page, http.StatusOK)
		}
	})
	if per := res.AllocedBytesPerOp(); per > int64(len(page))/10 {
		t.Errorf("serving a page of %d bytes allocated %d bytes per request", len(page), per)
	}
}

// discardWriter is a ResponseWriter that throws the body away.
type discardWriter struct{ header http.Header }

func (w discardWriter) Header() http.Header         { return w.header }
func (w discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (w discardWriter) WriteHeader(int)             {}

// TestServerTimeouts makes sure a stalled client cannot hold a
// connection for ever.
func TestServerTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler())
	if srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.ReadHeaderTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("timeouts not all set: read %v, write %v, header %v, idle %v",
			srv.ReadTimeout, srv.WriteTimeout, srv.ReadHeaderTimeout, srv.IdleTimeout)
	}
}
