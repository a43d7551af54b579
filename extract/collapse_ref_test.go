package extract

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// appendCollapsedRef is appendCollapsed written byte by byte, as the
// reference the faster one is held to.
func appendCollapsedRef(dst, t []byte) []byte {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c == 0xC2 && i+1 < len(t) && t[i+1] == 0xAD {
			i++
			continue
		}
		if c == 0 {
			continue
		}
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' {
			if len(dst) > 0 {
				if last := dst[len(dst)-1]; last != ' ' && last != '\n' {
					dst = append(dst, ' ')
				}
			}
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

func TestAppendCollapsedMatchesReference(t *testing.T) {
	alphabet := []byte{'a', 'b', ' ', '\n', '\t', '\r', '\f', 0, 0xC2, 0xAD, 0xC3, 0xA9, '-', '!', 0x01, 0x0B, 0x1F, 0x7F, 0x80, 0xFF}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		t1 := make([]byte, rng.IntN(48))
		sparse := rng.IntN(2) == 0 // mostly letters: runs of eight without a stop
		for i := range t1 {
			t1[i] = alphabet[rng.IntN(len(alphabet))]
			if sparse && rng.IntN(10) != 0 {
				t1[i] = 'a' + byte(rng.IntN(3))
			}
		}
		prefix := [][]byte{nil, []byte("x"), []byte("x "), []byte("x\n")}[rng.IntN(4)]
		got := appendCollapsed(bytes.Clone(prefix), t1)
		want := appendCollapsedRef(bytes.Clone(prefix), t1)
		if !bytes.Equal(got, want) {
			t.Fatalf("appendCollapsed(%q, %q) = %q, want %q", prefix, t1, got, want)
		}
	}
}
