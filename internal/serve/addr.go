package serve

import (
	"net"
	"net/url"
	"strings"
)

// BasePath is the path of a site's base URL, "/" or a sub-path such as
// "/digest/". The preview keeps it, so that a site published under a
// sub-path (a GitHub Pages project site) is previewed under it too and its
// links work unchanged.
func BasePath(baseURL string) string {
	u, err := url.Parse(baseURL)
	if err != nil {
		return "/"
	}
	p := strings.Trim(u.Path, "/")
	if p == "" {
		return "/"
	}
	return "/" + p + "/"
}

// SiteURL is the address a browser uses for a site served on addr under
// base ("/" or a sub-path such as "/digest/"). A listener on every
// interface is reached as localhost.
func SiteURL(addr net.Addr, base string) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + base
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + base
}

// isLoopback reports whether addr can be reached from this machine only.
func isLoopback(addr net.Addr) bool {
	host, _, err := net.SplitHostPort(addr.String())
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
