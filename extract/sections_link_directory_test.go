package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropLinkDirectories: on a documentation page, three or more sections
// in a row that are each a heading over a list of links alone are a
// directory (a topics menu) and go, headings, kept links and all, when
// the page's other text outweighs them; two such sections, sections with
// prose between them or items with words of their own are a reference's
// readings and are taken back as keepReferenceLinkLists takes them back
// (not the one over prose), and a page that is mostly its directory (an
// index) keeps it.
func TestDropLinkDirectories(t *testing.T) {
	// Block shapes: "H" a kept heading (3 words), "l" a dropped item that
	// is a link alone and "L" a kept one (2 words), "k" a kept item with
	// words of its own, "P" kept prose (40 words). Items after one
	// heading share a container. Result: a kept block in upper case, a
	// dropped one in lower case.
	tests := []struct {
		name, shape, want string
	}{
		{"a topics menu before the prose", "HlHllHlPP", "hlhllhlPP"},
		{"kept links of the menu go too", "HLHLLHLPP", "hlhllhlPP"},
		{"after the prose", "PPHlHlHl", "PPhlhlhl"},
		{"two sections are readings", "HlHlPP", "HLHlPP"},
		{"prose between the sections", "HlPHlHlPP", "HlPHLHlPP"},
		{"items with words of their own", "HlHkHlPP", "HLHKHlPP"},
		{"an index is mostly its directory", "PHlHlHl", "PHLHLHL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.shape))
			body := make([]bool, len(tt.shape))
			list := 0
			for i, c := range tt.shape {
				b := &blocks[i]
				f := &b.Features
				f.ContainerID = i
				body[i] = true
				switch c {
				case 'H':
					b.Kind, b.Tag, b.Kept, f.Words = boilerplate.KindHeading, "h3", true, 3
					list = 100 + i
				case 'P':
					b.Kind, b.Tag, b.Kept, f.Words, f.Sentences = boilerplate.KindParagraph, "p", true, 40, 3
				case 'l', 'L', 'k':
					b.Kind, b.Tag, b.Kept, f.ContainerID = boilerplate.KindListItem, "li", c != 'l', list
					f.Words, f.LinkWords = 2, 2
					if c == 'k' {
						f.Words = 6
					}
				}
				if !b.Kept {
					b.Reason = boilerplate.ReasonLinkList
				}
			}
			keepReferenceLinkLists(blocks, body)
			got := make([]byte, len(blocks))
			for i := range blocks {
				got[i] = tt.shape[i] | 0x20 // lower case
				if blocks[i].Kept {
					got[i] &^= 0x20
				}
			}
			if string(got) != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}
