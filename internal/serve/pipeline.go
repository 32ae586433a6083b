package serve

import (
	"context"
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
