// Package build is broadsheet's pipeline: from a site folder (site.toml,
// content/, layouts/, static/) as an fs.FS to the files of the finished
// site, handed to a Sink, plus every diagnostic.
//
// A build loads the configuration, walks content/ in sorted order, parses
// the articles on a bounded pool of workers and merges them in path order,
// assembles the site model, renders every page in parallel, and adds the
// feeds, the sitemap, the layouts' assets and static/ as is. The output is
// a function of the input only: the same files give the same bytes whatever
// the number of workers or the order in which the file system lists them.
//
// # Memory
//
// Article bodies are not kept for the whole build. Parsing keeps each
// article's metadata; its body (a .txt file's paragraphs, a .md file's
// Markdown) is kept only while the bodies kept so far fit in a fixed
// budget (a .md file's as the HTML it was rendered to), and is otherwise
// read again when its page is rendered: a .md file's body from where it
// starts in the file, a .txt file whole and parsed again. Either way the
// bytes must hash as they did when the file was parsed, or the build
// fails with an error naming the file: a page never mixes a new body
// with old front matter. The HTML of a body lives until its page is written, except for
// the newest articles, which the feeds need.
//
// # Plain-text articles
//
// A .txt article never goes through goldmark: its paragraphs are its
// visible text, so its lead and word count come from them as it is parsed
// (markdown's PlainFacts), and its page's HTML is written from them
// (PlainHTML), byte for byte what goldmark writes for their escaped
// Markdown. A .md article's body is rendered with goldmark as it is
// parsed, and its lead and word count come from the same pass, so the
// model is complete before any page is rendered: rendering never writes
// to it, and a layout may show any article's teaser from any page.
//
// # Incremental rebuilds
//
// Every output file remembers a key: a hash of everything it was made from
// (the configuration, the bytes of the layouts its page uses, the page's
// own place in the site, and for each article the page shows, the hash of
// its source and its place in the model). What a page's templates read
// beyond that, as recorded while it rendered (render.Reads: a site-wide
// list, other articles' entries), goes into its key for the next build. Rebuild re-reads only the changed
// sources and renders only the files whose key changed. When no article
// came, went or moved (an edit of a body, a title, a summary), it patches
// the last build's model in place (site.Update), hashes again only the
// edited articles and keys again only the pages that show them; otherwise
// it assembles the model again from cached metadata and keys every file.
// A failed Rebuild leaves the Builder at its last good state, less its
// model, which the next build makes again, and replays its changes the
// next time.
//
// The keys are made by package key, and package incr keeps what a build
// leaves for the next (each output file's name and key, their order,
// what each page read) and decides against it which files are dirty; it
// also sorts a Rebuild's changed paths. With Options.Cache, a full build
// also reads what the last build of the site left in its build cache
// (package cache): a content file whose bytes hash as they did is not
// parsed again, and into a Keeper (output.Dir) only the files whose key
// changed, or whose file the Keeper no longer holds as it was written,
// are written. SaveCache writes the cache for the next build.
//
// The layouts' renderer is kept between builds, with the list entries it
// caches (see package render): entries of articles whose key changed are
// dropped before pages are rendered, and again after a failed build,
// which the last good state never saw. A rebuild that
// adds or removes no page reuses the last build's sorted list of output
// files and its content listing instead of sorting them again.
package build

import (
	"broadsheet/internal/build/incr"
	"broadsheet/internal/markdown"
	"bytes"
	"context"
	"io"
	"io/fs"
	"runtime"
	"sync"
	"time"
)

// Options adjust a build beyond what site.toml says.
type Options struct {
	BaseURL string    // overrides site.toml base_url when non-empty
	Drafts  bool      // include drafts (OR-ed with [build] drafts)
	Future  bool      // include future-dated articles (OR-ed with [build] future)
	Strict  bool      // warnings count as errors
	Now     time.Time // the build clock (future filtering); the caller reads the clock once
	Workers int       // 0 means runtime.GOMAXPROCS(0)
	// Quiet leaves info diagnostics out of the Result, and the warnings
	// that diag.Classify makes infos, for a caller that does not show
	// them: a site of a million articles can have hundreds of thousands,
	// which the Result would hold for the whole build. The build cache
	// keeps them all the same.
	Quiet bool
	// Search says that the output has a Pagefind index, made after an
	// earlier build, which the search page then loads.
	Search bool

	// Cache is the folder of the build cache, "" for none. A full build
	// reads what an earlier build of the same site left there (see
	// package cache) and writes into a Keeper only the files whose
	// inputs changed; SaveCache writes what it learned.
	Cache string
	// Program names the broadsheet program and Site the site folder (an
	// absolute path) in the cache: a cache that another program or
	// another site folder wrote is ignored.
	Program, Site string
}

