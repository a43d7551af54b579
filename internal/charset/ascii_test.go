package charset

import (
	"bytes"
	"testing"
)

// hasNonASCII finds a high byte at every position of every length, in the
// words it reads 32 bytes at a time and in the bytes after them.
func TestHasNonASCII(t *testing.T) {
	for n := range 80 {
		b := bytes.Repeat([]byte{'a'}, n)
		if hasNonASCII(b) {
			t.Errorf("%d ASCII bytes: non-ASCII found", n)
		}
		for i := range n {
			b[i] = 0x80
			if !hasNonASCII(b) {
				t.Errorf("%d bytes, 0x80 at %d: not found", n, i)
			}
			b[i] = 0x7F
		}
	}
}
