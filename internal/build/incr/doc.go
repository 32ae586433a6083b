// Package incr is what makes broadsheet's builds incremental, apart from
// the pipeline that reads, models, renders and writes a site (package
// build) and from the keys themselves (package key).
//
// It sorts the paths a rebuild is told changed by the part of the site
// they touch (Classify), and keeps the Ledger a build leaves for the
// next: the name and key of every output file, their order by name, and
// what each page read. The next build plans its own ledger against that
// one (Ledger.Plan) to learn which files are dirty, that is, must be
// written again. It deals in plain names, keys and indexes, so the
// pipeline's own types stay its own.
package incr
