package lang

import (
	"testing"
	"unicode"
)

// TestScriptOfFastRanges checks the ranges that scriptOfSlow and toLower
// answer without a search against the search and the Unicode tables.
func TestScriptOfFastRanges(t *testing.T) {
	for r := rune(0x100); r <= 0x10FFFF; r++ {
		if got, want := scriptOfSlow(r), searchScript(r); got != want {
			t.Fatalf("scriptOfSlow(%U) = %v, the search says %v", r, got, want)
		}
	}
	for r := rune(0); r <= 0x10FFFF; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, unicode.ToLower %U", r, got, want)
		}
	}
}

// TestLowScripts checks the table of the code points below 0x1000 against
// scriptOfSlow and unicode.IsMark, code point by code point.
func TestLowScripts(t *testing.T) {
	for r := range rune(len(lowScripts)) {
		want := uint8(scriptOfSlow(r))
		if unicode.IsMark(r) {
			want |= markBit
		}
		if lowScripts[r] != want {
			t.Errorf("U+%04X: %#x, want %#x", r, lowScripts[r], want)
		}
	}
}
