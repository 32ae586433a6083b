package build

import (
	"fmt"
	"io"
	"io/fs"
)

// maxSourceBytes is the largest article file a build reads: a hundred
// times a long feature, so no real article reaches it, while a file that
// would fill memory is refused before it is read.
const maxSourceBytes = 32 << 20

// readSource reads the content file p, refusing one larger than
// maxSourceBytes. The errors read "reading: ..." or say the limit.
func readSource(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		if size = fi.Size(); size > maxSourceBytes {
			return nil, tooLarge(size)
		}
	}
	// The size may grow while the file is read: read one byte past the
	// limit to notice.
	src, err := readAll(io.LimitReader(f, maxSourceBytes+1), size)
	if err != nil {
		return nil, fmt.Errorf("reading: %w", err)
	}
	if len(src) > maxSourceBytes {
		return nil, tooLarge(int64(len(src)))
	}
	return src, nil
}

// readAll is io.ReadAll into a buffer of the size the file had when it
// was opened, and one byte more, so that a file that did not change is
// read with one read call and a second that finds its end, rather than
// with a call for every doubling of a small buffer.
func readAll(r io.Reader, size int64) ([]byte, error) {
	buf := make([]byte, 0, size+1)
	for {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // the file grew: let append pick a larger buffer
		}
	}
}

// tooLarge is the error for an article file of size bytes.
func tooLarge(size int64) error {
	return fmt.Errorf("%d bytes; an article file may hold at most %d MB", size, maxSourceBytes>>20)
}
