package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFilesDeterministic(t *testing.T) {
	a, b := Files(50, 7), Files(50, 7)
	if len(a) != 51 {
		t.Fatalf("got %d files, want 51 (site.toml + 50 articles)", len(a))
	}
	for name, data := range a {
		if !bytes.Equal(data, b[name]) {
			t.Fatalf("%s differs between two runs with the same seed", name)
		}
	}
	c := Files(50, 8)
	same := 0
	for name := range a {
		if bytes.Equal(a[name], c[name]) {
			same++
		}
	}
	if same > 1 {
		t.Errorf("seeds 7 and 8 share %d identical files", same)
	}
}

func TestFilesShape(t *testing.T) {
	files := Files(300, 1)
	total, dates := 0, map[string]bool{}
	for name, data := range files {
		if name == "site.toml" {
			continue
		}
		if !strings.HasPrefix(name, "content/") || !strings.HasSuffix(name, ".txt") {
			t.Errorf("unexpected path %q", name)
		}
		total += len(data)
		paras := strings.Count(string(data), "\n\n")
		if paras < 10 || paras > 26 {
			t.Errorf("%s: %d blocks, want 8-20 body paragraphs plus header parts", name, paras)
		}
		dates[dateOf(string(data))] = true
	}
	if avg := total / 300; avg < 4000 || avg > 8000 {
		t.Errorf("average article size %d bytes, want about 6 KB", avg)
	}
	if len(dates) < Days*9/10 {
		t.Errorf("articles on %d dates, want about %d", len(dates), Days)
	}
	all := string(bytes.Join(mapValues(files), nil))
	for _, c := range []string{"*", "_", "#", "[", "]", "<", "&", "`", "\\"} {
		if !strings.Contains(all, c) {
			t.Errorf("no %q anywhere in the generated text", c)
		}
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, 5, 3); err != nil {
		t.Fatal(err)
	}
	for name, want := range Files(5, 3) {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: written file differs (err %v)", name, err)
		}
	}
}

// dateOf returns the first header line, which holds the date.
func dateOf(text string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.ToLower(line), "date") {
			return line
		}
	}
	return ""
}

func mapValues(m map[string][]byte) [][]byte {
	out := make([][]byte, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}
