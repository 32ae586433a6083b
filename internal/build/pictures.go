package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"broadsheet/internal/build/incr"
	"broadsheet/internal/build/key"
	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/document"
	"broadsheet/internal/markdown"
	"broadsheet/internal/picture"
)

// Pictures and the other local files articles point to live in static/
// or beside the articles in content/, at the site path they are written
// with (see markdown.SitePath): "/img/x.png" is static/img/x.png or
// content/img/x.png.
var pictureDirs = []string{staticDir, contentDir}

// bodyOptions are the options of rendering the Markdown body of the
// file p, whose body starts on line: its links and images are checked
// against the site, and raw HTML goes through when site.toml lets it.
func (b *Builder) bodyOptions(cfg *config.Config, p string, line int) []markdown.BodyOption {
	return []markdown.BodyOption{
		markdown.WithSource(p, line),
		markdown.WithUnsafe(cfg.Markdown.Unsafe),
		markdown.WithResolver(b.resolve),
	}
}

// resolve finds a body's local link or image in the site. An image must
// be there, and its size goes on the page; a link to a page the build
// has not made yet cannot be checked, so it is left alone.
func (b *Builder) resolve(ref markdown.Ref) (markdown.Target, error) {
	name, err := picture.Find(b.src, ref.Path, pictureDirs...)
	if !ref.Image {
		return markdown.Target{}, nil
	}
	if err != nil {
		return markdown.Target{}, markdown.ErrNotFound
	}
	info, err := picture.ProbeFile(b.src, name)
	if err != nil {
		return markdown.Target{}, err
	}
	t := markdown.Target{Width: info.Width, Height: info.Height}
	if info.Located {
		t.Warning, t.WarningCode = locationWarning(name), locationCode
	}
	return t, nil
}

// locationCode is the code of the warning of a picture whose EXIF gives
// where it was taken.
const locationCode = "picture-location"

// locationWarning tells the writer that the picture file name gives
// away where it was taken, and how to remove that: the build publishes
// a picture as it is and does not rewrite the writer's files. exiftool
// keeps a copy of the file as it was unless told not to, which the
// build would publish in turn from static/.
func locationWarning(name string) string {
	return "its EXIF data gives the GPS position where it was taken, and the site publishes the picture as it is, " +
		"so every reader can find that place; remove the position with: exiftool -overwrite_original -gps:all= " + shellWord(name)
}

// shellWord quotes s for a POSIX shell when it holds more than letters,
// digits and "._/-".
func shellWord(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._/-", r)) {
			return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
		}
	}
	return s
}

// refsKey hashes what a body's local images were found to be, so that
// a page is made again when a picture it shows changes size.
func (b *Builder) refsKey(r markdown.Rendered) uint64 {
	if len(r.Images) == 0 {
		return 0
	}
	h := &key.Hasher{}
	for _, p := range r.Images {
		t, err := b.resolve(markdown.Ref{Path: p, Image: true})
		h.Str(p, fmt.Sprint(t.Width, t.Height, err != nil, t.Warning != ""))
	}
	return h.Sum() | 1
}

// resolvePictures finds the picture of every article's image key, on
// the workers, in every build: a picture may change while the article
// does not. Its facts are part of the article's key (entry.extra).
func (b *Builder) resolvePictures(ctx context.Context, st *state, diags *diag.List) error {
	var todo []*entry
	for _, e := range st.list {
		e.extra = e.refs
		if e.doc != nil && (e.doc.Image() != "" || e.doc.Picture != nil) {
			todo = append(todo, e)
		}
	}
	found := make([]diag.List, len(todo))
	err := forEach(ctx, b.opt.Workers, len(todo), func(i int) {
		e := todo[i]
		e.doc.Picture = nil
		b.leadPicture(e.path, e.doc, &found[i])
		e.extra = e.refs ^ pictureKey(e.doc.Picture)
	})
	for _, d := range found {
		diags.Append(d)
	}
	return err
}

