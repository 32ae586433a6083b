// Package sitefs opens a site's folder for reading so that a build reads
// nothing that lies outside it. Content, layouts and static files may come
// from someone else (a pull request, a shared folder); a symbolic link
// among them must not publish /etc/passwd or the build's environment, and
// a device or a FIFO must not fill the disk or hang the build.
//
// Every read goes through an [os.Root]: a symbolic link that stays inside
// the site is followed, one that leaves it is refused with a [LinkError]
// naming the link and its target. Only folders and regular files are
// opened; anything else gets a [SpecialError]. A site whose owner trusts
// its links can ask for [FS.FollowLinks], which follows links anywhere but
// still opens regular files only.
package sitefs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FS is a site's folder, read only through a root that refuses paths
// leaving it. It implements fs.FS and fs.StatFS, and is safe for use by
// several goroutines at once.
type FS struct {
	root   *os.Root
	dir    string // the folder as given, for following links in trusted sites
	follow bool
}

// Open opens the site folder dir. The caller closes it when done.
func Open(dir string) (*FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &FS{root: root, dir: dir}, nil
}

// Close releases the folder.
func (f *FS) Close() error { return f.root.Close() }

// FollowLinks returns a view of the same folder that follows symbolic
// links wherever they lead, for a site that sets [build] follow_symlinks.
// It still opens only folders and regular files.
func (f *FS) FollowLinks() fs.FS {
	g := *f
	g.follow = true
	return &g
}

// Stat returns the file info of name, following links as Open does.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	if f.follow {
		return os.Stat(f.real(name))
	}
	fi, err := f.root.Stat(name)
	if err != nil {
		return nil, f.explain(name, err)
	}
	return fi, nil
}

// Open opens name, a folder or a regular file, for reading.
func (f *FS) Open(name string) (fs.File, error) {
	fi, err := f.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.IsDir() && !fi.Mode().IsRegular() {
		return nil, &SpecialError{Name: name, Mode: fi.Mode()}
	}
	file, err := f.open(name)
	if err != nil {
		return nil, f.explain(name, err)
	}
	// The name may have been swapped for a FIFO or a device since Stat:
	// the open does not block on one (O_NONBLOCK), and this check refuses it.
	got, err := file.Stat()
	if err != nil || !os.SameFile(fi, got) {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: errors.New("the file changed while it was opened")}
	}
	return file, nil
}

// open opens name without blocking on a FIFO.
func (f *FS) open(name string) (*os.File, error) {
	if f.follow {
		return os.OpenFile(f.real(name), os.O_RDONLY|nonBlock, 0)
	}
	return f.root.OpenFile(name, os.O_RDONLY|nonBlock, 0)
}

// real is the path of name on disk.
func (f *FS) real(name string) string {
	return filepath.Join(f.dir, filepath.FromSlash(name))
}

// explain turns the error of a path that leaves the site into a
// LinkError naming the link that leads out; other errors pass unchanged.
func (f *FS) explain(name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return err
	}
	prefix := ""
	for _, elem := range splitPath(name) {
		prefix = joinPath(prefix, elem)
		fi, lerr := f.root.Lstat(prefix)
		if lerr != nil || fi.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if _, serr := f.root.Stat(prefix); serr == nil || errors.Is(serr, fs.ErrNotExist) {
			continue // a link that stays inside, or leads nowhere
		}
		target, _ := os.Readlink(f.real(prefix))
		return &LinkError{Link: prefix, Target: target}
	}
	return err
}

// LinkError reports a symbolic link that leads out of the site.
type LinkError struct {
	Link   string // slash path in the site
	Target string // what the link points at, as it says
}

func (e *LinkError) Error() string {
	return fmt.Sprintf("%s is a symbolic link to %s, outside the site: not read "+
		"(a site that trusts its links may set [build] follow_symlinks = true)", e.Link, e.Target)
}

// SpecialError reports a name that is neither a folder nor a regular
// file: a device, a FIFO or a socket, which could block a build or never
// end.
type SpecialError struct {
	Name string
	Mode fs.FileMode
}

func (e *SpecialError) Error() string {
	return fmt.Sprintf("%s is not a regular file (%s): not read", e.Name, kind(e.Mode))
}

// kind names the type of a special file.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "mode " + m.String()
}

// ensure FS keeps satisfying the interfaces the build relies on.
var (
	_ fs.StatFS = (*FS)(nil)
)
