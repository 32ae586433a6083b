package picture

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Store keeps variants between builds by name. A name holds the hash of
// the image and of the settings, so a variant in the store is always
// the one that would be made.
type Store interface {
	Has(name string) bool
	Put(name string, data []byte) error
}

// Ensure plans the variants of the image src, whose file is named name
// (see Plan), and makes and puts into store those it lacks. The image is
// decoded only when one is missing, so a rebuild with every variant in
// the store only hashes the file and reads its header. The variants it
// returns have Data only where they were made.
func Ensure(store Store, name string, src []byte, widths []int, opt Options) (Info, []Variant, error) {
	info, vs, err := Plan(name, src, widths, opt)
	if err != nil {
		return info, nil, err
	}
	var missing []Variant
	var at []int
	for i, v := range vs {
		if !store.Has(v.Name) {
			missing = append(missing, v)
			at = append(at, i)
		}
	}
	if len(missing) == 0 {
		return info, vs, nil
	}
	if err := Render(src, info, missing, opt); err != nil {
		return info, nil, err
	}
	for k, v := range missing {
		if err := store.Put(v.Name, v.Data); err != nil {
			return info, nil, err
		}
		vs[at[k]] = v
	}
	return info, vs, nil
}

// DirStore is a Store in a folder of the disk, such as a build's cache.
type DirStore string

// Has reports whether the folder holds a regular file called name.
func (d DirStore) Has(name string) bool {
	if !validName(name) {
		return false
	}
	fi, err := os.Stat(filepath.Join(string(d), name))
	return err == nil && fi.Mode().IsRegular()
}

// Put writes data as the file name of the folder, made if need be. It
// writes a temporary file and renames it, so a build stopped halfway or
// another build writing the same variant never leaves half a file under
// the name.
func (d DirStore) Put(name string, data []byte) error {
	if !validName(name) {
		return fmt.Errorf("picture: %q is not a variant's name", name)
	}
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(string(d), ".tmp-"+name+"-*")
	if err != nil {
		return err
	}
	_, werr := f.Write(data)
	cerr := f.Close()
	if err := errors.Join(werr, cerr); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), filepath.Join(string(d), name)); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}

// Open opens the variant name of the folder, to be copied to a site's
// output.
func (d DirStore) Open(name string) (fs.File, error) {
	if !validName(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return os.Open(filepath.Join(string(d), name))
}

// validName reports whether name can be a variant's name: one path
// element that does not hide itself, as Plan makes them.
func validName(name string) bool {
	return name != "" && fs.ValidPath(name) && !strings.ContainsAny(name, `/\`) && !strings.HasPrefix(name, ".")
}
