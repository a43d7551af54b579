package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepTypedFields: a field's line with its linked type, over its
// description, is taken back; a menu's links, a line with no colon, a
// field in the sidebar and one with no description after it stay dropped.
func TestKeepTypedFields(t *testing.T) {
	desc := "The delay before the first retry."
	tests := []struct {
		name      string
		line      string
		linkWords int
		hints     boilerplate.Hint
		next      string
		wantKept  bool
	}{
		{"field", "base: Duration", 1, 0, desc, true},
		{"menu link", "Duration", 1, 0, desc, false},
		{"linked whole", "base: Duration", 2, 0, desc, false},
		{"no colon", "base Duration", 1, 0, desc, false},
		{"in the sidebar", "base: Duration", 1, boilerplate.HintAside, desc, false},
		{"no description", "base: Duration", 1, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.line, Reason: boilerplate.ReasonLinkList}
			line.Features.Words, line.Features.LinkWords, line.Features.Hints = len(strings.Fields(tt.line)), tt.linkWords, tt.hints
			blocks := []boilerplate.Block{line}
			if tt.next != "" {
				next := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: tt.next, Kept: true}
				next.Features.Words, next.Features.Sentences = len(strings.Fields(tt.next)), 1
				blocks = append(blocks, next)
			}
			keepTypedFields(blocks)
			if blocks[0].Kept != tt.wantKept {
				t.Errorf("kept %v, want %v", blocks[0].Kept, tt.wantKept)
			}
		})
	}
}
