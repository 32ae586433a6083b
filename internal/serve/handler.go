package serve

import (
	"fmt"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// handler serves the published site from memory under a base path.
type handler struct {
	st  *store
	hub *hub
}

// ServeHTTP serves the last good build, with the reload script (and the
// error overlay while the site is broken) added to HTML pages.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case EventsPath:
		h.hub.serveEvents(w, r, func() string { return h.st.now().version })
		return
	case WorkerPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintf(w, workerScript, EventsPath)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	h.serveSite(w, r)
}

// serveSite answers a request for a page or file of the site.
func (h *handler) serveSite(w http.ResponseWriter, r *http.Request) {
	st := h.st.now()
	rest, ok := strings.CutPrefix(r.URL.Path, st.base)
	if !ok {
		if r.URL.Path == "/" || r.URL.Path+"/" == st.base {
			http.Redirect(w, r, st.base, http.StatusFound)
			return
		}
		h.notFound(w, r, st)
		return
	}
	name := path.Clean("/" + rest)[1:]
	if name == "" || strings.HasSuffix(rest, "/") {
		name = path.Join(name, "index.html")
	}
	data, ok := st.files[name]
	if !ok {
		if _, dir := st.files[path.Join(name, "index.html")]; dir && !strings.HasSuffix(rest, "/") {
			// From the cleaned name, never the raw path: "//digest/x"
			// would redirect to the host "digest".
			http.Redirect(w, r, st.base+name+"/", http.StatusMovedPermanently)
			return
		}
		h.notFound(w, r, st)
		return
	}
	h.write(w, r, st, name, data, http.StatusOK)
}

// notFound answers with the site's 404.html, or a plain page of our own
// when the site has none yet (a build that failed at start), so that the
// error overlay still shows.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request, st *state) {
	data, ok := st.files["404.html"]
	if !ok {
		data = []byte(fallback404)
	}
	h.write(w, r, st, "404.html", data, http.StatusNotFound)
}

const fallback404 = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">" +
	"<title>Not found</title></head><body><h1>Not found</h1>" +
	"<p>There is no page at this address (yet).</p></body></html>\n"

// write sends one file, with the live-reload script (and the error overlay
// while the site is broken) added to HTML. The page is written around the
// script from the published bytes, never copied: a copy per request let a
// few slow readers of a large page hold its size many times over.
func (h *handler) write(w http.ResponseWriter, r *http.Request, st *state, name string, data []byte, status int) {
	ctype := contentType(name, data)
	at, snippet := len(data), []byte(nil)
	if strings.HasPrefix(ctype, "text/html") {
		at, snippet = injection(data, st)
	}
	hdr := w.Header()
	hdr.Set("Content-Type", ctype)
	hdr.Set("Content-Length", strconv.Itoa(len(data)+len(snippet)))
	hdr.Set("Cache-Control", "no-store") // a preview must never show a cached old page
	w.WriteHeader(status)
	if r.Method == http.MethodHead {
		return
	}
	for _, part := range [][]byte{data[:at], snippet, data[at:]} {
		if _, err := w.Write(part); err != nil {
			return
		}
	}
}

// contentType names the media type of an output file by its name, or by
// its first bytes when the name says nothing.
func contentType(name string, data []byte) string {
	switch base := path.Base(name); {
	case strings.HasSuffix(base, ".html"), strings.HasSuffix(base, ".htm"):
		return "text/html; charset=utf-8"
	case base == "feed.xml":
		return "application/atom+xml"
	case base == "feed.json":
		return "application/feed+json"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return http.DetectContentType(data)
}
