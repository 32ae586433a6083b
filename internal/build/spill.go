package build

import (
	"encoding/binary"
	"errors"
	"fmt"
	"html/template"
	"os"
	"runtime"
	"sync"

	"broadsheet/internal/build/key"
)

// spill is where a build puts the rendered bodies it does not keep in
// memory: one file, appended to as articles are parsed, from which a
// page reads back the exact bytes of its body. So each body is parsed
// once, whatever the size of the site, and memory holds only offsets.
//
// Each body is stored after the 8-byte hash of its bytes, checked when
// it is read back. The file lives in the cache folder, or else in the
// system's temporary folder, and is removed as soon as it is open where
// the system allows, so a build that is killed leaves nothing behind.
type spill struct {
	dir  string // where the file goes; "" for the system's temporary folder
	mu   sync.Mutex
	f    *os.File
	size int64
	err  error // why the file could not be made; bodies are then read again from their sources
}

// errSpillChanged is the error of a spilled body whose bytes are not
// those that were written.
var errSpillChanged = errors.New("a body kept on disk for the build changed while the site was being built; build again")

// put stores html and returns where it went, or ok false when there is
// nowhere to put it.
func (s *spill) put(html template.HTML) (at int64, ok bool) {
	rec := make([]byte, 8+len(html))
	binary.LittleEndian.PutUint64(rec, key.Sum64([]byte(html)))
	copy(rec[8:], html)
	s.mu.Lock()
	if s.f == nil && s.err == nil {
		s.f, s.err = s.open()
	}
	if s.err != nil {
		s.mu.Unlock()
		return 0, false
	}
	f, at := s.f, s.size
	s.size += int64(len(rec))
	s.mu.Unlock()
	if _, err := f.WriteAt(rec, at); err != nil {
		return 0, false
	}
	return at, true
}

// get reads back the n bytes of HTML put at at.
func (s *spill) get(at int64, n int) (template.HTML, error) {
	s.mu.Lock()
	f := s.f
	s.mu.Unlock()
	if f == nil {
		return "", errSpillChanged
	}
	rec := make([]byte, 8+n)
	if _, err := f.ReadAt(rec, at); err != nil {
		return "", fmt.Errorf("reading the body kept on disk for the build: %w", err)
	}
	if binary.LittleEndian.Uint64(rec) != key.Sum64(rec[8:]) {
		return "", errSpillChanged
	}
	return template.HTML(rec[8:]), nil
}

// open makes the spill file.
func (s *spill) open() (*os.File, error) {
	if s.dir != "" {
		if err := os.MkdirAll(s.dir, 0o755); err != nil {
			return nil, err
		}
	}
	f, err := os.CreateTemp(s.dir, "bodies-*.tmp")
	if err != nil {
		return nil, err
	}
	if runtime.GOOS != "windows" {
		// Open files cannot be removed there; elsewhere the file goes
		// when the build's process ends, however it ends.
		os.Remove(f.Name())
	}
	return f, nil
}
