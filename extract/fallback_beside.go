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
func frameFallBack(s *segmenter, blocks []boilerplate.Block, mask []bool, pageWide boilerplate.Hint, memo *recognize.Memo) bool {
	if mask == nil || pageWide&pageRegions == 0 {
		return false
	}
	page := make([]boilerplate.Block, len(blocks))
	copy(page, blocks)
	s.unlocate(page, mask, pageWide)
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
// branch holds more text than the reading kept (see shownWords). The
// title's branch is the largest element around the title that does not
// hold the container: the column, the part of the page that the title
// heads. In it, the rows of a table are kept whole (see keepGridTables):
// a schedule's or a results table's cells are dates and links, which
// density drops one by one. On an article whose headline stands above
// the body's container the branch holds a byline and a standfirst, much
// less than the body, and nothing changes. It reports whether it added
// anything.
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
	// Counted before the reading, which keeps the copies and the title
	// as they were: most articles stop here, without a copy.
	words, n := 0, 0
	for i := range blocks {
		if b := &blocks[i]; int(s.blockAt[i]) >= top && int(s.blockAt[i]) < end && !b.Kept {
			words += shownWords(b)
			n++
		}
	}
	if words <= keptWords(blocks) {
		return false
	}
	branch := make([]boilerplate.Block, 0, n)
	at := make([]int, 0, n)
	for i := range blocks {
		if nd := int(s.blockAt[i]); nd >= top && nd < end && !blocks[i].Kept {
			branch = append(branch, blocks[i])
			at = append(at, i)
		}
	}
	clearVerdicts(branch)
	keepSectionsMemo(branch, PageArticle, nil, s.recog)
	keepGridTables(branch, false)
	if keptWords(branch) == 0 {
		return false
	}
	for k, i := range at {
		if branch[k].Kept {
			blocks[i] = branch[k]
		}
	}
	return true
}

// shownWords returns the words of b when it is not hidden, not in the
// page's frame (layoutHints), not a copy and not the title, 0 otherwise:
// the text a part of the page shows, links and short lines included.
func shownWords(b *boilerplate.Block) int {
	switch b.Reason {
	case boilerplate.ReasonRepeatedInPage, boilerplate.ReasonRepeatedAcrossSite, boilerplate.ReasonTitle:
		return 0
	}
	if b.Features.Hints&layoutHints != 0 {
		return 0
	}
	return b.Features.Words
}

// keepGridTables takes back the density and date verdicts on the cells of
// the tables of rows in blocks: more than minDataRows rows of the same
// width, 2 cells or more, none under a negative hint (see gridTable). A
// header row of <th> cells is not asked for, nor cells outside links:
// blocks is a part of the page chosen for its text, or, with judged set,
// only the tables of which the reading kept a cell count (a header row, a
// cell of plain text) are taken.
func keepGridTables(blocks []boilerplate.Block, judged bool) {
	for cells := range tableRuns(blocks) {
		if judged && !anyKept(cells) || !gridTable(cells) {
			continue
		}
		for k := range cells {
			if b := &cells[k]; !b.Kept && (densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonDateline) {
				b.Keep()
			}
		}
	}
}

// gridTable reports whether cells, the blocks of one table in document
// order, are more than minDataRows rows of the same width, 2 or more, with
// no cell under a negative hint. The cells of a row share their
// ContainerID.
func gridTable(cells []boilerplate.Block) bool {
	width, rows, n := 0, 0, 0
	for k := range cells {
		c := &cells[k]
		if c.Features.Hints&negativeHints != 0 {
			return false
		}
		if k > 0 && c.Features.ContainerID != cells[k-1].Features.ContainerID {
			if rows == 0 {
				width = n
			} else if n != width {
				return false
			}
			rows, n = rows+1, 0
		}
		n++
	}
	return n == width && rows+1 > minDataRows && width >= 2
}
