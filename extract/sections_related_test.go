package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropRelatedRuns: under a heading dropped as related, the linked
// items go with their short blurbs; the run ends at the first block that
// is neither, and a heading that is not related drops nothing.
func TestDropRelatedRuns(t *testing.T) {
	heading := func(r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindHeading, Reason: r, Features: boilerplate.Features{Words: 4}}
	}
	item := func(words, linkWords int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindListItem, Kept: true, Features: boilerplate.Features{Words: words, LinkWords: linkWords}}
	}
	para := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 30}}
	link, blurb, long := item(10, 10), item(12, 0), item(teaserMaxWords+1, 0)
	related := heading(boilerplate.ReasonRelated)
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   []bool // the blocks after the heading
	}{
		{"links and their blurbs", []boilerplate.Block{related, link, blurb, link, blurb, para}, []bool{false, false, false, false, true}},
		{"links alone", []boilerplate.Block{related, link, link, para}, []bool{false, false, true}},
		{"a long text after a link", []boilerplate.Block{related, link, long, link}, []bool{false, true, true}},
		{"a blurb first", []boilerplate.Block{related, blurb, link}, []bool{true, true}},
		{"two texts after a link", []boilerplate.Block{related, link, blurb, blurb, link}, []bool{false, false, true, true}},
		{"a heading that is not related", []boilerplate.Block{heading(boilerplate.ReasonNone), link, blurb}, []bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dropRelatedRuns(tt.blocks)
			for i, want := range tt.kept {
				if got := tt.blocks[i+1].Kept; got != want {
					t.Errorf("block %d kept %v, want %v", i+1, got, want)
				}
			}
		})
	}
}
