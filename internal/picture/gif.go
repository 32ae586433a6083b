package picture

// A GIF is a header, a logical screen descriptor with an optional global
// colour table, then blocks: extensions (0x21), images (0x2C), each with
// an optional local colour table and its data in sub-blocks, and a
// trailer (0x3B). An animation is more than one image.

// Animated reports whether src is a GIF of more than one frame. It walks
// the blocks without decoding them and stops at the second image, so it
// costs a read of the first frame's bytes at most. A GIF that does not
// parse counts as still.
func Animated(src []byte) bool {
	if sniff(src) != GIF || len(src) < 13 {
		return false
	}
	i := 13
	if src[10]&0x80 != 0 { // global colour table
		i += 3 << (src[10]&7 + 1)
	}
	frames := 0
	for i < len(src) {
		switch src[i] {
		case 0x21: // extension: label, then sub-blocks
			i = skipSubBlocks(src, i+2)
		case 0x2C: // image descriptor
			frames++
			if frames > 1 {
				return true
			}
			if i+10 > len(src) {
				return false
			}
			flags := src[i+9]
			i += 10
			if flags&0x80 != 0 { // local colour table
				i += 3 << (flags&7 + 1)
			}
			i = skipSubBlocks(src, i+1) // after the LZW code size
		default: // trailer, or bytes that are no block
			return false
		}
		if i < 0 {
			return false
		}
	}
	return false
}

// skipSubBlocks returns the index after the sub-blocks of src that start
// at i (each a length byte and that many bytes, up to a length of 0), or
// -1 when they run past the end.
func skipSubBlocks(src []byte, i int) int {
	for i < len(src) {
		n := int(src[i])
		i++
		if n == 0 {
			return i
		}
		i += n
	}
	return -1
}
