package charset

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// decodeCharmap decodes b from the single-byte encoding cm into what cm's
// own decoder gives, with one allocation of the output's size: the
// decoder's transformer grows its buffer and copies as it goes, a byte at
// a time. A legacy page is mostly ASCII markup, which every charmap a page
// declares maps to itself: runs of it are copied eight bytes at a time.
func decodeCharmap(cm *charmap.Charmap, b []byte) []byte {
	const highs = 0x8080808080808080
	var enc [256][utf8.UTFMax]byte
	var size [256]uint8
	asciiSame := true // every byte below 0x80 decodes to itself
	for c := range 256 {
		r := cm.DecodeByte(byte(c))
		size[c] = uint8(utf8.EncodeRune(enc[c][:], r))
		if c < utf8.RuneSelf && (size[c] != 1 || enc[c][0] != byte(c)) {
			asciiSame = false
		}
	}
	if !asciiSame {
		out := make([]byte, 0, utf8.UTFMax*len(b))
		for _, c := range b {
			out = append(out, enc[c][:size[c]]...)
		}
		return out
	}
	// A byte from 0x80 up decodes to three bytes at most.
	high, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		high += bits.OnesCount64(binary.LittleEndian.Uint64(b[i:]) & highs)
	}
	for _, c := range b[i:] {
		if c >= utf8.RuneSelf {
			high++
		}
	}
	out := make([]byte, 0, len(b)+2*high)
	for i := 0; i < len(b); {
		j := i
		for j+8 <= len(b) && binary.LittleEndian.Uint64(b[j:])&highs == 0 {
			j += 8
		}
		for j < len(b) && b[j] < utf8.RuneSelf {
			j++
		}
		out = append(out, b[i:j]...)
		if j == len(b) {
			break
		}
		c := b[j]
		out = append(out, enc[c][:size[c]]...)
		i = j + 1
	}
	return out
}
