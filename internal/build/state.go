package build

import (
	"io/fs"
	"strings"

	"broadsheet/internal/build/incr"
	"broadsheet/internal/build/key"
	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/render"
	"broadsheet/internal/site"
	"broadsheet/layouts"
)

// state is what a build leaves for the next Rebuild: every input it read
// and the key of every output file.
type state struct {
	cfg      *config.Config
	cfgDiags diag.List
	cfgHash  uint64

	look       *look
	list       sourceList        // every file under content/, in path order
	static     map[string]uint64 // every file under static/ by path: hash of its bytes
	ledger     incr.Ledger       // every output file's name and key, their order, what pages read
	arts       []uint64          // every published article's key, in the site's order (see key.Keyer)
	artSources []string          // and its source file
	siteKey    uint64            // what every page's frame shows (see key.Keyer.Site)
	sitemapKey uint64            // the sitemap's key, kept when the model is patched

	// The model, kept so the next Rebuild can patch it rather than make it
	// again. A Rebuild takes it from the last good state, which then has
	// none: a failed build leaves it half patched.
	site      *site.Site
	siteDiags diag.List

	// The stamps of the output that a build with the cache knows already,
	// for SaveCache: the files it did not write and found as the cache
	// said, and, when it updated the output in place, the folders in
	// which it wrote or removed nothing.
	stamps, folderStamps map[string]uint64

	since     int64    // when a full build began to read content/, for the cache's Since
	sameFiles bool     // content/ holds the files prev's did (set by readContent)
	edited    []*entry // the content files read again whose bytes changed since prev
}

// look is the loaded layouts: the renderer, its diagnostics, and for each
// kind of page a hash of the layout files it is made from.
type look struct {
	r      *render.Renderer // nil when the layouts have errors
	diags  diag.List
	kinds  map[site.Kind]uint64
	assets []render.Asset
}

// loadConfig reads site.toml and applies the Options; the hash covers
// both, so any change to either re-renders everything.
func (b *Builder) loadConfig() (*config.Config, diag.List, uint64) {
	cfg, diags := config.Load(b.fsys, configFile)
	if b.opt.BaseURL != "" {
		// The same checks as base_url: a javascript: or file: URL, or one
		// with a password, must not reach the feeds and the JSON-LD.
		if err := cfg.WithBaseURL(b.opt.BaseURL); err != nil {
			diags.Errorf("--base-url", 0, "%v", strings.TrimPrefix(err.Error(), "--base-url: "))
		}
	}
	b.src = b.sources(cfg)
	src, _ := fs.ReadFile(b.fsys, configFile)
	// The build's clock is left out: it only decides which articles are
	// published, which the keys of the pages that show them cover, so a
	// build cache stays good from one day to the next.
	h := &key.Hasher{}
	h.Bytes(src)
	// The translation files are part of the configuration: every page
	// shows their words.
	for _, name := range config.TranslationFiles(cfg.Language) {
		data, _ := fs.ReadFile(b.fsys, name)
		h.Str(name, string(data))
	}
	h.Str(cfg.BaseURL)
	h.Bools(b.opt.Drafts, b.opt.Future, b.opt.Search)
	return cfg, diags, h.Sum()
}

// linkFollower is a site folder that can follow symbolic links out of
// itself (sitefs.FS).
type linkFollower interface{ FollowLinks() fs.FS }

// sources returns where the build reads content/, layouts/ and static/:
// the site as given, or, when site.toml sets [build] follow_symlinks and
// the site can, a view that follows links out of it. site.toml itself is
// always read as given, since it is what grants the trust.
func (b *Builder) sources(cfg *config.Config) fs.FS {
	if f, ok := b.fsys.(linkFollower); ok && cfg.Build.FollowSymlinks {
		return f.FollowLinks()
	}
	return b.fsys
}

// loadLayouts loads the default layouts overridden by the site's layouts/.
func (b *Builder) loadLayouts() *look {
	overrides, err := fs.Sub(b.src, layoutsDir)
	if err != nil {
		overrides = nil
	}
	r, diags := render.New(layouts.FS(), overrides)
	l := &look{r: r, diags: diags, kinds: map[site.Kind]uint64{}}
	if r == nil {
		return l
	}
	l.assets = r.Assets()
	for _, k := range site.Kinds {
		l.kinds[k] = b.layoutHash(overrides, r.Layouts(k))
	}
	return l
}

// layoutHash hashes the names and bytes of the layout files of one kind
// of page, each from the site's layouts/ when it has one, else from the
// defaults.
func (b *Builder) layoutHash(overrides fs.FS, files []string) uint64 {
	h := &key.Hasher{}
	for _, f := range files {
		name := strings.TrimPrefix(f, layoutsDir+"/")
		data, err := readOverride(overrides, name)
		if err != nil {
			data, _ = fs.ReadFile(layouts.FS(), name)
		}
		h.Str(f)
		h.U64(uint64(len(data)))
		h.Bytes(data)
	}
	return h.Sum()
}

// readOverride reads name from the site's layouts/, if it has one.
func readOverride(overrides fs.FS, name string) ([]byte, error) {
	if overrides == nil {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(overrides, name)
}
