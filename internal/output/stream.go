package output

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Stream writes name as write produces it, for a file too large to hold
// in memory whole: a home page listing a hundred thousand articles. The
// bytes go straight to the fresh folder through a buffer. When write
// fails, the file is removed and its error returned. As with WriteFile,
// a destination file of that name with the same bytes is reused, keeping
// its modification time.
func (d *Dir) Stream(name string, write func(io.Writer) error) error {
	if err := d.check(name); err != nil {
		return err
	}
	dst := filepath.Join(d.tmp, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return fmt.Errorf("output %s: %w", name, err)
	}
	f, err := createNew(dst)
	if err != nil {
		return d.createError(name, err)
	}
	// Only now is dst ours to remove: a failure to create it may mean
	// another writer's file is there.
	if err := writeTo(f, write); err != nil {
		os.Remove(dst)
		return err
	}
	old := filepath.Join(d.dest, filepath.FromSlash(name))
	if sameFiles(old, dst) {
		if err := os.Remove(dst); err != nil {
			return fmt.Errorf("output %s: %w", name, err)
		}
		// Between the two, another writer of name can create it; reuse
		// then fails, and that writer's file stays.
		if err := reuse(d.link, old, dst); err != nil {
			return d.createError(name, err)
		}
	}
	d.files.Add(1)
	return nil
}

// writeTo fills the new file f with write, through a buffer, and closes it.
func writeTo(f *os.File, write func(io.Writer) error) error {
	w := bufio.NewWriterSize(f, 256<<10)
	err := write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// sameFiles reports whether the regular files a and b hold the same
// bytes, reading both a piece at a time.
func sameFiles(a, b string) bool {
	ai, err := os.Lstat(a)
	if err != nil || !ai.Mode().IsRegular() {
		return false
	}
	bi, err := os.Lstat(b)
	if err != nil || ai.Size() != bi.Size() {
		return false
	}
	fa, err := os.Open(a)
	if err != nil {
		return false
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return false
	}
	defer fb.Close()
	ba, bb := make([]byte, 256<<10), make([]byte, 256<<10)
	for {
		na, erra := io.ReadFull(fa, ba)
		nb, errb := io.ReadFull(fb, bb)
		if na != nb || !bytes.Equal(ba[:na], bb[:nb]) {
			return false
		}
		if erra != nil || errb != nil {
			return atEnd(erra) && atEnd(errb) // both ended at the same byte
		}
	}
}

// atEnd reports whether err from io.ReadFull means the file ended.
func atEnd(err error) bool { return err == io.EOF || err == io.ErrUnexpectedEOF }
