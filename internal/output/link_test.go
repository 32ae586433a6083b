package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBeginRefusesLink makes sure a destination that is a symbolic link
// is never swapped for a folder, which would leave its target stale.
func TestBeginRefusesLink(t *testing.T) {
	root := t.TempDir()
	www := filepath.Join(root, "www")
	if err := os.Mkdir(www, 0o755); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(root, "public")
	if err := os.Symlink(www, dest); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	d, err := Begin(dest)
	if err == nil {
		d.Abort()
		t.Fatal("Begin accepted a symbolic link")
	}
	if !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("error %q does not say why", err)
	}
}
