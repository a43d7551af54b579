package extract

import "testing"

// TestBylineLine checks which lines of an article's header read as
// bylines: an author's label that opens them, one after a source or a
// date, a name and its job title in a script without spaces; not a word
// that opens with a label's letters.
func TestBylineLine(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"By Jane Doe", true},
		{"March 3, 2021 by Jane Doe", true},
		{"2019-03-05 10:00\u3000来源：港口日报\u3000作者：张伟", true},
		{"Source: Harbour Wire | By Jane Doe", true},
		{"Source: Harbour Wire | Photo: John Roe", false},
		{"山田太郎記者", true},
		{"山田太郎 記者 2019年3月5日 10時00分", true},
		{"张伟 特派员", true},
		{"記者：山田太郎", true},
		{"記者会見で首相が発言", false},
		{"文化庁の発表", false},
		{"文/张伟", true},
		{"The council met on Tuesday", false},
	}
	for _, tt := range tests {
		if got := isBylineLine(tt.text); got != tt.want {
			t.Errorf("isBylineLine(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
