package picture

import (
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"
)

// Find returns the name in fsys of the file at site path p (such as
// "/img/x.png", as markdown.SitePath gives it): the first of dirs, the
// folders whose trees make the site's root (a site's "static" and
// "content"), that holds a regular file there. It returns an error
// wrapping fs.ErrNotExist when none does.
func Find(fsys fs.FS, p string, dirs ...string) (string, error) {
	rel := strings.TrimPrefix(p, "/")
	if rel == "" || !fs.ValidPath(rel) {
		return "", fmt.Errorf("%s: %w", p, fs.ErrNotExist)
	}
	for _, dir := range dirs {
		name := path.Join(dir, rel)
		if !fs.ValidPath(name) {
			continue
		}
		if fi, err := fs.Stat(fsys, name); err == nil && fi.Mode().IsRegular() {
			return name, nil
		}
	}
	return "", fmt.Errorf("%s: %w", p, fs.ErrNotExist)
}

// ProbeFile reads the facts of the image file name of fsys (see Probe).
func ProbeFile(fsys fs.FS, name string) (Info, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return Info{}, err
	}
	defer f.Close()
	info, err := Probe(f)
	if rs, ok := f.(io.ReadSeeker); ok && err == nil && info.Format == WebP && !info.Located {
		info.Located = webpLocated(rs)
	}
	return info, err
}
