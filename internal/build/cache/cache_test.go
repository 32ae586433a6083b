package cache

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"broadsheet/internal/diag"
	"broadsheet/internal/document"
)

func sample(site *time.Location) *Snapshot {
	doc := func(path string, date time.Time) *document.Doc {
		d := &document.Doc{Path: path, BodyLine: 7, FrontMatter: document.FrontMatter{
			Title: "Talks resume", Date: date, Slug: "talks", Authors: []string{"Jane Roe", "Sam Sample"},
			Outlet: "The Example Times", Tags: []string{}, Draft: true,
		}}
		d.SetSummary("Talks resumed.")
		d.SetIgnore([]string{"date-from-path"})
		return d
	}
	at := time.Date(2026, 2, 13, 9, 30, 0, 5, time.UTC)
	return &Snapshot{
		Owner: Owner{Version: "v1", Site: "/sites/digest", Config: 42},
		Since: 1_780_000_000_123_456_789,
		Sources: []Source{
			{Path: "content/a.md", Hash: 1, Doc: doc("content/a.md", at), Lead: "Talks resumed.", Words: 120, BodyAt: 90, Stat: 3,
				Diags: diag.List{{File: "content/a.md", Line: 3, Severity: diag.Info, Msg: "a note", Code: "date-from-path"}}},
			{Path: "content/b.txt", Hash: 2, Doc: doc("content/b.txt", at.In(time.FixedZone("", 3600))), BodyAt: -1},
			{Path: "content/c.txt", Hash: 4, Doc: doc("content/c.txt", at.In(site))},
			{Path: "content/d.txt", Hash: 5, Doc: doc("content/d.txt", at.In(time.FixedZone("date-local", 0)))},
			{Path: "content/draft.txt", Hash: 6},
		},
		Outputs: []Output{
			{Name: "index.html", Key: 9, Stamp: 11},
			{Name: "a/index.html", Key: 10, Wide: true},
			{Name: "b/index.html", Key: 12, Stamp: 13, Shown: []string{"content/a.md"}},
		},
		Folders: []Folder{{".", 1}, {"a", 2}, {"b", 3}},
	}
}

func TestRoundTrip(t *testing.T) {
	site, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no time zone database")
	}
	dir := t.TempDir()
	want := sample(site)
	if err := Save(dir, want); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir, want.Owner, site)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want.Sources {
		w, g := want.Sources[i].Doc, got.Sources[i].Doc
		if w == nil {
			continue
		}
		if !g.Date.Equal(w.Date) || g.Date.Location().String() != w.Date.Location().String() ||
			g.Date.Format(time.RFC3339Nano+" MST") != w.Date.Format(time.RFC3339Nano+" MST") {
			t.Errorf("%s: date %v came back as %v", w.Path, w.Date, g.Date)
		}
		g.Date, w.Date = time.Time{}, time.Time{}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%+v\nwant\n%+v", got, want)
	}
}

func TestNoCacheYet(t *testing.T) {
	s, err := Load(t.TempDir(), Owner{}, time.UTC)
	if s != nil || err != nil {
		t.Errorf("Load of an empty folder = %v, %v", s, err)
	}
}

func TestIgnored(t *testing.T) {
	owner := Owner{Version: "v1", Site: "/sites/digest", Config: 42}
	dir := t.TempDir()
	if err := Save(dir, sample(time.UTC)); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, FileName)
	good, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		data   []byte
		owner  Owner
		reason string
	}{
		{"version", good, Owner{"v2", owner.Site, owner.Config}, "another version"},
		{"site", good, Owner{owner.Version, "/elsewhere", owner.Config}, "another site folder"},
		{"config", good, Owner{owner.Version, owner.Site, 43}, "another configuration"},
		{"empty", nil, owner, "not a build cache"},
		{"truncated", good[:len(good)-1], owner, "truncated"},
		{"header only", good[:len(magic)+5], owner, "truncated"},
		{"longer", append(append([]byte{}, good...), 0), owner, "extended"},
		{"format", []byte(strings.Replace(string(good), "cache 2", "cache 9", 1)), owner, "another version"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := os.WriteFile(file, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Load(dir, c.owner, time.UTC)
			var ig *Ignored
			if s != nil || !errors.As(err, &ig) || !strings.Contains(ig.Reason, c.reason) {
				t.Errorf("Load = %v, %v; want it ignored as %q", s, err, c.reason)
			}
		})
	}
}

