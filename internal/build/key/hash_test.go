package key

import (
	"encoding/binary"
	"strings"
	"testing"
)

// TestSum64 checks Sum64 against the reference values of XXH64: a key
// kept in a build cache must mean the same to every build.
func TestSum64(t *testing.T) {
	for _, c := range []struct {
		in   string
		want uint64
	}{
		{"", 0xef46db3751d8e999},
		{"a", 0xd24ec4f1a98c6e5b},
		{"abc", 0x44bc2cf5ad770999},
		{"asdf", 0x415872f599cea71e},
		{"Call me Ishmael.", 0x6d04390fc9d61a90},
		{"Nobody inspects the spammish repetition", 0xfbcea83c8a378bf1},
	} {
		if got := Sum64([]byte(c.in)); got != c.want {
			t.Errorf("Sum64(%q) = %#x, want %#x", c.in, got, c.want)
		}
	}
}

func BenchmarkSum64(b *testing.B) {
	data := make([]byte, 4096)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Sum64(data)
	}
}

// TestDigestPieces feeds inputs of every length up to a few blocks to a
// digest cut at every point: the sum is Sum64 of the whole.
func TestDigestPieces(t *testing.T) {
	data := make([]byte, 100)
	for i := range data {
		data[i] = byte(i*7 + 3)
	}
	for n := range len(data) + 1 {
		want := Sum64(data[:n])
		for cut := range n + 1 {
			var d digest
			d.write(data[:cut])
			d.write(data[cut:n])
			if got := d.sum(); got != want {
				t.Fatalf("len %d cut at %d: %x, want %x", n, cut, got, want)
			}
		}
	}
}

// TestHasherLong appends more than a buffer's worth to a Hasher: its
// key is Sum64 of everything appended, and Sum does not disturb it.
func TestHasherLong(t *testing.T) {
	var h Hasher
	var all []byte
	for i := range 30000 {
		s := strings.Repeat("x", i%13)
		h.Str(s)
		h.U64(uint64(i))
		all = binary.LittleEndian.AppendUint32(all, uint32(len(s)))
		all = append(all, s...)
		all = binary.LittleEndian.AppendUint64(all, uint64(i))
		if i%9999 == 0 && h.Sum() != Sum64(all) {
			t.Fatalf("after %d fields: key differs from Sum64 of their bytes", i)
		}
	}
	if len(all) < 2*flushAt {
		t.Fatalf("only %d bytes appended; the test needs more than %d", len(all), 2*flushAt)
	}
	if h.Sum() != Sum64(all) {
		t.Error("a long key differs from Sum64 of its bytes")
	}
	if len(h.buf) >= flushAt {
		t.Errorf("the buffer holds %d bytes", len(h.buf))
	}
	h.Reset()
	h.Str("a")
	var short Hasher
	short.Str("a")
	if h.Sum() != short.Sum() {
		t.Error("Reset left part of the long key behind")
	}
}
