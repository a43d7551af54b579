package runeclass

import (
	"testing"
	"unicode"
)

// TestCaselessRanges checks what the fast paths of the rune classifiers
// take for granted of HangulSyllable and HanIdeograph: letters, without
// case, neither marks nor digits nor punctuation.
func TestCaselessRanges(t *testing.T) {
	for r := rune(0); r <= 0x10FFFF; r++ {
		if !HangulSyllable(r) && !HanIdeograph(r) {
			continue
		}
		if !unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || unicode.IsPunct(r) ||
			unicode.IsUpper(r) || unicode.ToLower(r) != r || GeneralPunct(r) {
			t.Fatalf("%U breaks the caseless-letter fast path", r)
		}
		if HanIdeograph(r) && !CJK(r) || HangulSyllable(r) && CJK(r) {
			t.Fatalf("%U: CJK disagrees with the fast path", r)
		}
	}
}

func TestTrimClosers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"", ""},
		{"He left.", "He left."},
		{`He said "no."`, `He said "no.`},
		{"(see below.) ", "(see below."},
		{"«Non.»", "«Non."},
		{"“Yes.”", "“Yes."},
		{"Done.**", "Done."},
		{"»”’“", ""},
		{"café", "café"},
	}
	for _, tt := range tests {
		if got := TrimClosers(tt.text); got != tt.want {
			t.Errorf("TrimClosers(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
