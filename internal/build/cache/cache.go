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
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
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
const magic = "broadsheet build cache 1\n"

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
	Path    string
	Hash    uint64        // of the file's bytes
	Doc     *document.Doc // its front matter, with no body; nil when the file is not published
	Lead    string        // the opening of its story, for teasers
	Words   int           // the words of its story
	BodyAt  int64         // where a Markdown body starts in the file, or -1
	BodySum uint64        // the hash of the bytes from BodyAt on
	Diags   diag.List     // what parsing it reported
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
	_, err = f.Write(encodeFile(s))
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

// The file is magic, the length of the body (8 bytes), its CRC-32C (4
// bytes), and the body.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func encodeFile(s *Snapshot) []byte {
	var e encoder
	e.snapshot(s)
	out := make([]byte, 0, len(magic)+12+len(e.buf))
	out = append(out, magic...)
	out = binary.LittleEndian.AppendUint64(out, uint64(len(e.buf)))
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(e.buf, castagnoli))
	return append(out, e.buf...)
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
	if len(data) < 12 {
		return nil, "truncated"
	}
	n, sum := binary.LittleEndian.Uint64(data), binary.LittleEndian.Uint32(data[8:])
	body := data[12:]
	switch {
	case uint64(len(body)) < n:
		return nil, "truncated"
	case uint64(len(body)) > n:
		return nil, "corrupt: bytes after its end"
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
