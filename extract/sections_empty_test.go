package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A documentation page's heading goes with a section that recognised
// boilerplate emptied, not with one that density emptied or one that
// holds only subsections.
func TestDropEmptySections(t *testing.T) {
	h := func(text string) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindHeading, Text: text, Kept: true}
	}
	p := func(text string, r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text, Kept: r == boilerplate.ReasonNone, Reason: r}
	}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   []bool // Kept of each block after
	}{
		{"feedback widget at the end", []boilerplate.Block{
			h("Usage"), p("Run the tool.", ""), h("Feedback"), p("Was this page helpful?", boilerplate.ReasonInterface), p("Yes", boilerplate.ReasonInterface),
		}, []bool{true, true, false, false, false}},
		{"widget before the next section", []boilerplate.Block{
			h("Feedback"), p("Was this page helpful?", boilerplate.ReasonInterface), h("Usage"), p("Run the tool.", ""),
		}, []bool{false, false, true, true}},
		{"links under a heading", []boilerplate.Block{
			h("Tuning"), p("Tuning your server", boilerplate.ReasonLinkList), h("Hardware"), p("Choosing disks", boilerplate.ReasonLinkList),
		}, []bool{true, false, true, false}},
		{"chapter over its sections", []boilerplate.Block{
			h("Reference"), h("Options"), p("Every option is optional.", ""),
		}, []bool{true, true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dropEmptySections(tt.blocks)
			for i, b := range tt.blocks {
				if b.Kept != tt.want[i] || b.Kept == (b.Reason != boilerplate.ReasonNone) {
					t.Errorf("block %d %q: kept %v reason %q, want kept %v", i, b.Text, b.Kept, b.Reason, tt.want[i])
				}
			}
		})
	}
}
