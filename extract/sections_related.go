package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropRelatedRuns drops, in a reading by sections, the run of linked
// list items right under a heading that the recognisers dropped as
// related content ("Similar topics", "Related posts"): the heading went,
// and a list of short links under it is what it names.
func dropRelatedRuns(blocks []boilerplate.Block) {
	for i := range blocks {
		if h := &blocks[i]; h.Kind != boilerplate.KindHeading || h.Reason != boilerplate.ReasonRelated {
			continue
		}
		for j := i + 1; j < len(blocks); j++ {
			b := &blocks[j]
			if b.Kind != boilerplate.KindListItem || b.Features.LinkDensity() < 0.5 {
				break
			}
			if b.Kept {
				b.Kept = false
				b.Drop(boilerplate.ReasonRelated)
			}
		}
	}
}
