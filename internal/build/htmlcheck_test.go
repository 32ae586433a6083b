package build

import (
	"context"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestNuHTMLChecker runs the Nu HTML Checker over every page and the
// stylesheet of the example site, the test site and a generated one, at
// the root of a host and under a sub-path: the spec wants no errors. It
// needs Java and the checker's jar (npm package vnu-jar), so it runs only
// when VNU_JAR names the jar:
//
//	VNU_JAR=node_modules/vnu-jar/build/dist/vnu.jar go test -run NuHTML ./internal/build
func TestNuHTMLChecker(t *testing.T) {
	jar := os.Getenv("VNU_JAR")
	if jar == "" {
		t.Skip("VNU_JAR is not set: no Nu HTML Checker to run")
	}
	jar, err := filepath.Abs(jar)
	if err != nil {
		t.Fatal(err)
	}
	for name, fsys := range validatedSites() {
		for _, base := range []string{"", "https://example.org/sub/path/"} {
			t.Run(name+" "+base, func(t *testing.T) {
				dir, _ := buildToDir(t, fsys, base)
				cmd := exec.Command("java", "-jar", jar, "--errors-only", "--skip-non-html", "--also-check-css", "--format", "gnu", dir)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Errorf("the Nu HTML Checker reports errors (%v):\n%s", err, out)
				}
			})
		}
	}
}

// validatedSites returns the sites whose output the validators check:
// the example sites when the tests run from the repository, the test
// site and a small generated site.
func validatedSites() map[string]fs.FS {
	sites := map[string]fs.FS{"testdata": os.DirFS("testdata/site"), "generated": genFS(60, 3)}
	maps.Copy(sites, exampleSites())
	return sites
}

// exampleSites returns the repository's example sites, when the tests
// run from the repository: the one at its root, in English, and the
// French one in testdata/fr, which uses taxonomies, aliases, params and
// the French words and dates of the default layouts.
func exampleSites() map[string]fs.FS {
	sites := map[string]fs.FS{}
	if _, err := fs.Stat(os.DirFS("../.."), "content"); err == nil {
		sites["repository"] = os.DirFS("../..")
	}
	if _, err := fs.Stat(os.DirFS("../../testdata/fr"), "content"); err == nil {
		sites["french"] = os.DirFS("../../testdata/fr")
	}
	return sites
}

// buildToDir builds fsys with the base URL base (the site's own when
// empty), writes the output to a temporary folder and returns the folder
// and the files by slash path.
func buildToDir(t *testing.T, fsys fs.FS, base string) (string, map[string][]byte) {
	t.Helper()
	sink := newMemSink()
	res := New(fsys, Options{BaseURL: base, Now: now}).Build(context.Background(), sink)
	if res.Failed() {
		t.Fatalf("build failed:\n%s", diagText(res))
	}
	dir := t.TempDir()
	for name, data := range sink.files {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, sink.files
}
