package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestTeasersWithMetaLines: a teaser's byline and date may stand between
// its linked title and its blurb; the run still goes. A longer line, a
// linked one, a kept one or more such lines than teaserMetaLines between
// them keep the blurbs, and so does a linked name (a post's author) over
// such lines.
func TestTeasersWithMetaLines(t *testing.T) {
	body := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 120}}
	title := boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: boilerplate.ReasonLinkList, Features: boilerplate.Features{Words: 6, LinkWords: 6}}
	meta := func(words, linkWords int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: boilerplate.ReasonTooShort, Features: boilerplate.Features{Words: words, LinkWords: linkWords}}
	}
	author, date := meta(1, 0), meta(3, 0)
	blurb := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 24, Sentences: 1}}
	keptDate := date
	keptDate.Keep()
	run := func(between ...boilerplate.Block) []boilerplate.Block {
		blocks := []boilerplate.Block{body}
		for range 3 {
			blocks = append(blocks, title)
			blocks = append(blocks, between...)
			blocks = append(blocks, blurb)
		}
		return blocks
	}
	// A post's author, a linked name, over its vote and reputation counts.
	linkedName := func(between ...boilerplate.Block) []boilerplate.Block {
		blocks := run(between...)
		for i := range blocks {
			if blocks[i].Reason == boilerplate.ReasonLinkList {
				blocks[i].Features.Words, blocks[i].Features.LinkWords = 2, 2
			}
		}
		return blocks
	}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   int // blurbs dropped
	}{
		{"author and date", run(author, date), 3},
		{"date alone", run(date), 3},
		{"a line of six words", run(meta(6, 0)), 0},
		{"a linked line", run(meta(2, 1)), 0},
		{"three lines", run(author, date, date), 0},
		{"a kept date", run(keptDate), 0},
		{"a linked name over counters", linkedName(meta(1, 0), meta(1, 0)), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dropTrailingTeasers(tt.blocks)
			got := 0
			for _, b := range tt.blocks {
				if b.Kind == boilerplate.KindParagraph && b.Features.Words == blurb.Features.Words && b.Reason == boilerplate.ReasonRelated {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("dropped %d blurbs, want %d", got, tt.want)
			}
			if !tt.blocks[0].Kept {
				t.Error("the article's body was dropped")
			}
		})
	}
}
