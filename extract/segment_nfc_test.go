package extract

import (
	"strings"
	"testing"
)

// mayNeedNFCSlow is mayNeedNFC a byte at a time, as the reference for
// its eight-byte words.
func mayNeedNFCSlow(text []byte) bool {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c < 0xCC:
			i++
		case c == 0xE2 && i+2 < len(text) && nfcPunct(text[i+1], text[i+2]):
			i += 3
		default:
			return true
		}
	}
	return false
}

// TestMayNeedNFCWords: the eight-byte words turn away exactly the bytes
// below 0xCC, wherever a byte near the threshold stands among ASCII and
// accented Latin letters.
func TestMayNeedNFCWords(t *testing.T) {
	fillers := []string{"abcdefghijklmnopqrst", "ééééééééééé", "a\u00a0b’c–dé€fghijklmn"}
	for _, f := range fillers {
		for c := 0x40; c < 0x100; c++ {
			for at := 0; at < 17; at++ {
				b := []byte(f)
				b[at%len(b)] = byte(c)
				if got, want := mayNeedNFC(b), mayNeedNFCSlow(b); got != want {
					t.Fatalf("mayNeedNFC(%q) = %v, byte at a time %v", b, got, want)
				}
			}
		}
	}
	if s := strings.Repeat("é", 8) + "\u0301"; !mayNeedNFC([]byte(s)) {
		t.Errorf("%q: mayNeedNFC is false", s)
	}
}
