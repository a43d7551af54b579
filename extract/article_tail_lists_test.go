package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropTailLinkList: the kept items of a list that closes an article go
// when most of its items went as links; a list the article goes on after, a
// list in which most items were kept, or a short one stays as it was
// judged.
func TestDropTailLinkList(t *testing.T) {
	body := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 200, ContainerID: 3}}
	item := func(kept bool, box int) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindListItem, Kept: kept, Features: boilerplate.Features{Words: 9, ContainerID: box}}
		if !kept {
			b.Reason = boilerplate.ReasonLinkList
		}
		return b
	}
	label := boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: boilerplate.ReasonInterface, Features: boilerplate.Features{Words: 3}}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool // the kept items are dropped
	}{
		{"headlines after the article", []boilerplate.Block{body, label, item(false, 7), item(true, 7), item(true, 7), item(false, 7), item(false, 7)}, true},
		{"most items kept", []boilerplate.Block{body, label, item(true, 7), item(true, 7), item(false, 7), item(true, 7)}, false},
		{"a short list", []boilerplate.Block{body, label, item(false, 7), item(true, 7), item(false, 7)}, false},
		{"the article goes on", []boilerplate.Block{body, item(false, 7), item(true, 7), item(false, 7), item(false, 7), body}, false},
		{"items of other containers", []boilerplate.Block{body, item(false, 7), item(true, 8), item(false, 9), item(false, 10)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]boilerplate.Block(nil), tt.blocks...)
			dropTailLinkList(blocks)
			dropped := false
			for i, b := range blocks {
				if tt.blocks[i].Kept && !b.Kept {
					dropped = true
				}
			}
			if dropped != tt.want {
				t.Errorf("kept items dropped %v, want %v", dropped, tt.want)
			}
		})
	}
}
