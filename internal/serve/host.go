package serve

import (
	"net"
	"net/http"
	"strings"
	"time"
)

// hostGuard answers 403 to a request whose Host header is not a name of
// this preview: a page of another site whose name was made to resolve to
// 127.0.0.1 (DNS rebinding) could otherwise read the preview, drafts and
// all, from the visitor's browser.
type hostGuard struct {
	next    http.Handler
	allowed map[string]bool // host names and addresses besides the loopback ones
	anyIP   bool            // listening on every interface: any address may be typed, and an address cannot be rebound
}

// guardHosts wraps next so that it answers only to loopback names, the
// address it listens on and the extra names (what --addr names).
func guardHosts(next http.Handler, listen net.Addr, extra []string) http.Handler {
	g := &hostGuard{next: next, allowed: map[string]bool{}}
	if host, _, err := net.SplitHostPort(listen.String()); err == nil {
		g.allowed[normHost(host)] = true
		if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
			g.anyIP = true
		}
	}
	for _, h := range extra {
		if h != "" {
			g.allowed[normHost(h)] = true
		}
	}
	return g
}

// ServeHTTP passes the request on when its Host is allowed.
func (g *hostGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !g.allows(r.Host) {
		http.Error(w, "forbidden: this preview answers only to localhost and the address it listens on", http.StatusForbidden)
		return
	}
	g.next.ServeHTTP(w, r)
}

// allows reports whether a Host header ("localhost:1313", "[::1]:1313")
// names this preview.
func (g *hostGuard) allows(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = normHost(host)
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	if ip := net.ParseIP(host); ip != nil && (ip.IsLoopback() || g.anyIP) {
		return true
	}
	return host != "" && g.allowed[host]
}

// normHost lowercases a host name and drops the brackets of an IPv6
// address and a trailing dot.
func normHost(h string) string {
	return strings.TrimSuffix(strings.ToLower(strings.Trim(h, "[]")), ".")
}

// The preview's timeouts: a client that stalls is dropped, so slow
// readers cannot pile up connections and the memory they hold. The event
// stream sets its own write deadline on every write (see streamWrite).
const (
	readTimeout  = 30 * time.Second
	writeTimeout = time.Minute
	idleTimeout  = 2 * time.Minute
	streamWrite  = keepAlive + 10*time.Second
)

// newHTTPServer returns the HTTP server of the preview for h.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
}
