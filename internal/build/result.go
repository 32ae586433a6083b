package build

import (
	"slices"

	"broadsheet/internal/diag"
)

// Result reports one Build or Rebuild.
type Result struct {
	Diags    diag.List // sorted; with Strict, warnings already raised to errors
	Files    []string  // every file the output now holds, sorted; the sink owner removes the rest
	Written  int       // files handed to the sink in this call
	Pages    int       // HTML pages in the output
	Articles int       // articles published
	Changed  []string  // the files handed to the sink in this call, sorted
	Cached   bool      // a full build compared its keys with those of the build cache: the files not in Changed are the Keeper's

	// InPlace is set, in a Cached build, when the Keeper's output holds
	// the files the cache knows and no other: it becomes this build's by
	// replacing the files in Changed and removing those in Removed.
	InPlace bool
	Removed []string // the files of the cache's output that this build no longer makes, sorted
}

// Failed reports whether the build had an error. The caller must then
// discard what was written to the sink and keep the last good output.
func (r *Result) Failed() bool { return r.Diags.HasErrors() }

// finish sorts the lists of r and applies the Options Strict and Quiet.
func (r *Result) finish(opt Options) {
	if opt.Strict {
		r.Diags = r.Diags.Strict()
	}
	if opt.Quiet {
		r.Diags = slices.DeleteFunc(r.Diags, diag.Diagnostic.IsInfo)
	}
	r.Diags.Sort()
	slices.Sort(r.Files)
	slices.Sort(r.Changed)
	slices.Sort(r.Removed)
	r.Written = len(r.Changed)
}
