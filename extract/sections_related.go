package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropRelatedRuns drops, in a reading by sections, the run of linked
// list items right under a heading that the recognisers dropped as
// related content ("Similar topics", "Related posts"): the heading went,
// and a list of short links under it is what it names. An item's short
// unlinked blurb, right after its link, is part of the run (see
// relatedBlurb).
func dropRelatedRuns(blocks []boilerplate.Block) {
	for i := range blocks {
		if h := &blocks[i]; h.Kind != boilerplate.KindHeading || h.Reason != boilerplate.ReasonRelated {
			continue
		}
		for j := i + 1; j < len(blocks); j++ {
			b := &blocks[j]
			if b.Kind != boilerplate.KindListItem {
				break
			}
			if b.Features.LinkDensity() < 0.5 && !relatedBlurb(blocks, i, j) {
				break
			}
			if b.Kept {
				b.Drop(boilerplate.ReasonRelated)
			}
		}
	}
}

// relatedBlurb reports whether the unlinked list item at j, in the run
// under the related heading at h, is a linked item's blurb: it follows a
// linked item of the run and is as short as a teaser's.
func relatedBlurb(blocks []boilerplate.Block, h, j int) bool {
	p := &blocks[j-1]
	return j-1 > h && p.Kind == boilerplate.KindListItem && p.Features.LinkDensity() >= 0.5 &&
		blocks[j].Features.Words <= teaserMaxWords
}
