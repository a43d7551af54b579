package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/winnowtext/winnow/boilerplate"
)

// maxTitleDepth bounds how far up from a description its item's element is
// looked for.
const maxTitleDepth = 4

// keepLinkedTitles keeps, inside the main container (mask), the linked
// title of a list item or a table row whose description was kept: a
// guide's index of modules ("Get Docker Desktop" over "This page will
// teach you ..."), a table of scenarios with a link to each and what it
// does beside it, an API's list of its classes. Density drops a title
// that is all link, but the item is one piece of the page with its
// description. Only a link-list verdict is taken back, and a heading right
// above the first title taken back is kept too when density dropped it.
func keepLinkedTitles(s *segmenter, mask []bool) {
	blocks := s.blocks
	for i := 0; i+1 < len(blocks); i++ {
		b, next := &blocks[i], &blocks[i+1]
		if !mask[i] || !mask[i+1] || b.Kept || b.Reason != boilerplate.ReasonLinkList ||
			!next.Kept || next.Features.LinkWords > 0 || b.Features.Hints&negativeHints != 0 {
			continue
		}
		if item := itemOf(s, s.blockAt[i], b.Kind); item < 0 || !holds(s, item, s.blockAt[i+1]) {
			continue
		}
		b.Keep()
		for h := i - 1; h >= 0 && mask[h] && blocks[h].Kind == boilerplate.KindHeading && !blocks[h].Kept && densityVerdict(blocks[h].Reason); h-- {
			blocks[h].Keep()
		}
	}
}

// itemOf returns the element of the item that the element n of a block
// of kind k is the title of: n itself when it is a <li>, the row of a
// table cell; -1 otherwise.
func itemOf(s *segmenter, n int32, k boilerplate.Kind) int32 {
	switch k {
	case boilerplate.KindListItem:
		if s.nodes[n].tag == atom.Li {
			return n
		}
	case boilerplate.KindTableCell:
		for step := 0; n >= 0 && step < 3; step++ {
			if s.nodes[n].tag == atom.Tr {
				return n
			}
			n = s.nodes[n].parent
		}
	}
	return -1
}

// holds reports whether the element outer holds the element inner, within
// maxTitleDepth levels.
func holds(s *segmenter, outer, inner int32) bool {
	for step := 0; inner >= 0 && step <= maxTitleDepth; step++ {
		if inner == outer {
			return true
		}
		inner = s.nodes[inner].parent
	}
	return false
}
