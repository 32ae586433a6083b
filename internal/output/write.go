package output

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// WriteFile writes data to name, a slash path relative to the output
// root. When the destination already holds a file of that name with the
// same bytes, the old file is reused, keeping its modification time.
// Names that are not clean relative paths inside the folder (absolute,
// "..", empty elements, backslashes) are refused.
func (d *Dir) WriteFile(name string, data []byte) error {
	if err := d.claim(name); err != nil {
		return err
	}
	dst := filepath.Join(d.tmp, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("output %s: %w", name, err)
	}
	old := filepath.Join(d.dest, filepath.FromSlash(name))
	if same(old, data) && reuse(old, dst) == nil {
		return nil
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return fmt.Errorf("output %s: %w", name, err)
	}
	return nil
}

// Keep carries files over from the destination unchanged, for the names
// in the list that were not written in this folder: after an incremental
// rebuild only the changed files are written, and Keep fills in the rest.
func (d *Dir) Keep(names []string) error {
	for _, name := range names {
		if err := d.claim(name); err != nil {
			if errors.Is(err, errWritten) {
				continue
			}
			return err
		}
		dst := filepath.Join(d.tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("output %s: %w", name, err)
		}
		if err := reuse(filepath.Join(d.dest, filepath.FromSlash(name)), dst); err != nil {
			return fmt.Errorf("output %s: %w", name, err)
		}
	}
	return nil
}

var errWritten = errors.New("written twice")

// isFolder reports whether name is a folder of the fresh folder.
func (d *Dir) isFolder(name string) bool {
	fi, err := os.Lstat(filepath.Join(d.tmp, filepath.FromSlash(name)))
	return err == nil && fi.IsDir()
}

// Patch brings the destination up to date in place instead of swapping
// the fresh folder in: it moves each file written into the fresh folder
// over the destination's, removes the destination's files named in gone
// (and the folders they leave empty), and removes the fresh folder. It
// is for a build that knows the destination holds its last output and
// nothing else, and changed few of its files: moving them costs far less
// than carrying ten thousand others over into a fresh folder. Unlike
// Commit, a reader of the destination may see some files new and others
// not yet; should Patch fail half-way, the stamps of the files it moved
// tell the next build. Stamp looks at the destination afterwards.
func (d *Dir) Patch(gone []string) error {
	d.swap.Lock()
	defer d.swap.Unlock()
	if err := d.finish(); err != nil {
		return err
	}
	defer os.RemoveAll(d.tmp)
	d.mu.Lock()
	names := make([]string, 0, len(d.written))
	for name := range d.written {
		names = append(names, name)
	}
	d.patched = true
	d.mu.Unlock()
	for _, name := range gone {
		if !validName(name) || d.written[name] {
			continue
		}
		p := filepath.Join(d.dest, filepath.FromSlash(name))
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("output %s: %w", name, err)
		}
		// Remove the folders the file leaves empty; os.Remove refuses
		// one that is not.
		for dir := filepath.Dir(p); dir != d.dest && strings.HasPrefix(dir, d.dest); dir = filepath.Dir(dir) {
			if os.Remove(dir) != nil {
				break
			}
		}
	}
	for _, name := range names {
		dst := filepath.Join(d.dest, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("output %s: %w", name, err)
		}
		if err := os.Rename(filepath.Join(d.tmp, filepath.FromSlash(name)), dst); err != nil {
			return fmt.Errorf("output %s: %w", name, err)
		}
	}
	return nil
}

// Stamp returns a fingerprint of the file name as the site will hold it
// once committed: the one written or kept in this folder, or else the
// destination's, and false when there is neither. It is made of the
// file's size and modification time, which a write changes, and not of
// its inode, so a destination restored from an archive with its times
// (as CI caches are) keeps its stamps. A build cache compares stamps to
// know that an output file is still the one it wrote.
//
// name may also be a folder ("." for the root), whose stamp changes
// when a file is added to it or removed: the fresh folder's once a file
// was written or kept in it, else the destination's.
func (d *Dir) Stamp(name string) (uint64, bool) {
	if name != "." && !validName(name) {
		return 0, false
	}
	d.mu.Lock()
	root := d.dest
	if !d.patched && (d.written[name] || len(d.written) > 0 && d.isFolder(name)) {
		root = d.tmp
	}
	d.mu.Unlock()
	fi, err := os.Lstat(filepath.Join(root, filepath.FromSlash(name)))
	if err != nil || !fi.Mode().IsRegular() && !fi.IsDir() {
		return 0, false
	}
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], uint64(fi.Size()))
	binary.LittleEndian.PutUint64(b[8:], uint64(fi.ModTime().UnixNano()))
	h := fnv.New64a()
	h.Write(b[:])
	return h.Sum64() | 1, true // never 0, which means no stamp
}

// claim checks name and records it, so two writers never race on one file.
func (d *Dir) claim(name string) error {
	if !validName(name) {
		return fmt.Errorf("output %q: not a clean relative path inside the output folder", name)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return fmt.Errorf("output %s: folder already committed or aborted", name)
	}
	if d.written[name] {
		return fmt.Errorf("output %s: %w", name, errWritten)
	}
	d.written[name] = true
	return nil
}

// validName accepts clean slash paths that stay inside the folder. A
// backslash is refused too: on Windows it would be a separator.
func validName(name string) bool {
	return fs.ValidPath(name) && name != "." && !strings.Contains(name, `\`) &&
		!strings.ContainsRune(name, 0)
}

// same reports whether the file at path holds exactly data.
func same(path string, data []byte) bool {
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) {
		return false
	}
	old, err := os.ReadFile(path)
	return err == nil && bytes.Equal(old, data)
}

// reuse puts the file at old into dst: a hard link when the file system
// allows one, else a copy that keeps the old modification time.
func reuse(old, dst string) error {
	if err := os.Link(old, dst); err == nil {
		return nil
	}
	fi, err := os.Stat(old)
	if err != nil {
		return err
	}
	if err := copyFile(old, dst); err != nil {
		return err
	}
	return os.Chtimes(dst, fi.ModTime(), fi.ModTime())
}

// copyFile copies the bytes of src into a new file dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
