package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"broadsheet/internal/diag"
)

// Options configures a Server.
type Options struct {
	Root  string        // the site's folder on disk
	Dest  string        // the output folder, relative to Root; never watched
	Base  string        // URL path the site is served under: "/" or a sub-path such as "/digest/"
	Poll  time.Duration // scan for changes this often instead of using inotify; 0 uses inotify
	Quiet time.Duration // how long the sources must be quiet before a rebuild; 0 means DefaultQuiet
	Log   io.Writer     // one line per rebuild, and the diagnostics; nil discards

	// Hosts are names besides the loopback ones and the listen address
	// that a browser may use to reach the preview, such as the host that
	// --addr names; a request for any other Host is refused.
	Hosts []string

	// Settle, when set, turns a build's diagnostics into those to print
	// and count, as the build command does: codes, the site's and the
	// articles' ignore lists, info hidden.
	Settle func(diag.List) diag.List
}

// Server is a preview server for one site.
type Server struct {
	opt  Options
	b    Builder
	st   *store
	hub  *hub
	addr net.Addr // where Run listens, for the lines it prints
}

// New returns a server that builds with b. Nothing is built or served
// until Run.
func New(b Builder, opt Options) *Server {
	if opt.Base == "" {
		opt.Base = "/"
	}
	if opt.Quiet <= 0 {
		opt.Quiet = DefaultQuiet
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	return &Server{opt: opt, b: b, st: newStore(opt.Base), hub: newHub()}
}

// Handler returns the handler that serves the published site, the event
// stream and the shared worker.
func (s *Server) Handler() http.Handler {
	return &handler{st: s.st, hub: s.hub}
}

// Run watches the site, builds it, serves it on ln and rebuilds it after
// each change until ctx is done; then it stops the HTTP server, ends the
// event streams and closes the watcher before it returns. It returns an
// error only when watching or serving fails.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	w, err := s.watch()
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()
	// The watcher runs before the first build, so an edit made while it
	// runs is not lost.
	s.rebuild(ctx, batch{Full: true})
	srv := newHTTPServer(guardHosts(s.Handler(), ln.Addr(), s.opt.Hosts))
	srv.RegisterOnShutdown(s.hub.close)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	s.addr = ln.Addr()
	fmt.Fprintf(s.opt.Log, "serving %s (Ctrl-C to stop)\n", SiteURL(ln.Addr(), s.st.now().base))
	if !isLoopback(ln.Addr()) {
		fmt.Fprintf(s.opt.Log, "warning: listening on %s, which other machines can reach; "+
			"this preview server is not meant to be exposed\n", ln.Addr())
	}

	batches := make(chan batch)
	cctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() { collect(cctx, w, s.opt.Quiet, batches) })
	err = s.loop(ctx, batches, served)
	cancel()
	wg.Wait()
	return errors.Join(err, s.shutdown(srv, served))
}

// watch starts the watcher the options ask for.
func (s *Server) watch() (Watcher, error) {
	if s.opt.Poll > 0 {
		return WatchPoll(s.opt.Root, s.opt.Dest, s.opt.Poll)
	}
	return WatchNotify(s.opt.Root, s.opt.Dest)
}

// loop rebuilds after each batch of changes until ctx is done or the HTTP
// server fails.
func (s *Server) loop(ctx context.Context, batches <-chan batch, served <-chan error) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-served:
			return fmt.Errorf("serve: %w", err)
		case b := <-batches:
			s.rebuild(ctx, b)
		}
	}
}

// shutdown ends the event streams, then stops the HTTP server, waiting a
// little for requests in flight.
func (s *Server) shutdown(srv *http.Server, served <-chan error) error {
	s.hub.close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Shutdown(ctx)
	if e := <-served; !errors.Is(e, http.ErrServerClosed) {
		err = errors.Join(err, e)
	}
	if err != nil {
		return fmt.Errorf("stop server: %w", err)
	}
	return nil
}

// rebuild runs one build for a batch, publishes it, reloads open tabs when
// what they show changed, and reports on the terminal.
func (s *Server) rebuild(ctx context.Context, b batch) {
	for _, err := range b.Errors {
		fmt.Fprintf(s.opt.Log, "watch: %v\n", err)
	}
	if len(b.Paths) == 0 && !b.Full {
		return
	}
	start := time.Now()
	sink := newStaging()
	var res Result
	if b.Full {
		res = s.b.Build(ctx, sink)
	} else {
		res = s.b.Rebuild(ctx, b.Paths, sink)
	}
	if ctx.Err() != nil {
		return // shutting down: a cancelled build proves nothing
	}
	before := s.st.now().base
	if s.st.publish(res, sink.files) {
		s.hub.publish(s.st.now().version)
	}
	if after := s.st.now().base; after != before && s.addr != nil {
		fmt.Fprintf(s.opt.Log, "base_url changed: now serving %s\n", SiteURL(s.addr, after))
	}
	s.report(b, res, time.Since(start))
}

// report prints the diagnostics of a build and one summary line.
func (s *Server) report(b batch, res Result, took time.Duration) {
	if s.opt.Settle != nil {
		res.Diags = s.opt.Settle(res.Diags)
	}
	res.Diags.Sort()
	res.Diags.Print(s.opt.Log, false)
	what := s.describe(b)
	ms := took.Milliseconds()
	if res.Failed {
		fmt.Fprintf(s.opt.Log, "%s: build failed (%s, %s) in %d ms; serving the last good pages\n",
			what, plural(res.Diags.Count(diag.Error), "error"), plural(res.Diags.Count(diag.Warning), "warning"), ms)
		return
	}
	fmt.Fprintf(s.opt.Log, "%s: %s in %d ms\n", what, plural(res.Pages, "page"), ms)
}

// describe says in a few words what a batch changed.
func (s *Server) describe(b batch) string {
	switch {
	case b.Full && len(b.Errors) > 0:
		return "events were lost, full rebuild"
	case b.Full:
		return "site built"
	}
	verb := "changed"
	if len(b.Paths) == 1 {
		if _, err := os.Lstat(filepath.Join(s.opt.Root, filepath.FromSlash(b.Paths[0]))); errors.Is(err, os.ErrNotExist) {
			verb = "removed"
		}
		return diag.Quote(b.Paths[0]) + " " + verb
	}
	return fmt.Sprintf("%s and %d more %s", diag.Quote(b.Paths[0]), len(b.Paths)-1, verb)
}

// plural writes a count with its noun, "1 page" or "7 pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
