package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepReferenceLinkLists: on a documentation page, the bare links of a
// list with kept items, and a section that is a list of links, are taken
// back; a list outside the body, a list with no kept item under a dropped
// heading, and a list followed by prose stay dropped.
func TestKeepReferenceLinkLists(t *testing.T) {
	// Block shapes: "H" a kept heading, "h" a dropped one, "P" kept
	// prose, "k" a kept item, "l" a dropped link item, "n" a dropped
	// link item outside the body, "C" a kept paragraph ending with a colon,
	// "m" a dropped link item of a nested list; items of one list share a
	// container.
	tests := []struct {
		name, shape, want string
	}{
		{"bare links in a list with kept items", "Hklkl", "HkKkK"},
		{"a section that is a list of links", "HllH", "HKKH"},
		{"the last section", "Hll", "HKK"},
		{"last before the page's chrome", "Hlln", "HKKn"},
		{"under a dropped heading", "hllH", "hllH"},
		{"prose after the list", "HllP", "HllP"},
		{"outside the body", "Hnn", "Hnn"},
		{"first on the page", "llH", "llH"},
		{"announced by a colon", "PCllP", "PCKKP"},
		{"after prose without a colon", "PllH", "PllH"},
		{"nested between kept items", "HkmmkP", "HkKKkP"},
		{"nested after the list's last kept item", "HkmmP", "HkmmP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.shape))
			body := make([]bool, len(tt.shape))
			for i, c := range tt.shape {
				b := &blocks[i]
				b.Features.ContainerID = i
				body[i] = c != 'n'
				switch c {
				case 'H', 'h':
					b.Kind, b.Tag, b.Kept = boilerplate.KindHeading, "h2", c == 'H'
				case 'P':
					b.Kind, b.Tag, b.Kept = boilerplate.KindParagraph, "p", true
					b.Text, b.Features.Words = "A sentence of prose.", 4
				case 'C':
					b.Kind, b.Tag, b.Kept = boilerplate.KindParagraph, "p", true
					b.Text, b.Features.Words = "Here are some examples:", 4
				case 'm':
					b.Kind, b.Tag, b.Features.ContainerID = boilerplate.KindListItem, "li", 200
				case 'k', 'l', 'n':
					b.Kind, b.Tag, b.Kept, b.Features.ContainerID = boilerplate.KindListItem, "li", c == 'k', 100
				}
				if !b.Kept {
					b.Reason = boilerplate.ReasonLinkList
					if b.Kind == boilerplate.KindHeading {
						b.Reason = boilerplate.ReasonRelated
					}
				}
			}
			keepReferenceLinkLists(blocks, body)
			got := []byte(tt.shape)
			for i := range blocks {
				if (tt.shape[i] == 'l' || tt.shape[i] == 'm') && blocks[i].Kept {
					got[i] = 'K'
				}
			}
			if string(got) != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
