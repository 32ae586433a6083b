package build

import (
	"encoding/binary"
	"io/fs"
	"syscall"

	"broadsheet/internal/build/key"
)

// statOf returns a fingerprint of a file's identity and last change
// (device, inode, size, modification and change times), and when it last
// changed, in Unix nanoseconds; 0 when fi does not say. Any write to the
// file gives it a new change time, which no tool can set back, so a file
// with the fingerprint it had when it was read has the same bytes,
// unless it changed again within the same tick of the file system's
// clock: see racy.
func statOf(fi fs.FileInfo) (stamp uint64, changed int64) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	var b [48]byte
	binary.LittleEndian.PutUint64(b[0:], uint64(st.Dev))
	binary.LittleEndian.PutUint64(b[8:], st.Ino)
	binary.LittleEndian.PutUint64(b[16:], uint64(st.Size))
	binary.LittleEndian.PutUint64(b[24:], uint64(st.Mtim.Nano()))
	binary.LittleEndian.PutUint64(b[32:], uint64(st.Ctim.Nano()))
	binary.LittleEndian.PutUint64(b[40:], uint64(st.Mode))
	return key.Sum64(b[:]) | 1, max(st.Mtim.Nano(), st.Ctim.Nano())
}