// pictureKey hashes the facts of a picture that pages show.
func pictureKey(p *document.Picture) uint64 {
	if p == nil {
		return 0
	}
	h := &key.Hasher{}
	h.Str(p.Path)
	h.U64(uint64(p.Width), uint64(p.Height))
	for _, v := range p.Variants {
		h.Str(v.Path)
	}
	return h.Sum()
}

// leadPicture resolves the image key of an article: a site path or a
// path relative to the article, as in its body, which must name a
// picture of the site, or a URL of another site. It stores the site path
// back in the image key, so every page and feed writes the same address, and
// returns the picture's facts. src is the article's file, for the line
// of the key in a diagnostic.
func (b *Builder) leadPicture(p string, doc *document.Doc, diags *diag.List) {
	fm := &doc.FrontMatter
	if fm.Image() == "" {
		return
	}
	sitePath, _, out, ok := markdown.SitePath(p, fm.Image())
	if !ok {
		if isWebURL(fm.Image()) {
			doc.Picture = &document.Picture{Path: fm.Image()}
		}
		return
	}
	line := func() int {
		src, _ := readSource(b.src, p)
		return imageLine(p, src)
	}
	if out {
		diags.AddCode(p, line(), diag.Error, "image-missing", "image %q leads out of the site", fm.Image())
		return
	}
	name, err := picture.Find(b.src, sitePath, pictureDirs...)
	if err != nil {
		diags.AddCode(p, line(), diag.Error, "image-missing",
			"image %q: there is no %s in static/ or content/; put the picture there or fix the path", fm.Image(), strings.TrimPrefix(sitePath, "/"))
		return
	}
	image := fm.Image()
	fm.SetImage(sitePath)
	if seen, ok := b.seen.get(b.src, name, sitePath); ok {
		doc.Picture = seen.pic
		if seen.located {
			diags.AddCode(p, line(), diag.Warning, locationCode, "image %q: %s", image, locationWarning(name))
		}
		return
	}
	info, err := picture.ProbeFile(b.src, name)
	if err != nil && !errors.Is(err, picture.ErrFormat) {
		diags.AddCode(p, line(), diag.Error, "image-invalid", "image %q: %v", fm.Image(), err)
		return
	}
	if info.Located {
		diags.AddCode(p, line(), diag.Warning, locationCode, "image %q: %s", image, locationWarning(name))
	}
	doc.Picture = &document.Picture{Path: sitePath, Width: info.Width, Height: info.Height}
	if err == nil {
		doc.Picture.Variants = b.variants(name, sitePath, diags)
	}
	b.seen.put(b.src, name, seenPicture{pic: doc.Picture, located: info.Located})
}

// seenPictures remembers the pictures a Builder has looked at, by file
// and the file's size and time, so that a rebuild neither reads nor
// hashes a picture that did not change.
type seenPictures struct {
	mu sync.Mutex
	m  map[string]seenPicture
}

type seenPicture struct {
	size    int64
	mod     time.Time
	pic     *document.Picture
	located bool // its EXIF gives where it was taken
}

// get returns the picture of the file name at sitePath as it was seen,
// when the file has not changed since.
func (s *seenPictures) get(fsys fs.FS, name, sitePath string) (seenPicture, bool) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return seenPicture{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	seen, ok := s.m[name]
	if !ok || seen.size != fi.Size() || !seen.mod.Equal(fi.ModTime()) || seen.pic.Path != sitePath {
		return seenPicture{}, false
	}
	return seen, true
}

// put records the picture of the file name, as seen.
func (s *seenPictures) put(fsys fs.FS, name string, seen seenPicture) {
	fi, err := fs.Stat(fsys, name)
	if err != nil || fi.ModTime().IsZero() {
		return // a file system without times cannot tell a change
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]seenPicture{}
	}
	seen.size, seen.mod = fi.Size(), fi.ModTime()
	s.m[name] = seen
}

// imageLine is the line of the image key in the file p.
func imageLine(p string, src []byte) int {
	if isPlain(p) {
		for i, l := range strings.Split(string(src), "\n") {
			if k, _, ok := strings.Cut(strings.TrimSpace(strings.ToLower(l)), " "); ok && strings.TrimSuffix(k, ":") == "image" {
				return i + 1
			}
		}
		return 1
	}
	return max(1, markdown.KeyLine(src, "image"))
}

