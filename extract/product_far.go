package extract

import (
	"golang.org/x/net/html/atom"
)

// farContainer reports whether the container that the article model
// chose on a product's page (mask, node main) is a card further down the
// page rather than the product's own text: the title heading stands
// before the container and outside it, and the product's section between
// them (price, options, the buy box, delivery, the specifications) holds
// more text than the container kept. A seller's or a brand's card with a
// paragraph about the shop wins the choice of container on such pages
// and keeps more than productMinWords, so the product's section would
// not be read. Where the element that holds the title and the container
// is the page's body, the product has no section of its own to read, and
// the container stays.
func farContainer(s *segmenter, mask []bool, main int) bool {
	blocks := s.blocks
	t := titleIndex(blocks)
	if t < 0 || mask[t] {
		return false
	}
	first := -1
	for i := t + 1; i < len(blocks); i++ {
		if mask[i] {
			first = i
			break
		}
	}
	if first < 0 || sectionWordsBound(blocks[t+1:first]) <= keptWords(blocks) {
		return false
	}
	switch s.nodes[commonAncestor(s, int(s.blockAt[t]), main)].tag {
	case atom.Body, atom.Html:
		return false
	}
	return true
}
