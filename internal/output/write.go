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
	if err := d.check(name); err != nil {
		return err
	}
	dst := filepath.Join(d.tmp, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("output %s: %w", name, err)
	}
	old := filepath.Join(d.dest, filepath.FromSlash(name))
	if same(old, data) {
		err := reuse(d.link, old, dst)
		if err == nil {
			d.files.Add(1)
			return nil
		}
		if errors.Is(err, fs.ErrExist) {
			// Another writer has the name: writing now would fail the
			// same way, and must not replace its file.
			return d.createError(name, err)
		}
		// The old file could not be carried over (it went, or the copy
		// failed and was removed): write the bytes instead.
	}
	if err := writeNew(dst, data); err != nil {
		return d.createError(name, err)
	}
	d.files.Add(1)
	return nil
}

// Keep carries files over from the destination unchanged, for the names
// in the list that were not written in this folder: after an incremental
// rebuild only the changed files are written, and Keep fills in the rest.
func (d *Dir) Keep(names []string) error {
	for _, name := range names {
		if err := d.check(name); err != nil {
			return err
		}
		dst := filepath.Join(d.tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("output %s: %w", name, err)
		}
		if err := reuse(d.link, filepath.Join(d.dest, filepath.FromSlash(name)), dst); err != nil {
			// A name whose file is in the fresh folder was written (or
			// is being written) there, and is skipped. Asked only now:
			// reuse refuses to replace that file, but may fail first on
			// the old one, gone from a page new or removed by hand.
			if fi, lerr := os.Lstat(dst); lerr == nil && !fi.IsDir() {
				continue
			}
			return d.createError(name, err)
		}
		d.files.Add(1)
	}
	return nil
}

var errWritten = errors.New("written twice")

// createError wraps err from creating name's file in the fresh folder.
// A file already there was written by another call, so the name was
// written twice; a folder there holds other names, which is another
// mistake.
func (d *Dir) createError(name string, err error) error {
	if !errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("output %s: %w", name, err)
	}
	if d.isFolder(name) {
		return fmt.Errorf("output %s: a folder of the site already has that name", name)
	}
	return fmt.Errorf("output %s: %w", name, errWritten)
}

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
	d.patched = true
	d.mu.Unlock()
	names, err := d.filled()
	if err != nil {
		return err
	}
	// A set of the few names a patching build wrote, only for this loop.
	written := make(map[string]bool, len(names))
	for _, name := range names {
		written[name] = true
	}
	for _, name := range gone {
		if !validName(name) || written[name] {
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

// filled lists the names written or kept in the fresh folder, as slash
// paths: every entry of it but its folders, which writes made on the way.
func (d *Dir) filled() ([]string, error) {
	var names []string
	err := filepath.WalkDir(d.tmp, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, err := filepath.Rel(d.tmp, path)
		if err != nil {
			return err
		}
		names = append(names, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("output: listing the files written: %w", err)
	}
	return names, nil
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
	patched := d.patched
	d.mu.Unlock()
	fi, ok := d.fresh(name)
	var err error
	if patched || !ok {
		fi, err = os.Lstat(filepath.Join(d.dest, filepath.FromSlash(name)))
	}
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

// fresh returns what the fresh folder holds of name when the stamp is
// to be its: a file written or kept, or a folder once anything was.
// Until a file is, the fresh folder is not asked at all, so a build that
// writes nothing, as a build of an unchanged site with its cache, stats
// each output file once.
func (d *Dir) fresh(name string) (fs.FileInfo, bool) {
	if d.files.Load() == 0 {
		return nil, false
	}
	fi, err := os.Lstat(filepath.Join(d.tmp, filepath.FromSlash(name)))
	if err != nil || !fi.Mode().IsRegular() && !fi.IsDir() {
		return nil, false
	}
	return fi, true
}

// check refuses a name that would leave the fresh folder, and any write
// once the folder is no longer ours. Whether name was written already is
// the creation's to find out, which no two writers can both pass.
func (d *Dir) check(name string) error {
	if !validName(name) {
		return fmt.Errorf("output %q: not a clean relative path inside the output folder", name)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return fmt.Errorf("output %s: folder already committed or aborted", name)
	}
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

// reuse puts the file at old into dst, which must not exist yet: a hard
// link made with link when the file system allows one, else a copy that
// keeps the old modification time. It fails with fs.ErrExist when dst
// exists, and leaves no file behind when it fails otherwise.
func reuse(link func(oldname, newname string) error, old, dst string) error {
	err := link(old, dst)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	fi, err := os.Stat(old)
	if err != nil {
		return err
	}
	if err := copyFile(old, dst); err != nil {
		return err
	}
	if err := os.Chtimes(dst, fi.ModTime(), fi.ModTime()); err != nil {
		os.Remove(dst)
		return err
	}
	return nil
}

// createNew creates the file path, failing with fs.ErrExist when it is
// there already: in the fresh folder, that is a name written twice.
func createNew(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
}

// writeNew writes data to the new file path. A file that could not be
// written whole is removed, so that it is not published half-written.
func writeNew(path string, data []byte) error {
	f, err := createNew(path)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}

// copyFile copies the bytes of src into the new file dst, and removes
// dst when the copy fails.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := createNew(dst)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(dst)
	}
	return err
}
