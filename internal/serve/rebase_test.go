package serve

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// TestRebasing checks that a base path read anew after site.toml changes
// makes a new builder, builds the whole site with it, and moves the pages
// the handler serves to the new path.
func TestRebasing(t *testing.T) {
	src := articles()
	base, made := "/westmark/", 0
	b := Rebasing(func() string { return base }, func(string) Builder {
		made++
		return &fakeBuilder{fsys: src}
	})
	st := newStore(base)
	h := &handler{st: st, hub: newHub()}
	publish := func(res Result, sink *staging) { st.publish(res, sink.files) }

	sink := newStaging()
	publish(b.Build(context.Background(), sink), sink)
	if got := get(t, h, "/westmark/"); got != http.StatusOK {
		t.Fatalf("GET /westmark/ = %d before the change", got)
	}

	// An article edit keeps the path and the builder.
	sink = newStaging()
	publish(b.Rebuild(context.Background(), []string{"content/2026/03/02/alpha.txt"}, sink), sink)
	if made != 1 {
		t.Errorf("%d builders made for an article edit, want 1", made)
	}

	base = "/digest/"
	sink = newStaging()
	res := b.Rebuild(context.Background(), []string{"site.toml"}, sink)
	publish(res, sink)
	if made != 2 || res.Base != "/digest/" || res.Wrote == 0 {
		t.Errorf("after base_url changed: %d builders, base %q, %d files written; want 2, /digest/, a full build", made, res.Base, res.Wrote)
	}
	if got := get(t, h, "/digest/"); got != http.StatusOK {
		t.Errorf("GET /digest/ = %d after base_url changed, want 200", got)
	}
	if got := get(t, h, "/westmark/"); got != http.StatusNotFound {
		t.Errorf("GET /westmark/ = %d after base_url changed, want 404", got)
	}
}

func get(t *testing.T, h http.Handler, path string) int {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	return rec.Code
}
