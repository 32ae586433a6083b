package build

import (
	"crypto/sha256"
	"encoding/binary"
)

// sum64 is the hash of every key and of every file's bytes: the first
// eight bytes of their SHA-256. Keys outlive the process in the build
// cache, so the hash must be the same in every run, which rules out
// hash/maphash and its random seed; SHA-256 runs on the CPU's own
// instructions where it has them, and no edit finds a collision.
func sum64(data []byte) uint64 {
	s := sha256.Sum256(data)
	return binary.LittleEndian.Uint64(s[:8])
}
