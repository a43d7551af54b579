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
