package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropRelatedGrid drops, on a product's page, what a reading kept of a
// grid of other products under a heading that the recognisers dropped as
// related content ("You may also like", "Related products"): the blocks
// after the heading that share its negative hint (the class of the
// recommendations' block). The reading by sections drops the cards'
// linked names but keeps their prices, short lines without links, which
// would read as the product's own.
func dropRelatedGrid(blocks []boilerplate.Block) {
	for i := range blocks {
		h := &blocks[i]
		if h.Kind != boilerplate.KindHeading || h.Reason != boilerplate.ReasonRelated || !h.Features.Hints.Has(boilerplate.HintBoilerplate) {
			continue
		}
		for j := i + 1; j < len(blocks) && blocks[j].Features.Hints.Has(boilerplate.HintBoilerplate); j++ {
			if b := &blocks[j]; b.Kept {
				b.Drop(boilerplate.ReasonRelated)
			}
		}
	}
}
