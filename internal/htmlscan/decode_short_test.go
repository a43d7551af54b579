package htmlscan

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// needsDecode finds the same byte in a short b, read a byte at a time, as
// in a long one, read with bytes.IndexByte, in every mode.
func TestNeedsDecodeShort(t *testing.T) {
	alphabet := []byte("ab \r&\x00\x80;")
	rng := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		b := make([]byte, rng.IntN(maxShortDecode+1))
		for i := range b {
			if rng.IntN(6) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = 'a'
			}
		}
		mode := decodeMode(rng.IntN(8))
		// the same bytes padded past maxShortDecode take the long path
		long := append(bytes.Clone(b), bytes.Repeat([]byte{'a'}, maxShortDecode)...)
		want := needsDecode(long, mode)
		if want >= len(b) {
			want = -1
		}
		if got := needsDecode(b, mode); got != want {
			t.Fatalf("needsDecode(%q, %d) = %d, want %d", b, mode, got, want)
		}
	}
}