// FuzzDecode checks that no bytes make the decoder panic or allocate
// beyond the file: a cache file is read before anything is known of it.
func FuzzDecode(f *testing.F) {
	var b bytes.Buffer
	e := encoder{w: &b}
	e.snapshot(sample(time.UTC))
	e.flush()
	f.Add(b.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := decoder{buf: data, site: time.UTC}
		d.snapshot()
	})
}

// TestEveryFieldKept fills every field of a document, round-trips it and
// compares: a field added to document.Doc must be added to the codec
// (and the format's number in magic raised), or a build with the cache
// would lose it where a cold build has it.
func TestEveryFieldKept(t *testing.T) {
	doc := &document.Doc{}
	fill(t, reflect.ValueOf(doc).Elem(), "Doc")
	doc.Body = "" // a cache keeps no bodies
	var b bytes.Buffer
	e := encoder{w: &b}
	e.doc(doc)
	e.flush()
	d := decoder{buf: b.Bytes(), site: time.UTC}
	got := d.doc()
	if d.err != nil || len(d.buf) > 0 {
		t.Fatalf("decoding: %v, %d bytes left", d.err, len(d.buf))
	}
	if !got.Date.Equal(doc.Date) {
		t.Errorf("date %v came back as %v", doc.Date, got.Date)
	}
	got.Date, doc.Date = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("a field of document.Doc is not kept in the cache:\n got %+v\nwant %+v", got, doc)
	}
}

// fill sets every field of v to a value that is not its zero value.
func fill(t *testing.T, v reflect.Value, name string) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(name)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64:
		v.SetInt(7)
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.String {
			t.Fatalf("%s: a list of %s; teach the codec and this test", name, v.Type().Elem())
		}
		v.Set(reflect.ValueOf([]string{name + "1", name + "2"}))
	case reflect.Map:
		switch m := v.Addr().Interface().(type) {
		case *map[string][]string:
			*m = map[string][]string{name: {name + "1", name + "2"}}
		case *map[string]any:
			*m = map[string]any{"text": name, "count": int64(7), "nested": map[string]any{"on": true}}
		default:
			t.Fatalf("%s: a map %s; teach the codec and this test", name, v.Type())
		}
	case reflect.Pointer:
		switch v.Type() {
		case reflect.TypeFor[*document.Extra]():
			// The front matter keys most articles lack, kept apart.
			v.Set(reflect.New(v.Type().Elem()))
			fill(t, v.Elem(), name)
		case reflect.TypeFor[*document.Picture]():
			// The build finds a picture's facts again on every build,
			// since the image file may change when the article does not:
			// the cache does not keep them.
		default:
			t.Fatalf("%s: a pointer %s; teach the codec and this test", name, v.Type())
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC)))
			return
		}
		for i := range v.NumField() {
			f := v.Field(i)
			if !f.CanSet() {
				// An unexported field (the front matter's pointer to its
				// rarer keys) must be kept too: set it through its address.
				f = reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
			}
			fill(t, f, v.Type().Field(i).Name)
		}
	default:
		t.Fatalf("%s: a field of kind %s; teach the codec and this test", name, v.Kind())
	}
}

// TestSaveReplaces checks that Save replaces the cache file whole and
// leaves no temporary file beside it.
func TestSaveReplaces(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", ".broadsheet")
	s := sample(time.UTC)
	for range 2 {
		if err := Save(dir, s); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != FileName {
		t.Errorf("the cache folder holds %v", entries)
	}
	if _, err := Load(dir, s.Owner, time.UTC); err != nil {
		t.Error(err)
	}
}
