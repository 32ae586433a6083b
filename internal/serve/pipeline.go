package serve

import (
	"context"
	"slices"
	"strings"

	"broadsheet/internal/build"
)

// FromBuild returns the Builder the server drives for b.
func FromBuild(b *build.Builder) Builder { return pipeline{b} }

// pipeline adapts the build package's Builder to the server's.
type pipeline struct{ b *build.Builder }

// Build runs a full build through the build package.
func (p pipeline) Build(ctx context.Context, sink Sink) Result {
	return result(p.b.Build(ctx, sink))
}

// Rebuild re-reads the changed paths and re-renders what they affect.
func (p pipeline) Rebuild(ctx context.Context, changed []string, sink Sink) Result {
	return result(p.b.Rebuild(ctx, changed, sink))
}

// result converts a build's result. build.Result.Pages counts every page
// of the site; the terminal wants the pages this call rendered.
func result(r *build.Result) Result {
	pages := 0
	for _, name := range r.Changed {
		if strings.HasSuffix(name, ".html") {
			pages++
		}
	}
	return Result{Diags: r.Diags, Failed: r.Failed(), Files: r.Files, Pages: pages, Wrote: r.Written}
}

// Rebasing returns a Builder that reads the site's base path (with base)
// before the first build and after every change to site.toml, and builds
// with a builder that make returns for that path. So a base_url edited
// while the preview runs moves the preview to the new path at once: the
// first build under the new path is a full one.
func Rebasing(base func() string, make func(base string) Builder) Builder {
	return &rebasing{base: base, make: make}
}

// rebasing is the Builder of Rebasing.
type rebasing struct {
	base func() string
	make func(string) Builder
	cur  Builder
	path string
}

// Build builds the whole site under the current base path.
func (r *rebasing) Build(ctx context.Context, sink Sink) Result {
	r.refresh()
	return r.under(r.cur.Build(ctx, sink))
}

// Rebuild rebuilds what changed, or the whole site when site.toml moved
// it to another base path.
func (r *rebasing) Rebuild(ctx context.Context, changed []string, sink Sink) Result {
	if slices.Contains(changed, "site.toml") && r.refresh() {
		return r.under(r.cur.Build(ctx, sink))
	}
	return r.under(r.cur.Rebuild(ctx, changed, sink))
}

// refresh reads the base path and makes a builder for it when it is new.
func (r *rebasing) refresh() bool {
	p := r.base()
	if r.cur != nil && p == r.path {
		return false
	}
	r.path, r.cur = p, r.make(p)
	return true
}

// under marks res as built under the current base path.
func (r *rebasing) under(res Result) Result {
	res.Base = r.path
	return res
}
