package key

import (
	"encoding/binary"
	"math/bits"
)

// digest is XXH64 with seed 0 fed in pieces: after any writes, sum is
// Sum64 of their bytes one after another.
type digest struct {
	v1, v2, v3, v4 uint64
	total          uint64
	mem            [32]byte
	n              int // bytes in mem
}

// write feeds b to d.
func (d *digest) write(b []byte) {
	if d.total == 0 && d.n == 0 {
		p1, p2 := prime1, prime2 // variables, so the sums wrap around
		d.v1, d.v2, d.v3, d.v4 = p1+p2, p2, 0, -p1
	}
	d.total += uint64(len(b))
	if d.n+len(b) < 32 {
		d.n += copy(d.mem[d.n:], b)
		return
	}
	if d.n > 0 {
		c := copy(d.mem[d.n:], b)
		d.rounds(d.mem[:])
		b, d.n = b[c:], 0
	}
	for ; len(b) >= 32; b = b[32:] {
		d.rounds(b)
	}
	d.n = copy(d.mem[:], b)
}

// rounds mixes the first 32 bytes of b into the four lanes.
func (d *digest) rounds(b []byte) {
	d.v1 = xxRound(d.v1, binary.LittleEndian.Uint64(b))
	d.v2 = xxRound(d.v2, binary.LittleEndian.Uint64(b[8:]))
	d.v3 = xxRound(d.v3, binary.LittleEndian.Uint64(b[16:]))
	d.v4 = xxRound(d.v4, binary.LittleEndian.Uint64(b[24:]))
}

// sum returns the hash of every byte written.
func (d *digest) sum() uint64 {
	h := prime5
	if d.total >= 32 {
		h = bits.RotateLeft64(d.v1, 1) + bits.RotateLeft64(d.v2, 7) + bits.RotateLeft64(d.v3, 12) + bits.RotateLeft64(d.v4, 18)
		h = xxMerge(h, d.v1)
		h = xxMerge(h, d.v2)
		h = xxMerge(h, d.v3)
		h = xxMerge(h, d.v4)
	}
	return finish(h+d.total, d.mem[:d.n])
}
