package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzWriteFileName checks that no name WriteFile accepts puts a file
// outside the fresh folder.
func FuzzWriteFileName(f *testing.F) {
	for _, s := range []string{"index.html", "a/b/c.html", "../x", "a/../../x", "/etc/passwd", `..\x`, "a//b", ".", "", "a\x00b", "..."} {
		f.Add(s)
	}
	root := f.TempDir()
	d, err := Begin(filepath.Join(root, "public"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if !validName(name) {
			if d.WriteFile(name, nil) == nil {
				t.Fatalf("WriteFile accepted the invalid name %q", name)
			}
			return
		}
		rel, err := filepath.Rel(d.Path(), filepath.Join(d.Path(), filepath.FromSlash(name)))
		if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(os.PathSeparator)) {
			t.Fatalf("valid name %q resolves outside the folder: %q", name, rel)
		}
	})
}
