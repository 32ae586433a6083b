package cache

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"time"
	"unsafe"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/diag"
	"broadsheet/internal/document"
)

// encoder writes the fields of a snapshot to w: numbers as varints,
// strings and lists with their length first. Fields are appended to buf,
// which is written out between items once it holds enough.
type encoder struct {
	w   io.Writer
	buf []byte
	n   int64 // bytes written to w
	err error
}

// flush writes out buf.
func (e *encoder) flush() {
	if e.err == nil {
		var n int
		n, e.err = e.w.Write(e.buf)
		e.n += int64(n)
	}
	e.buf = e.buf[:0]
}

// item ends one item of a list, writing buf out when it is nearly full.
func (e *encoder) item() {
	if len(e.buf) >= cap(e.buf)-4<<10 {
		e.flush()
	}
}

func (e *encoder) uint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) int(v int64)   { e.buf = binary.AppendVarint(e.buf, v) }
func (e *encoder) u64(v uint64)  { e.buf = binary.LittleEndian.AppendUint64(e.buf, v) }

func (e *encoder) bool(v bool) {
	if v {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.buf = append(e.buf, s...)
}

func (e *encoder) strs(ss []string) {
	e.bool(ss != nil)
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) snapshot(s *Snapshot) {
	e.str(s.Version)
	e.str(s.Site)
	e.u64(s.Config)
	e.int(s.Since)
	e.uint(uint64(len(s.Sources)))
	for i := range s.Sources {
		e.source(&s.Sources[i])
		e.item()
	}
	e.uint(uint64(len(s.Outputs)))
	for _, o := range s.Outputs {
		e.str(o.Name)
		e.u64(o.Key)
		e.u64(o.Stamp)
		e.bool(o.Wide)
		e.strs(o.Shown)
		e.item()
	}
	e.uint(uint64(len(s.Folders)))
	for _, f := range s.Folders {
		e.str(f.Name)
		e.u64(f.Stamp)
		e.item()
	}
}

func (e *encoder) source(s *Source) {
	e.str(s.Path)
	e.u64(s.Hash)
	e.str(s.Lead)
	e.int(int64(s.Words))
	e.int(s.BodyAt)
	e.u64(s.Stat)
	e.uint(uint64(len(s.Diags)))
	for _, d := range s.Diags {
		e.str(d.File)
		e.int(int64(d.Line))
		e.int(int64(d.Severity))
		e.str(d.Msg)
		e.str(d.Code)
	}
	e.bool(s.Doc != nil)
	if s.Doc != nil {
		e.doc(s.Doc)
	}
}

func (e *encoder) doc(d *document.Doc) {
	fm := &d.FrontMatter
	e.str(d.Path)
	e.int(int64(d.BodyLine))
	for _, s := range []string{fm.Title, fm.Slug, fm.Outlet, fm.Dateline, fm.Caption, fm.Credit,
		fm.Summary(), fm.Attribution, fm.Image(), fm.SourceURL()} {
		e.str(s)
	}
	e.strs(fm.Authors)
	e.strs(fm.Tags)
	e.strs(fm.Ignore())
	e.bool(fm.DateOnly)
	e.bool(fm.Draft)
	e.time(fm.Date)
	e.time(fm.Updated())
	e.bool(fm.UpdatedOnly())
	e.strs(fm.Aliases())
	terms := fm.Terms()
	e.uint(uint64(len(terms)))
	for _, name := range slices.Sorted(maps.Keys(terms)) {
		e.str(name)
		e.strs(terms[name])
	}
	e.params(fm.Params())
}

// params writes a [params] table as the TOML it was read from: its
// values are whatever TOML holds, and TOML reads them back the same.
func (e *encoder) params(p map[string]any) {
	if len(p) == 0 {
		e.str("")
		return
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(p); err != nil {
		// A table TOML decoded always encodes; should one not, the cache
		// holds none and the file is parsed again on the next build.
		e.str("\x00")
		return
	}
	e.str(b.String())
}

// Zones of dates: where a decoded date is put.
const (
	zoneUTC   = iota // time.UTC
	zoneFixed        // a fixed offset with a name, as a parser makes
	zoneNamed        // a zone of the time zone database, by name: the site's, or loaded again
	zoneLocal        // the machine's
)

// time writes the instant and its zone: a page may show a date in the
// zone it was given in, so the zone must come back as it was.
func (e *encoder) time(t time.Time) {
	e.bool(!t.IsZero())
	if t.IsZero() {
		return
	}
	e.int(t.Unix())
	e.int(int64(t.Nanosecond()))
	loc := t.Location()
	abbr, offset := t.Zone()
	switch {
	case loc == time.UTC:
		e.uint(zoneUTC)
	case loc == time.Local:
		e.uint(zoneLocal)
	case loc.String() == abbr:
		e.uint(zoneFixed)
		e.str(abbr)
		e.int(int64(offset))
	default:
		e.uint(zoneNamed)
		e.str(loc.String())
	}
}

// decoder reads what encoder wrote. Every read checks the bounds: the
// first failure is kept in err and every later read returns zero values.
type decoder struct {
	buf   []byte
	err   error
	site  *time.Location
	seen  map[string]string // the strings read by shared, so repeats share one copy
	arena []byte            // the free end of the block keep copies strings into
}

var errShort = errors.New("a field runs past the end")

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.buf = nil
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.buf)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) int() int64 {
	v, n := binary.Varint(d.buf)
	if n <= 0 {
		d.fail(errShort)
		return 0
	}
	d.buf = d.buf[n:]
	return v
}

