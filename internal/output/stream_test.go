package output

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A streamed file holds what write wrote; one with the same bytes as the
// destination's keeps the old file's time; one whose write failed is not
// published; a name is taken once, whichever way it was written.
func TestStream(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	big := strings.Repeat("<li>an entry</li>\n", 40_000) // past the writer's buffer
	publish(t, dest, map[string]string{"same.html": big, "changed.html": big})
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, name := range []string{"same.html", "changed.html"} {
		if err := os.Chtimes(filepath.Join(dest, name), old, old); err != nil {
			t.Fatal(err)
		}
	}

	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	stream := func(name, data string, fail error) error {
		return d.Stream(name, func(w io.Writer) error {
			if _, err := io.WriteString(w, data); err != nil {
				return err
			}
			return fail
		})
	}
	broken := errors.New("template failed")
	for _, c := range []struct {
		name, data string
		fail       error
	}{
		{"same.html", big, nil},
		{"changed.html", big + "<li>one more</li>\n", nil},
		{"new/index.html", "fresh", nil},
		{"broken.html", big, broken},
	} {
		if err := stream(c.name, c.data, c.fail); !errors.Is(err, c.fail) {
			t.Fatalf("Stream(%s) = %v, want %v", c.name, err, c.fail)
		}
	}
	if err := stream("new/index.html", "again", nil); err == nil {
		t.Error("a name streamed twice was accepted")
	}
	if err := d.WriteFile("same.html", []byte(big)); err == nil {
		t.Error("WriteFile took a name already streamed")
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}

	got := tree(t, dest)
	want := map[string]string{"same.html": big, "changed.html": big + "<li>one more</li>\n", "new/index.html": "fresh"}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %d bytes, want %d", name, len(got[name]), len(w))
		}
	}
	if _, ok := got["broken.html"]; ok {
		t.Error("the file whose write failed was published")
	}
	for name, wantOld := range map[string]bool{"same.html": true, "changed.html": false} {
		fi, err := os.Stat(filepath.Join(dest, name))
		if err != nil {
			t.Fatal(err)
		}
		if fi.ModTime().Equal(old) != wantOld {
			t.Errorf("%s: modified %v; kept the old time: %v, want %v", name, fi.ModTime(), !wantOld, wantOld)
		}
	}
}

// A name streamed is not written again, not even with the bytes the
// destination holds, which WriteFile would otherwise carry over.
func TestWriteFileAfterStream(t *testing.T) {
	for _, links := range []bool{true, false} {
		dest := filepath.Join(t.TempDir(), "public")
		publish(t, dest, map[string]string{"old.html": "second"})
		d, err := Begin(dest)
		if err != nil {
			t.Fatal(err)
		}
		if !links {
			d.link = failLink
		}
		for _, name := range []string{"new.html", "old.html"} {
			if err := d.Stream(name, func(w io.Writer) error {
				_, err := io.WriteString(w, "first")
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if err := d.WriteFile(name, []byte("second")); !errors.Is(err, errWritten) {
				t.Errorf("WriteFile of %s after Stream (hard links %v) = %v, want it refused as written twice", name, links, err)
			}
			if data, _ := os.ReadFile(filepath.Join(d.Path(), name)); string(data) != "first" {
				t.Errorf("%s holds %q after a second write (hard links %v), want the streamed %q", name, data, links, "first")
			}
		}
		d.Abort()
	}
}
