package serve

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// The paths the server answers itself, outside the site.
const (
	EventsPath = "/_broadsheet/events"    // Server-Sent Events: one "data: VERSION" per published version
	WorkerPath = "/_broadsheet/worker.js" // the shared worker that relays the stream to every tab
)

// keepAlive is how often an idle stream gets a comment line, so a client
// that went away without closing is noticed when the write fails.
const keepAlive = 25 * time.Second

// hub fans version tokens out to every open event stream.
type hub struct {
	mu     sync.Mutex
	subs   map[chan string]bool
	done   chan struct{} // closed by close: every stream ends
	closed bool
}

func newHub() *hub {
	return &hub{subs: map[chan string]bool{}, done: make(chan struct{})}
}

// subscribe registers a stream; ok is false once the hub is closed.
func (h *hub) subscribe() (ch chan string, ok bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, false
	}
	ch = make(chan string, 1)
	h.subs[ch] = true
	return ch, true
}

// streams counts the open event streams.
func (h *hub) streams() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.subs)
}

func (h *hub) unsubscribe(ch chan string) {
	h.mu.Lock()
	delete(h.subs, ch)
	h.mu.Unlock()
}

// publish hands token to every stream without waiting: a slow stream keeps
// only the newest token, which is all a tab needs.
func (h *hub) publish(token string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case <-ch:
		default:
		}
		ch <- token
	}
}

// close ends every stream and refuses new ones, so that the HTTP server's
// shutdown does not wait for streams that never end by themselves.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// serveEvents streams version tokens to one client until it goes away or
// the hub closes. current gives the version published now.
func (h *hub) serveEvents(w http.ResponseWriter, r *http.Request, current func() string) {
	ch, ok := h.subscribe()
	if !ok {
		http.Error(w, "server shutting down", http.StatusServiceUnavailable)
		return
	}
	defer h.unsubscribe(ch)
	rc := http.NewResponseController(w)
	hdr := w.Header()
	hdr.Set("Content-Type", "text/event-stream")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Accel-Buffering", "no") // keep reverse proxies from holding events back
	rc.SetWriteDeadline(time.Now().Add(streamWrite))
	fmt.Fprintf(w, "retry: 1000\ndata: %s\n\n", current())
	if rc.Flush() != nil {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return
		case <-h.done:
			return
		case token := <-ch:
			rc.SetWriteDeadline(time.Now().Add(streamWrite))
			_, err = fmt.Fprintf(w, "data: %s\n\n", token)
		case <-tick.C:
			rc.SetWriteDeadline(time.Now().Add(streamWrite))
			_, err = fmt.Fprint(w, ": keep-alive\n\n")
		}
		if err != nil || rc.Flush() != nil {
			return
		}
	}
}