func (d *decoder) u64() uint64 {
	if len(d.buf) < 8 {
		d.fail(errShort)
		return 0
	}
	v := binary.LittleEndian.Uint64(d.buf)
	d.buf = d.buf[8:]
	return v
}

func (d *decoder) bool() bool {
	if len(d.buf) < 1 {
		d.fail(errShort)
		return false
	}
	v := d.buf[0]
	d.buf = d.buf[1:]
	if v > 1 {
		d.fail(errors.New("a flag that is neither 0 nor 1"))
	}
	return v == 1
}

// count reads the length of a list whose items take at least min bytes
// each, so a garbled length cannot make it allocate more than the file.
func (d *decoder) count(min int) int {
	n := d.uint()
	if n > uint64(len(d.buf)/min) {
		d.fail(errShort)
		return 0
	}
	return int(n)
}

// str reads a string.
func (d *decoder) str() string {
	n := d.count(1)
	b := d.buf[:n]
	d.buf = d.buf[n:]
	return d.keep(b)
}

// shared reads a string that many articles repeat (an outlet, an
// author, a credit): the repeats share one copy, or a cache of a million
// articles would hold one for every article.
func (d *decoder) shared() string {
	n := d.count(1)
	b := d.buf[:n]
	d.buf = d.buf[n:]
	if s, ok := d.seen[string(b)]; ok {
		return s
	}
	if d.seen == nil {
		d.seen = map[string]string{}
	}
	s := d.keep(b)
	d.seen[s] = s
	return s
}

// keep returns b as a string. Strings are copied into shared blocks of
// arenaSize bytes rather than allocated one by one: a cache holds a few
// dozen for every article, and a build that finds the site unchanged
// spends much of its time reading them.
func (d *decoder) keep(b []byte) string {
	n := len(b)
	if n == 0 {
		return ""
	}
	if n > arenaSize/8 {
		return string(b)
	}
	if n > len(d.arena) {
		d.arena = make([]byte, arenaSize)
	}
	a := d.arena[:n:n]
	d.arena = d.arena[n:]
	copy(a, b)
	// a is never written again, so its bytes can be the string's.
	return unsafe.String(&a[0], n)
}

// arenaSize is the size of the blocks keep copies strings into.
const arenaSize = 64 << 10

// sharedStrs reads a list written like strs, each string with shared.
func (d *decoder) sharedStrs() []string { return d.list(d.shared) }

