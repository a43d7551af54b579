package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropCodeButtons: the label of a button in a code block's frame goes;
// a caption or an output line after the code, a label in another
// container and a line after prose stay.
func TestDropCodeButtons(t *testing.T) {
	tests := []struct {
		name      string
		prev      boilerplate.Kind
		line      string
		container int
		want      bool // kept
	}{
		{"copy button", boilerplate.KindCode, "Copy", 1, false},
		{"copy code", boilerplate.KindCode, "Copy code", 1, false},
		{"output", boilerplate.KindCode, "Output:", 1, true},
		{"a number", boilerplate.KindCode, "Returns 42", 1, true},
		{"a sentence", boilerplate.KindCode, "This prints the list of tasks.", 1, true},
		{"another container", boilerplate.KindCode, "Copy", 2, true},
		{"after prose", boilerplate.KindParagraph, "Copy", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prev := boilerplate.Block{Kind: tt.prev, Text: "go install example.org/tarn@latest", Kept: true}
			prev.Features.ContainerID = 1
			b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.line, Kept: true}
			b.Features.Words, b.Features.ContainerID = len(strings.Fields(tt.line)), tt.container
			for _, r := range tt.line {
				if r >= '0' && r <= '9' {
					b.Features.Digits++
				}
			}
			blocks := []boilerplate.Block{prev, b}
			dropCodeButtons(blocks)
			if blocks[1].Kept != tt.want {
				t.Errorf("kept %v, want %v", blocks[1].Kept, tt.want)
			}
		})
	}
}