// Sink receives output files. The Builder may call WriteFile from several
// goroutines at once, and may reuse data once WriteFile has returned.
type Sink interface {
	// WriteFile stores data as name, a slash path relative to the output root.
	WriteFile(name string, data []byte) error
}

// Streamer is a Sink that can also write a file as it is made, so that a
// page too large to hold in memory whole never is: output.Dir is one.
// The build streams only its heavy list pages.
type Streamer interface {
	Sink
	// Stream writes name with what write writes to w. When write fails,
	// nothing of name is kept and its error is returned.
	Stream(name string, write func(w io.Writer) error) error
}

// Builder builds one site, first in full and then incrementally. It keeps
// the metadata of the last good build between calls. A Builder is used by
// one goroutine at a time.
type Builder struct {
	fsys     fs.FS // the site, as given
	src      fs.FS // where content/, layouts/ and static/ are read: fsys, or its links-following view
	opt      Options
	md       *markdown.Renderer
	buffers  *sync.Pool   // of *bytes.Buffer, for rendering pages
	pictures pictureStore // resized copies of pictures
	seen     seenPictures // the pictures looked at, so a rebuild reads only changed ones
	shared   names        // front-matter values articles share
	spill    spill        // the bodies not kept in memory, rendered
	racy     int64        // racyTicks, but in tests
	heavy    int          // heavyList, but in tests
	budget   int64        // bodyBudget, but in tests
	stream   int          // streamList, but in tests

	cache   sourceList // parsed content files, checked against their bytes' hash
	good    *state     // the last build that succeeded, nil before the first
	pending []string   // changes of failed rebuilds, replayed by the next Rebuild
}

// New returns a Builder for the site folder fsys.
func New(fsys fs.FS, opt Options) *Builder {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	return &Builder{
		fsys: fsys, src: fsys, opt: opt, md: markdown.NewRenderer(),
		buffers:  &sync.Pool{New: func() any { return new(bytes.Buffer) }},
		pictures: newPictureStore(opt.Cache),
		spill:    spill{dir: opt.Cache},
		racy:     racyTicks,
		heavy:    heavyList,
		budget:   bodyBudget,
		stream:   streamList,
	}
}

// Build builds the whole site and hands every output file to sink.
func (b *Builder) Build(ctx context.Context, sink Sink) *Result {
	// Whatever the last good state was, the files may have changed since
	// in ways no Rebuild was told of: until this build succeeds, the next
	// Rebuild must start from scratch too.
	b.good, b.pending = nil, nil
	return b.run(ctx, nil, incr.Changes{}, sink)
}

// Rebuild brings the output up to date after the files named in changed
// (slash paths relative to the site root: "content/x.txt",
// "layouts/article.html", "site.toml", "static/a.png") were created,
// modified or deleted. It re-reads only those and hands to sink only the
// files whose bytes may differ from the last good build. Before any
// successful build it builds everything.
func (b *Builder) Rebuild(ctx context.Context, changed []string, sink Sink) *Result {
	if b.good == nil {
		return b.Build(ctx, sink)
	}
	all := append(append([]string(nil), b.pending...), changed...)
	ch := incr.Classify(all)
	if ch.Config {
		// The configuration feeds every page and every parse: start over.
		b.cache = nil
		res := b.run(ctx, nil, incr.Changes{}, sink)
		b.keepPending(res, all)
		return res
	}
	res := b.run(ctx, b.good, ch, sink)
	b.keepPending(res, all)
	return res
}

// keepPending remembers the changes of a failed build, whose state was
// thrown away, so the next Rebuild still looks at those files.
func (b *Builder) keepPending(res *Result, changed []string) {
	if res.Failed() {
		b.pending = incr.Dedupe(changed)
	} else {
		b.pending = nil
	}
}
