package boilerplate

import (
	"strings"
	"testing"
)

// TestRecognizeBlockCells: an unlinked table cell of a few words that
// opens with a share verb describes a row; the same words as a link, a
// short cell or a paragraph are still a share button.
func TestRecognizeBlockCells(t *testing.T) {
	tests := []struct {
		name      string
		kind      Kind
		text      string
		linkWords int
		want      Reason
	}{
		{"row description", KindTableCell, "Print the commands without running them", 0, ReasonNone},
		{"linked cell", KindTableCell, "Print the commands without running them", 6, ReasonSocial},
		{"short cell", KindTableCell, "Print this", 0, ReasonSocial},
		{"paragraph", KindParagraph, "Print the commands without running them", 0, ReasonSocial},
	}
	for _, tt := range tests {
		b := Block{Kind: tt.kind, Text: tt.text, Features: Features{Words: len(strings.Fields(tt.text)), LinkWords: tt.linkWords}}
		if got := RecognizeBlock(&b); got != tt.want {
			t.Errorf("%s: RecognizeBlock(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}
