package extract

import "github.com/winnowtext/winnow/boilerplate"

// reviewsWon reports whether the content chosen for a product's page
// holds customer reviews: blocks inside elements whose class or id names
// a review ("review-text", "reviewList", "product-reviews"). What buyers
// wrote about the product is not its description, yet their prose is
// often the densest on the page and wins the choice of container. It
// returns the nodes inside such elements, for dropReviews. An element
// named so that holds the page's title is the page itself, not a reviews
// widget, and is passed over.
func reviewsWon(s *segmenter) (in []bool, won bool) {
	titleNode := -1
	if t := titleIndex(s.blocks); t >= 0 {
		titleNode = int(s.blockAt[t])
	}
	// Parents come before their children: one forward pass carries the
	// mark down the tree.
	for n := range s.nodes {
		if p := s.nodes[n].parent; p >= 0 && in != nil && in[p] {
			in[n] = true
			continue
		}
		if s.nodes[n].review && !(titleNode >= n && titleNode < subtreeEnd(s, n)) {
			if in == nil {
				in = make([]bool, len(s.nodes))
			}
			in[n] = true
		}
	}
	if in == nil {
		return nil, false
	}
	kept, inReviews := 0, 0
	for i := range s.blocks {
		if b := &s.blocks[i]; b.Kept {
			kept += b.Features.Words
			if in[s.blockAt[i]] {
				inReviews += b.Features.Words
			}
		}
	}
	return in, inReviews > 0 && 2*inReviews >= kept
}

// dropReviews drops the blocks inside the nodes in (see reviewsWon) as
// comments, so that the choice of container made again passes them over.
func dropReviews(s *segmenter, in []bool) {
	for i := range s.blocks {
		if b := &s.blocks[i]; in[s.blockAt[i]] && !b.Dropped() {
			b.Features.Hints |= boilerplate.HintComment
			b.Drop(boilerplate.ReasonComments)
		}
	}
}
