package serve

import (
	"context"
	"sync"

	"broadsheet/internal/diag"
)

// Sink receives the output files a build writes. It has the method set of
// the build package's Sink, so the server's sinks can be handed to it.
type Sink interface {
	WriteFile(name string, data []byte) error
}

// Result is what the server needs to know about one build.
type Result struct {
	Diags  diag.List
	Failed bool     // the build had errors; nothing of it is published
	Files  []string // every output file after the build, as slash paths relative to the output root
	Pages  int      // pages rendered by this call
	Wrote  int      // files handed to the sink by this call

	// Base is the URL path the build's pages are served under ("/" or
	// "/digest/"); "" keeps the path the server had. A builder that reads
	// base_url again after site.toml changes sets it, so the preview moves
	// to the new path without a restart.
	Base string
}

// Builder builds a site into a Sink. Build renders everything; Rebuild
// renders what changes to the named source files (created, written or
// removed, as slash paths relative to the site root) affect. A Builder is
// used from one goroutine at a time; it may call the sink concurrently.
type Builder interface {
	Build(ctx context.Context, sink Sink) Result
	Rebuild(ctx context.Context, changed []string, sink Sink) Result
}

// staging is the sink of one build: it keeps what the build wrote until
// the server decides whether to publish it.
type staging struct {
	mu    sync.Mutex
	files map[string][]byte
}

func newStaging() *staging { return &staging{files: map[string][]byte{}} }

// WriteFile keeps a copy of data: the builder may reuse its buffer.
func (s *staging) WriteFile(name string, data []byte) error {
	b := append([]byte(nil), data...)
	s.mu.Lock()
	s.files[name] = b
	s.mu.Unlock()
	return nil
}
