// Package key reduces what each output file of a build is made from to
// one number, its key: the configuration and the layouts, the page's
// place in the site model, the articles it shows and, as its last
// rendering recorded, what else its templates read. A later build makes
// again only the files whose key changed. Keys are XXH64 hashes, the same
// in every process, so a build cache can keep them.
package key

import (
	"encoding/binary"
	"math/bits"
)

// Sum64 is the hash of every key and of every file's bytes: XXH64 with
// seed 0. Keys outlive the process in the build cache, so the hash must
// be the same in every run, which rules out hash/maphash and its random
// seed; XXH64 is as fast, and its 64 bits make a collision between two
// versions of a file as unlikely as between random numbers.
func Sum64(b []byte) uint64 {
	n := len(b)
	var h uint64
	if n >= 32 {
		p1, p2 := prime1, prime2 // variables, so the sums wrap around
		v1 := p1 + p2
		v2 := p2
		v3 := uint64(0)
		v4 := -p1
		for ; len(b) >= 32; b = b[32:] {
			v1 = xxRound(v1, binary.LittleEndian.Uint64(b))
			v2 = xxRound(v2, binary.LittleEndian.Uint64(b[8:]))
			v3 = xxRound(v3, binary.LittleEndian.Uint64(b[16:]))
			v4 = xxRound(v4, binary.LittleEndian.Uint64(b[24:]))
		}
		h = bits.RotateLeft64(v1, 1) + bits.RotateLeft64(v2, 7) + bits.RotateLeft64(v3, 12) + bits.RotateLeft64(v4, 18)
		h = xxMerge(h, v1)
		h = xxMerge(h, v2)
		h = xxMerge(h, v3)
		h = xxMerge(h, v4)
	} else {
		h = prime5
	}
	return finish(h+uint64(n), b)
}

// finish mixes the last bytes of an input, fewer than 32, into h and
// returns the hash.
func finish(h uint64, b []byte) uint64 {
	for ; len(b) >= 8; b = b[8:] {
		h ^= xxRound(0, binary.LittleEndian.Uint64(b))
		h = bits.RotateLeft64(h, 27)*prime1 + prime4
	}
	if len(b) >= 4 {
		h ^= uint64(binary.LittleEndian.Uint32(b)) * prime1
		h = bits.RotateLeft64(h, 23)*prime2 + prime3
		b = b[4:]
	}
	for _, c := range b {
		h ^= uint64(c) * prime5
		h = bits.RotateLeft64(h, 11) * prime1
	}
	h ^= h >> 33
	h *= prime2
	h ^= h >> 29
	h *= prime3
	h ^= h >> 32
	return h
}

// The primes of XXH64.
const (
	prime1 uint64 = 11400714785074694791
	prime2 uint64 = 14029467366897019727
	prime3 uint64 = 1609587929392839161
	prime4 uint64 = 9650029242287828579
	prime5 uint64 = 2870177450012600261
)

func xxRound(acc, input uint64) uint64 {
	acc += input * prime2
	return bits.RotateLeft64(acc, 31) * prime1
}

func xxMerge(h, v uint64) uint64 {
	h ^= xxRound(0, v)
	return h*prime1 + prime4
}

// Hasher builds one key at a time by appending its fields to a scratch
// buffer, which is hashed once: far cheaper than feeding a hash field by
// field for the tens of thousands of keys of a large site. A key of more
// than flushAt bytes (the sitemap's, or a home page's of a site of a
// million articles) is hashed as it goes, so the buffer stays small; the
// key is the same. A zero Hasher hashes what it is given; one from
// Keyer.Hasher also makes the keys of the Keyer's pages.
type Hasher struct {
	k   *Keyer
	buf []byte
	d   digest // what was flushed from buf since the last Reset
}

// flushAt is the size past which a Hasher's buffer is hashed and emptied.
const flushAt = 64 << 10

// Reset empties the buffer, to start another key.
func (h *Hasher) Reset() { h.buf, h.d = h.buf[:0], digest{} }

// Sum returns the key of what was appended since the last Reset.
func (h *Hasher) Sum() uint64 {
	if h.d.total == 0 {
		return Sum64(h.buf)
	}
	d := h.d
	d.write(h.buf)
	return d.sum()
}

// flush hashes a full buffer and empties it.
func (h *Hasher) flush() {
	if len(h.buf) >= flushAt {
		h.d.write(h.buf)
		h.buf = h.buf[:0]
	}
}

// Bytes appends b as it is.
func (h *Hasher) Bytes(b []byte) {
	h.buf = append(h.buf, b...)
	h.flush()
}

// Str appends each string with its length, so ("ab","c") and ("a","bc")
// differ.
func (h *Hasher) Str(ss ...string) {
	for _, s := range ss {
		h.buf = binary.LittleEndian.AppendUint32(h.buf, uint32(len(s)))
		h.buf = append(h.buf, s...)
	}
	h.flush()
}

// U64 appends each number.
func (h *Hasher) U64(vs ...uint64) {
	for _, v := range vs {
		h.buf = binary.LittleEndian.AppendUint64(h.buf, v)
	}
	h.flush()
}

// Bools appends each flag as a byte.
func (h *Hasher) Bools(bs ...bool) {
	for _, v := range bs {
		if v {
			h.buf = append(h.buf, 1)
		} else {
			h.buf = append(h.buf, 0)
		}
	}
}
