package picture

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"broadsheet/internal/picture/synth"
)

func TestFind(t *testing.T) {
	png := encodePNG(t, synth.Scene(30, 20, 1))
	fsys := fstest.MapFS{
		"static/img/harbor.png":        {Data: png},
		"content/img/harbor.png":       {Data: []byte("shadowed by static/")},
		"content/2026/img/flood.png":   {Data: png},
		"content/2026/notes.txt":       {Data: []byte("not an image")},
		"static/img/folder/x.png":      {Data: png},
		"content/2026/02/13/geneva.md": {Data: []byte("+++")},
	}
	tests := []struct{ path, name string }{
		{"/img/harbor.png", "static/img/harbor.png"},
		{"/2026/img/flood.png", "content/2026/img/flood.png"},
		{"/2026/notes.txt", "content/2026/notes.txt"},
		{"/img/folder", ""},
		{"/img/folder/", ""},
		{"/img/missing.png", ""},
		{"/", ""},
		{"/../static/img/harbor.png", ""},
	}
	for _, tt := range tests {
		name, err := Find(fsys, tt.path, "static", "content")
		if name != tt.name || (tt.name == "") != errors.Is(err, fs.ErrNotExist) {
			t.Errorf("Find(%q) = %q, %v; want %q", tt.path, name, err, tt.name)
		}
	}
	info, err := ProbeFile(fsys, "content/2026/img/flood.png")
	if err != nil || info != (Info{PNG, 30, 20, 1, false}) {
		t.Errorf("ProbeFile = %+v, %v", info, err)
	}
	if _, err := ProbeFile(fsys, "content/2026/notes.txt"); !errors.Is(err, ErrFormat) {
		t.Errorf("a text file: %v", err)
	}
	if _, err := ProbeFile(fsys, "nothing.png"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("no file: %v", err)
	}
}
