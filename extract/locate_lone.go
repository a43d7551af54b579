package extract

import "github.com/winnowtext/winnow/boilerplate"

// loneBlockArticle returns the element that markup names as the article
// (<article>, <main>, itemprop=articleBody) when it is the parent of best and
// best holds a single block, or best. A short article (one paragraph
// over a table of downloads, a line of links after it) outweighs its
// other parts by density only in that paragraph, and the chosen container
// would be the paragraph alone; a reader view shows the whole article
// element. The blocks it takes in are then judged one by one.
func loneBlockArticle(s *segmenter, best int) int {
	p := int(s.nodes[best].parent)
	if p < 0 || s.nodes[p].hints&boilerplate.HintArticle == 0 {
		return best
	}
	end, n := subtreeEnd(s, best), 0
	for i := range s.blocks {
		if b := int(s.blockAt[i]); b >= best && b < end {
			if n++; n > 1 {
				return best
			}
		}
	}
	return p
}
