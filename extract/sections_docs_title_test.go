package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropAboveDocTitle: what is kept above a documentation page's title
// goes when an article follows the title, and stays when the page has
// no title or little text after it.
func TestDropAboveDocTitle(t *testing.T) {
	block := func(text string, kept bool, r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Kept: kept, Reason: r,
			Features: boilerplate.Features{Words: len(strings.Fields(text))}}
	}
	notice := block("The wiki moves to a new server on Saturday; editing is locked for two hours.", true, boilerplate.ReasonNone)
	title := block("Swap file", false, boilerplate.ReasonTitle)
	long := block(strings.Repeat("A swap file gives the kernel room to move memory pages out of RAM. ", 8), true, boilerplate.ReasonNone)
	short := block("A swap file gives the kernel room.", true, boilerplate.ReasonNone)
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   []bool
	}{
		{"notice above the title", []boilerplate.Block{notice, title, long}, []bool{false, false, true}},
		{"little text after the title", []boilerplate.Block{notice, title, short}, []bool{true, false, true}},
		{"no title", []boilerplate.Block{notice, long}, []bool{true, true}},
	}
	for _, tt := range tests {
		dropAboveDocTitle(tt.blocks)
		for i, b := range tt.blocks {
			if b.Kept != tt.want[i] {
				t.Errorf("%s: block %d kept %v (reason %q), want %v", tt.name, i, b.Kept, b.Reason, tt.want[i])
			}
		}
	}
}