func (d *decoder) strs() []string { return d.list(d.str) }

// list reads a list of strings written by encoder.strs, each with str.
func (d *decoder) list(str func() string) []string {
	present := d.bool()
	n := d.count(1)
	if !present || d.err != nil {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = str()
	}
	return out
}

func (d *decoder) snapshot() *Snapshot {
	s := &Snapshot{}
	s.Version, s.Site, s.Config, s.Since = d.str(), d.str(), d.u64(), d.int()
	s.Sources = make([]Source, d.count(10))
	for i := range s.Sources {
		d.source(&s.Sources[i])
	}
	s.Outputs = make([]Output, d.count(19))
	for i := range s.Outputs {
		s.Outputs[i] = Output{Name: d.str(), Key: d.u64(), Stamp: d.u64(), Wide: d.bool(), Shown: d.strs()}
	}
	s.Folders = make([]Folder, d.count(9))
	for i := range s.Folders {
		s.Folders[i] = Folder{Name: d.str(), Stamp: d.u64()}
	}
	if d.err == nil && len(d.buf) > 0 {
		d.fail(errors.New("bytes after the last field"))
	}
	return s
}

func (d *decoder) source(s *Source) {
	s.Path, s.Hash, s.Lead = d.str(), d.u64(), d.str()
	s.Words, s.BodyAt, s.Stat = int(d.int()), d.int(), d.u64()
	if n := d.count(5); n > 0 {
		s.Diags = make(diag.List, n)
		for i := range s.Diags {
			s.Diags[i] = diag.Diagnostic{File: d.str(), Line: int(d.int()), Severity: diag.Severity(d.int()), Msg: d.str(), Code: d.str()}
		}
	}
	if d.bool() {
		s.Doc = d.doc()
	}
}

func (d *decoder) doc() *document.Doc {
	doc := &document.Doc{}
	fm := &doc.FrontMatter
	doc.Path, doc.BodyLine = d.str(), int(d.int())
	fm.Title, fm.Slug = d.str(), d.str()
	fm.Outlet, fm.Dateline = d.shared(), d.shared()
	fm.Caption, fm.Credit = d.str(), d.shared()
	fm.SetSummary(d.str())
	fm.Attribution = d.shared()
	fm.SetImage(d.str())
	fm.SetSourceURL(d.str())
	fm.Authors, fm.Tags = d.sharedStrs(), d.sharedStrs()
	fm.SetIgnore(d.strs())
	fm.DateOnly, fm.Draft = d.bool(), d.bool()
	fm.Date = d.time()
	updated := d.time()
	fm.SetUpdated(updated, d.bool())
	fm.SetAliases(d.strs())
	if n := d.count(2); n > 0 {
		terms := make(map[string][]string, n)
		for range n {
			name := d.shared()
			terms[name] = d.sharedStrs()
		}
		fm.SetTerms(terms)
	}
	fm.SetParams(d.params())
	return doc
}

// params reads a [params] table written by encoder.params.
func (d *decoder) params() map[string]any {
	text := d.str()
	if text == "" {
		return nil
	}
	var p map[string]any
	if _, err := toml.Decode(text, &p); err != nil {
		d.fail(fmt.Errorf("params: %w", err))
		return nil
	}
	return p
}

func (d *decoder) time() time.Time {
	if !d.bool() {
		return time.Time{}
	}
	t := time.Unix(d.int(), d.int())
	switch d.uint() {
	case zoneUTC:
		return t.UTC()
	case zoneFixed:
		name, offset := d.str(), d.int()
		return t.In(time.FixedZone(name, int(offset)))
	case zoneNamed:
		name := d.str()
		if d.site != nil && name == d.site.String() {
			return t.In(d.site)
		}
		loc, err := time.LoadLocation(name)
		if err != nil {
			d.fail(err)
			return time.Time{}
		}
		return t.In(loc)
	case zoneLocal:
		return t.Local()
	}
	d.fail(errors.New("a date in a zone of no known kind"))
	return time.Time{}
}
