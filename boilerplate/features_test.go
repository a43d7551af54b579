package boilerplate

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestCountText(t *testing.T) {
	tests := []struct {
		text                                   string
		chars, words, sentences, upper, digits int
	}{
		{"", 0, 0, 0, 0, 0},
		{"Hello world.", 12, 2, 1, 1, 0},
		{"It costs 3.5 dollars. Don't pay! Really?", 40, 8, 3, 3, 2},
		{"Привет, мир. Как дела?", 22, 4, 2, 2, 0},
		{"state-of-the-art design", 23, 2, 0, 0, 0},
		{"東京は晴れです。", 8, 4, 1, 0, 0},
		{"He said: \"Stop.\" Then left", 26, 5, 1, 3, 0},
	}
	for _, tt := range tests {
		var f Features
		CountText(tt.text, &f)
		if f.Chars != tt.chars || f.Words != tt.words || f.Sentences != tt.sentences || f.Uppercase != tt.upper || f.Digits != tt.digits {
			t.Errorf("CountText(%q) = chars %d words %d sentences %d upper %d digits %d; want %d %d %d %d %d",
				tt.text, f.Chars, f.Words, f.Sentences, f.Uppercase, f.Digits, tt.chars, tt.words, tt.sentences, tt.upper, tt.digits)
		}
	}
}

func BenchmarkCountText(b *testing.B) {
	text := "NATO Secretary General Jens Stoltenberg claimed that there were no signs of 'de-escalation on the ground' amid tensions at the Russia-Ukraine border, during a press briefing in Brussels on Tuesday."
	b.SetBytes(int64(len(text)))
	var f Features
	for b.Loop() {
		CountText(text, &f)
	}
}

func TestBlockJSON(t *testing.T) {
	b := Block{Kind: KindHeading, Text: "Hi", Reason: ReasonNavigation}
	b.Features.Hints = HintNav | HintFooter
	out, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"kind":"heading"`, `"reason":"navigation"`, `"hints":["nav","footer"]`, `"kept":false`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("JSON %s lacks %s", out, want)
		}
	}
}

// TestSmallRuneClasses checks that the table filled from the Unicode
// ranges holds what wideRuneClass says of each rune.
func TestSmallRuneClasses(t *testing.T) {
	for r := range rune(len(smallRuneClasses)) {
		if got, want := smallRuneClasses[r], wideRuneClass(r); got != want {
			t.Errorf("U+%04X: class %#x, want %#x", r, got, want)
		}
	}
}
