// Package cache keeps what one build learned in a file, for the next
// build of the same site: the hash and the parse of every content file,
// and the key of every output file with what its page read and the stamp
// the file had when it was written.
//
// The file is checked before anything in it is used: a file of another
// format or another version of broadsheet, of another site folder or
// configuration, or whose bytes do not add up (a truncated or garbled
// file) is ignored as a whole, with the reason, never trusted in part. A
// new file is written beside the old one and renamed over it, so a build
// that is killed while it writes leaves the old file or the new one.
package cache

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"broadsheet/internal/diag"
	"broadsheet/internal/document"
)

// FileName is the name of the cache file in the cache folder.
const FileName = "build.cache"

// magic opens every cache file; the number at its end is the format,
// raised whenever what a file holds changes meaning.
const magic = "broadsheet build cache 2\n"

// Owner says whose build a cache holds. A cache is used only by a build
// with the same owner.
type Owner struct {
	Version string // the broadsheet program that wrote it (see cmd/broadsheet)
	Site    string // the site folder, as an absolute path
	Config  uint64 // a hash of site.toml and of the options that change every page
}

// Snapshot is what a build leaves for the next one.
type Snapshot struct {
	Owner
	// Since is when the build began to read the content files, in Unix
	// nanoseconds. A file whose stat fingerprint is as a Source records
	// it, and whose last change came well before Since, need not be read
	// again; one changed later may have changed again within the same
	// tick of a coarse file-system clock.
	Since   int64
	Sources []Source // the content files, in path order
	Outputs []Output // every output file, in the order the build planned them
	Folders []Folder // every folder of the output, "." for its root
}

// Folder is a folder of the output and its stamp, which changes when a
// file is added to it or removed: an output whose folders all have the
// stamps the cache holds has no file the build did not write.
type Folder struct {
	Name  string
	Stamp uint64
}

// Source is one content file as it was parsed.
type Source struct {
	Path   string
	Hash   uint64        // of the file's bytes
	Doc    *document.Doc // its front matter, with no body; nil when the file is not published
	Lead   string        // the opening of its story, for teasers
	Words  int           // the words of its story
	BodyAt int64         // where a Markdown body starts in the file, or -1
	Stat   uint64        // the file's stat fingerprint when it was read (see Snapshot.Since); 0 for none
	Diags  diag.List     // what parsing it reported
}

// Output is one output file.
type Output struct {
	Name  string
	Key   uint64   // a hash of everything the file was made from
	Stamp uint64   // the file as the output held it once written (see build.Keeper); 0 for none
	Wide  bool     // its page read a site-wide list
	Shown []string // the content files of other articles whose entries its page showed
}

// Ignored is the error of a cache file that is not used, and why.
type Ignored struct {
	File   string // the cache file
	Reason string // "written by another version of broadsheet", "truncated", ...
}

func (e *Ignored) Error() string { return e.File + ": " + e.Reason }

// Load reads the cache file of the folder dir for a build by owner. It
// returns nil and no error when there is no cache file yet, and an
// *Ignored error when there is one that must not be used. site is the
// site's time zone: a date kept in it is put back in it.
func Load(dir string, owner Owner, site *time.Location) (*Snapshot, error) {
	name := filepath.Join(dir, FileName)
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &Ignored{name, fmt.Sprintf("cannot be read: %v", unwrapPath(err))}
	}
	s, reason := decodeFile(data, site)
	if reason == "" {
		reason = owner.differs(s.Owner)
	}
	if reason != "" {
		return nil, &Ignored{name, reason}
	}
	return s, nil
}

// differs says how the cache's owner o differs from the build's w, or "".
func (w Owner) differs(o Owner) string {
	switch {
	case o.Version != w.Version:
		return "written by another version of broadsheet"
	case o.Site != w.Site:
		return "written for another site folder, " + o.Site
	case o.Config != w.Config:
		return "written for another configuration: site.toml or the build's options changed"
	}
	return ""
}

// unwrapPath drops the path an *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Save writes s as the cache file of the folder dir, which it creates if
// need be: into a temporary file first, renamed over the old one once
// complete.
func Save(dir string, s *Snapshot) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("build cache: %w", err)
	}
	f, err := os.CreateTemp(dir, FileName+".new-*")
	if err != nil {
		return fmt.Errorf("build cache: %w", err)
	}
	err = encodeFile(f, s)
	if err == nil {
		err = f.Chmod(0o644) // as the output's files: CreateTemp makes it private
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, FileName))
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("build cache: %w", err)
	}
	return nil
}

// The file is magic, the body, and a trailer: the length of the body (8
// bytes) and its CRC-32C (4 bytes). The body is written as it is encoded,
// through a small buffer, rather than built whole first: for a large
// site it runs to megabytes.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// trailer is the size of the trailer.
const trailer = 12

func encodeFile(w io.Writer, s *Snapshot) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	crc := crc32.New(castagnoli)
	e := encoder{w: io.MultiWriter(bw, crc), buf: make([]byte, 0, 32<<10)}
	bw.WriteString(magic)
	e.snapshot(s)
	e.flush()
	if e.err != nil {
		return e.err
	}
	var t [trailer]byte
	binary.LittleEndian.PutUint64(t[:], uint64(e.n))
	binary.LittleEndian.PutUint32(t[8:], crc.Sum32())
	bw.Write(t[:])
	return bw.Flush()
}

// decodeFile checks the frame of a cache file and decodes its body; the
// reason is "" when the file is whole.
func decodeFile(data []byte, site *time.Location) (*Snapshot, string) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		if bytes.HasPrefix(data, []byte("broadsheet build cache ")) {
			return nil, "written by another version of broadsheet"
		}
		return nil, "corrupt: not a build cache file"
	}
	data = data[len(magic):]
	if len(data) < trailer {
		return nil, "truncated"
	}
	body, t := data[:len(data)-trailer], data[len(data)-trailer:]
	n, sum := binary.LittleEndian.Uint64(t), binary.LittleEndian.Uint32(t[8:])
	switch {
	case uint64(len(body)) != n:
		return nil, "truncated or extended: it is not as long as it says"
	case crc32.Checksum(body, castagnoli) != sum:
		return nil, "corrupt: checksum mismatch"
	}
	d := decoder{buf: body, site: site}
	s := d.snapshot()
	if d.err != nil {
		return nil, "corrupt: " + d.err.Error()
	}
	return s, ""
}
