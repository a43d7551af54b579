package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// The sections after the body's last paragraph, headings of the body's
// element over lists of short tasks (a checklist after its intro), are in
// the body: their items that density dropped are taken back. A list that
// follows a block of another element (a box after the article) is not,
// nor one after a heading that a recogniser dropped.
func TestSectionsAfterBody(t *testing.T) {
	const body, box = 7, 9
	para := func(words int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true,
			Features: boilerplate.Features{Words: words, ContainerID: body}}
	}
	heading := func(elem int, r boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindHeading, Kept: r == boilerplate.ReasonNone, Reason: r,
			Features: boilerplate.Features{Words: 3, ContainerID: elem}}
	}
	item := func(list, words, links int, kept bool) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindListItem, Kept: kept,
			Features: boilerplate.Features{Words: words, LinkWords: links, ContainerID: list}}
		if !kept {
			b.Reason = boilerplate.ReasonLinkList
		}
		return b
	}
	tests := []struct {
		name    string
		blocks  []boilerplate.Block
		want    []int // indexes that must be kept after keepBodyLists
		dropped []int // indexes that must stay dropped
	}{
		{"checklist after the intro",
			[]boilerplate.Block{para(30), para(35), heading(body, boilerplate.ReasonTooShort),
				item(20, 3, 2, false), item(20, 4, 1, true), item(20, 3, 0, true),
				heading(body, boilerplate.ReasonNone), item(21, 2, 1, false), item(21, 3, 0, true), item(21, 3, 0, true)},
			[]int{3, 7}, nil},
		{"a box after the article",
			[]boilerplate.Block{para(30), para(35), heading(box, boilerplate.ReasonTooShort),
				item(20, 3, 2, false), item(20, 4, 1, true), item(20, 3, 0, true)},
			nil, []int{3}},
		{"a recognised heading",
			[]boilerplate.Block{para(30), para(35), heading(body, boilerplate.ReasonRelated),
				item(20, 3, 2, false), item(20, 4, 1, true), item(20, 3, 0, true)},
			nil, []int{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mask := make([]bool, len(tt.blocks))
			for i := range mask {
				mask[i] = true
			}
			keepBodyLists(tt.blocks, mask)
			for _, i := range tt.want {
				if !tt.blocks[i].Kept {
					t.Errorf("block %d dropped (%s), want kept", i, tt.blocks[i].Reason)
				}
			}
			for _, i := range tt.dropped {
				if tt.blocks[i].Kept {
					t.Errorf("block %d kept, want dropped", i)
				}
			}
		})
	}
}
