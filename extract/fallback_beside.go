package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// A page whose own content is short lines (a product's name, price and
// specification rows; a schedule's dates, opponents and results; a price
// list's cards of short feature lines) holds no prose for the density
// scoring of the article reading to find. Its longest paragraphs are
// elsewhere: the shop's blurb in the footer, the club's in a sidebar. The
// container then keeps those and the page's content is missed. The two
// fallbacks here add the content to what the container kept, read section
// by section (see keepSectionsMemo): a wrong guess keeps more text, never
// less.

// frameFallBack adds the page read section by section to the article
// reading when the reading's container (mask, which lost the hints
// pageWide it inherits) lies in the page's frame: markup names an element
// around it the footer, the header, a sidebar, the navigation, a form or a
// consent banner (see resolveHints, which keeps such a name only where the
// element does not hold most of the page's prose, or is a <footer>). The
// sections' reading drops the frame and keeps the short lines. It reports
// whether it added anything.
func frameFallBack(blocks []boilerplate.Block, mask []bool, pageWide boilerplate.Hint, memo *recognize.Memo) bool {
	if mask == nil || pageWide&pageRegions == 0 {
		return false
	}
	page := make([]boilerplate.Block, len(blocks))
	copy(page, blocks)
	unlocate(page, mask, pageWide)
	keepSectionsMemo(page, PageArticle, nil, memo)
	added := false
	for i := range page {
		if page[i].Kept && !blocks[i].Kept {
			blocks[i] = page[i]
			added = true
		}
	}
	return added
}

// titleBranchFallBack adds the title's branch, read section by section,
// to the article reading when the reading's container (mask, node main)
// lies beside the page's title heading rather than around it, and the
// branch holds more text that the reading missed than the reading kept.
// The title's branch is the largest element around the title that does
// not hold the container: the column, the part of the page that the title
// heads. On an article whose headline stands above the body's container
// the branch holds a byline and a standfirst, much less than the body,
// and nothing changes. It reports whether it added anything.
func titleBranchFallBack(s *segmenter, mask []bool, main int) bool {
	blocks := s.blocks
	t := titleIndex(blocks)
	if t < 0 || mask == nil || main < 0 {
		return false
	}
	tn := int(s.blockAt[t])
	a := commonAncestor(s, tn, main)
	if a == main || a == tn {
		return false // the container holds the title
	}
	top := tn
	for top >= 0 && int(s.nodes[top].parent) != a {
		top = int(s.nodes[top].parent)
	}
	if top < 0 {
		return false
	}
	end := subtreeEnd(s, top)
	var branch []boilerplate.Block
	var at []int
	for i := range blocks {
		if n := int(s.blockAt[i]); n >= top && n < end && !blocks[i].Kept {
			branch = append(branch, blocks[i])
			at = append(at, i)
		}
	}
	clearVerdicts(branch)
	keepSectionsMemo(branch, PageArticle, nil, s.recog)
	if added := keptWords(branch); added == 0 || added <= keptWords(blocks) {
		return false
	}
	for k, i := range at {
		if branch[k].Kept {
			blocks[i] = branch[k]
		}
	}
	return true
}