// isWebURL reports whether s is an http or https URL.
func isWebURL(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// isPicture reports whether a file of content/ is a picture, which the
// build copies to the output at its site path.
func isPicture(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif":
		return true
	}
	return false
}

// variants makes the resized copies of the picture file name, at site
// path sitePath, into the picture store, and returns them: made once per
// picture and width, named by a hash of the file, so a later build finds
// them there and resizes nothing.
func (b *Builder) variants(name, sitePath string, diags *diag.List) []document.Variant {
	data, err := fs.ReadFile(b.src, name)
	if err != nil {
		return nil
	}
	_, vs, err := picture.Ensure(b.pictures, path.Base(sitePath), data, picture.DefaultWidths, picture.Options{})
	if err != nil {
		var tooLarge *picture.TooLargeError
		if errors.As(err, &tooLarge) {
			diags.AddCode(name, 0, diag.Warning, "image-invalid", "%v; it is shown as it is", err)
		}
		return nil
	}
	dir := path.Dir(sitePath)
	out := make([]document.Variant, 0, len(vs))
	for _, v := range vs {
		out = append(out, document.Variant{Path: path.Join(dir, v.Name), Width: v.Width, Height: v.Height})
	}
	return out
}

// pictureStore keeps resized copies of pictures between builds.
type pictureStore interface {
	picture.Store
	Get(name string) ([]byte, error)
}

// newPictureStore keeps copies in the cache folder's "pictures" folder.
// A build without a cache (--no-cache, the preview server) keeps them in
// the user's cache folder instead, as memory would have to hold every
// copy of the site: the names hold a hash of the picture and of how it
// was resized, so copies of any site can share that folder. Only when
// there is none does it keep them in memory.
func newPictureStore(cacheDir string) pictureStore {
	if cacheDir != "" {
		return dirStore{picture.DirStore(filepath.Join(cacheDir, "pictures"))}
	}
	if user, err := os.UserCacheDir(); err == nil {
		return dirStore{picture.DirStore(filepath.Join(user, "broadsheet", "pictures"))}
	}
	return &memStore{m: map[string][]byte{}}
}

// dirStore is a picture.DirStore that reads its files back whole.
type dirStore struct{ picture.DirStore }

func (d dirStore) Get(name string) ([]byte, error) {
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// memStore holds copies in memory.
type memStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (s *memStore) Has(name string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[name]
	return ok
}

func (s *memStore) Put(name string, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[name] = data
	return nil
}

func (s *memStore) Get(name string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.m[name]
	if !ok {
		return nil, fmt.Errorf("%s: %w", name, fs.ErrNotExist)
	}
	return data, nil
}

// pictureOutputs lists the resized copies of the articles' pictures, and
// the pictures of content/, as output files.
func (j *job) pictureOutputs(list []outFile) []outFile {
	seen := map[string]bool{}
	for _, a := range j.site.Articles {
		p := a.Picture()
		if p == nil {
			continue
		}
		for _, v := range p.Variants {
			name := strings.TrimPrefix(v.Path, "/")
			if !seen[name] {
				seen[name] = true
				// The name holds a hash of the picture: the same name is
				// the same bytes.
				list = append(list, outFile{name: name, key: key.Sum64([]byte(name)) | 1, made: &madeFrom{variant: path.Base(name)}})
			}
		}
	}
	for _, e := range j.st.list {
		if isPicture(e.path) && e.hash != 0 {
			list = append(list, outFile{name: strings.TrimPrefix(e.path, contentDir+"/"), key: e.hash | 1, made: &madeFrom{src: e.path}})
		}
	}
	return list
}

// writeVariant copies a resized picture from the store.
func (j *job) writeVariant(o *outFile) {
	data, err := j.b.pictures.Get(o.from().variant)
	if err != nil {
		o.key = incr.NoKey
		j.out.report(diag.Diagnostic{File: o.name, Severity: diag.Error, Msg: "reading a resized picture: " + err.Error()})
		return
	}
	j.emit(o.name, data)
}
