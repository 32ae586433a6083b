package build

import (
	"encoding/binary"
	"errors"
	"fmt"
	"html/template"
	"os"
	"runtime"
	"sync"
	"unsafe"

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

	readErr error // the first failure of spilledText to read back, for the build to report
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
	if n == 0 {
		return "", nil
	}
	// rec is never written again, so the text can use its bytes where a
	// conversion would copy them: every article page of a large site
	// reads its body here, and the copy was about a sixth of what the
	// article pages allocate.
	return template.HTML(unsafe.String(&rec[8], n)), nil
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

// text puts t in the spill and returns the text that reads it back, or
// t itself when there is nothing to put or nowhere to put it. A lead is
// a sentence or two, and read back only when an entry that shows it is
// rendered; in memory, a million of them take over a hundred megabytes.
func (s *spill) text(t fmt.Stringer) fmt.Stringer {
	str := textOf(t)
	if str == "" {
		return t
	}
	at, ok := s.put(template.HTML(str))
	if !ok {
		return t
	}
	return &spilledText{s: s, at: at, n: int32(len(str))}
}

// spilledText is text kept in the spill.
type spilledText struct {
	s  *spill
	at int64
	n  int32
}

// String reads the text back. It cannot fail as a template calls it, so
// a failure is kept for the build to report (see takeErr) and the text
// is empty.
func (t *spilledText) String() string {
	h, err := t.s.get(t.at, int(t.n))
	if err != nil {
		t.s.failed(err)
		return ""
	}
	return string(h)
}

// failed records the first error reading text back.
func (s *spill) failed(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readErr == nil {
		s.readErr = err
	}
}

// takeErr returns the first error reading text back since the last
// call, and forgets it.
func (s *spill) takeErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.readErr
	s.readErr = nil
	return err
}

// textOf returns the text of t, "" for nil.
func textOf(t fmt.Stringer) string {
	if t == nil {
		return ""
	}
	return t.String()
}
