package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/winnowtext/winnow/boilerplate"
)

// maxTitleDepth bounds how far up from a description its item's element is
// looked for.
const maxTitleDepth = 4

// keepLinkedTitles keeps, inside the main container (mask), the linked
// title of a list item whose description was kept: a guide's index of
// modules ("Get Docker Desktop" over "This page will teach you ..."), an
// API's list of its classes. Density drops a title that is all link, but
// the item is one piece of the page with its description. Only a
// link-list verdict is taken back, and a heading right above the first
// title taken back is kept too when density dropped it.
func keepLinkedTitles(s *segmenter, mask []bool) {
	blocks := s.blocks
	for i := 0; i+1 < len(blocks); i++ {
		b, next := &blocks[i], &blocks[i+1]
		if !mask[i] || !mask[i+1] || b.Kept || b.Reason != boilerplate.ReasonLinkList || b.Kind != boilerplate.KindListItem ||
			s.nodes[s.blockAt[i]].tag != atom.Li || !next.Kept || next.Features.LinkWords > 0 || b.Features.Hints&negativeHints != 0 {
			continue
		}
		if !holds(s, s.blockAt[i], s.blockAt[i+1]) {
			continue
		}
		b.Reason, b.Kept = boilerplate.ReasonNone, true
		for h := i - 1; h >= 0 && mask[h] && blocks[h].Kind == boilerplate.KindHeading && !blocks[h].Kept && densityVerdict(blocks[h].Reason); h-- {
			blocks[h].Reason, blocks[h].Kept = boilerplate.ReasonNone, true
		}
	}
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
