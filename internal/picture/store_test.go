package picture

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"broadsheet/internal/picture/synth"
)

// countingStore is a Store in memory that counts what is put.
type countingStore struct {
	files map[string][]byte
	puts  int
}

func (s *countingStore) Has(name string) bool { _, ok := s.files[name]; return ok }
func (s *countingStore) Put(name string, data []byte) error {
	s.files[name] = data
	s.puts++
	return nil
}

func TestEnsure(t *testing.T) {
	src := encodeJPEG(t, synth.Scene(1000, 600, 3))
	store := &countingStore{files: map[string][]byte{}}
	_, vs, err := Ensure(store, "a.jpg", src, DefaultWidths, Options{})
	if err != nil || len(vs) != 3 || store.puts != 3 || vs[0].Data == nil { // 480, 960 and the image's 1000
		t.Fatalf("first build: %d variants, %d put, %v", len(vs), store.puts, err)
	}
	_, again, err := Ensure(store, "a.jpg", src, DefaultWidths, Options{})
	if err != nil || store.puts != 3 || len(again) != 3 || again[0].Data != nil || again[1].Name != vs[1].Name {
		t.Fatalf("a rebuild must make nothing: %d put, %+v, %v", store.puts, again, err)
	}
	delete(store.files, vs[0].Name)
	_, third, _ := Ensure(store, "a.jpg", src, DefaultWidths, Options{})
	if store.puts != 4 || third[0].Data == nil || third[1].Data != nil {
		t.Errorf("only the missing variant is made: %d put", store.puts)
	}
}

func TestDirStore(t *testing.T) {
	dir := DirStore(filepath.Join(t.TempDir(), "cache", "img"))
	src := encodePNG(t, synth.Flat(200, 100, 2))
	_, vs, err := Ensure(dir, "map.png", src, []int{100}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !dir.Has(vs[0].Name) {
		t.Fatalf("%s not stored", vs[0].Name)
	}
	f, err := dir.Open(vs[0].Name)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(f)
	f.Close()
	if info, err := ProbeBytes(data); err != nil || info.Width != 100 || info.Height != 50 {
		t.Errorf("stored %+v, %v", info, err)
	}
	entries, _ := os.ReadDir(string(dir))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	for _, bad := range []string{"", "../x.png", "a/b.png", ".hidden", `a\b.png`} {
		if dir.Has(bad) || dir.Put(bad, nil) == nil {
			t.Errorf("%q accepted as a name", bad)
		}
		if _, err := dir.Open(bad); err == nil {
			t.Errorf("%q opened", bad)
		}
	}
}
