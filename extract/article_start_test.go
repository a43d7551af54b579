package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A kept sentence before the first paragraph of prose opens the body; a
// label, a linked line and a line outside the container do not.
func TestBodyStart(t *testing.T) {
	p := boilerplate.KindParagraph
	prose := bodyBlock(p, 0, "That's all for this week. Reply and tell me what you have been reading lately.", 0, "")
	tests := []struct {
		name   string
		open   boilerplate.Block
		inMain bool
		want   int
	}{
		{"a sentence", bodyBlock(p, 0, "A quieter week. Five things worth your time:", 0, ""), true, 0},
		{"a label", bodyBlock(p, 0, "Weekly links", 0, ""), true, 1},
		{"a linked line", bodyBlock(p, 0, "Read the last issue of the letter here.", 3, ""), true, 1},
		{"outside the container", bodyBlock(p, 0, "A quieter week. Five things worth your time:", 0, ""), false, 1},
		{"dropped", bodyBlock(p, 0, "A quieter week. Five things worth your time:", 0, boilerplate.ReasonTooShort), true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []boilerplate.Block{tt.open, prose}
			if first, _ := bodySpan(blocks, []bool{tt.inMain, true}); first != tt.want {
				t.Errorf("body starts at %d, want %d", first, tt.want)
			}
		})
	}
}
