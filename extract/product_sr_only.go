package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropScreenReaderText drops, on a product's page, the kept blocks of
// elements that only screen readers read (see srOnlyName): the
// product's name repeated as the label of its quantity field, the
// position of each photo of its gallery ("Image 2 of 5"), the
// instructions of a carousel. A shopper does not see them, and the buy
// box and gallery that hold them are read as the product's section.
func dropScreenReaderText(s *segmenter) {
	hidden := make([]bool, len(s.nodes))
	found := false
	// Parents come before their children.
	for i := range s.nodes {
		hidden[i] = s.nodes[i].srOnly
		if p := s.nodes[i].parent; p >= 0 && hidden[p] {
			hidden[i] = true
		}
		found = found || hidden[i]
	}
	if !found {
		return
	}
	for i := range s.blocks {
		if n := s.blockAt[i]; n >= 0 && int(n) < len(hidden) && hidden[n] && s.blocks[i].Kept {
			s.blocks[i].Drop(boilerplate.ReasonHidden)
		}
	}
}
