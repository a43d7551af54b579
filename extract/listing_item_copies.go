package extract

import "github.com/winnowtext/winnow/boilerplate"

// itemCopyMinWords is the least number of words of a line that
// keepItemCopies takes back: a sentence of an item's terms, not a label
// or a control's name, which dropItemTemplates judges.
const itemCopyMinWords = 4

// itemCopyMinItems is the least number of items that print the line: a
// list's terms recur in most of its items, while a story shown twice
// (a teaser and its copy in a second rendering) is two copies.
const itemCopyMinItems = 3

// keepItemCopies takes back, on a listing or a collection, the lines
// that the in-page repeat test dropped as copies when each copy belongs
// to its own item: the same terms under each coupon ("Valid at the first
// visit only."), the same note under each offer. A teaser
// printed twice (in a carousel, then in the list) sits in two sections
// of the page; these copies sit in two small siblings of one parent, of
// the same element, each holding other lines beside the copy (its own
// title, which differs from item to item: an item printed twice, title
// and all, stays a copy). An item holds itemMaxBlocks visible blocks at
// most, and itemCopyMinItems items at least print the line. Only a
// sentence comes back, itemCopyMinWords words or more with a stopword: a
// value repeated in several items (a price, a system requirement, a
// rate) is a field the list prints once per item but a reader takes
// once, and a heading is no item's terms. A card's specification row,
// a label and its value joined by a colon ("Screen size: up to 43 in",
// see labelledRow), comes back too, however short: it is the card's
// own data, printed under its label in every card whose product has it.
// The product reading runs it as well: a category of a few products,
// each card with its price, reads as one product's page, and its cards'
// rows must not go as copies there either.
//
// With rowsOnly, on the article reading, only the rows come back: a
// round-up's items print their rows ("Light: bright, indirect") under
// each item's heading, while a sentence an article repeats is a note or
// a disclaimer printed again (a sign-up's terms, a size range), which
// the in-page repeat test rightly drops.
func keepItemCopies(s *segmenter, rowsOnly bool) {
	// Most pages repeat no line that could come back: the maps below
	// are made only for those that do.
	found := false
	for i := range s.blocks {
		if itemCopyCandidate(&s.blocks[i], rowsOnly) {
			found = true
			break
		}
	}
	if !found {
		return
	}
	first := make(map[string]int)
	copies := make(map[string]int)
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept {
			if _, ok := first[b.Text]; !ok {
				first[b.Text] = i
			}
		}
		if b.Kept || b.Reason == boilerplate.ReasonRepeatedInPage {
			copies[b.Text]++
		}
	}
	var size []int32 // visible blocks under each node, made when needed
	for i := range s.blocks {
		b := &s.blocks[i]
		if !itemCopyCandidate(b, rowsOnly) {
			continue
		}
		j, ok := first[b.Text]
		if !ok || j > i || copies[b.Text] < itemCopyMinItems {
			continue
		}
		if size == nil {
			size = visibleBlocksUnder(s)
		}
		if x, y, ok := siblingBranches(s, s.blockAt[j], s.blockAt[i]); ok && s.nodes[x].tag == s.nodes[y].tag &&
			size[x] >= 2 && size[y] >= 2 && size[x] <= itemMaxBlocks && size[y] <= itemMaxBlocks &&
			firstText(s, x, j) != firstText(s, y, i) {
			b.Keep()
		}
	}
}

// itemCopyCandidate reports whether b is a copy keepItemCopies may take
// back: a visible line, no heading, that the in-page repeat test dropped,
// and a sentence with a stopword (unless rowsOnly) or a row of label and
// value.
func itemCopyCandidate(b *boilerplate.Block, rowsOnly bool) bool {
	if b.Reason != boilerplate.ReasonRepeatedInPage || b.Kind == boilerplate.KindHeading ||
		b.Features.Hints&boilerplate.HintHidden != 0 {
		return false
	}
	sentence := !rowsOnly && b.Features.Words >= itemCopyMinWords && b.Features.Sentences > 0 && b.Features.Stopwords > 0
	return sentence || labelledRow(b.Text)
}

// firstText returns the text of the first visible block that node n
// holds, searching back from block i, which it holds: an item's title.
func firstText(s *segmenter, n int32, i int) string {
	text := s.blocks[i].Text
	for k := i; k >= 0; k-- {
		if !underNode(s, n, s.blockAt[k]) {
			break
		}
		if s.blocks[k].Features.Hints&boilerplate.HintHidden == 0 {
			text = s.blocks[k].Text
		}
	}
	return text
}

// underNode reports whether node n is node m or one of its ancestors.
func underNode(s *segmenter, n, m int32) bool {
	for m >= 0 && s.nodes[m].depth > s.nodes[n].depth {
		m = s.nodes[m].parent
	}
	return m == n
}

// siblingBranches returns the children of the nearest common ancestor of
// nodes a and b that hold a and b, and false when a and b are the same
// node or one holds the other.
func siblingBranches(s *segmenter, a, b int32) (int32, int32, bool) {
	if a < 0 || b < 0 || int(a) >= len(s.nodes) || int(b) >= len(s.nodes) {
		return 0, 0, false
	}
	for s.nodes[a].depth > s.nodes[b].depth {
		a = s.nodes[a].parent
	}
	for s.nodes[b].depth > s.nodes[a].depth {
		b = s.nodes[b].parent
	}
	if a == b {
		return 0, 0, false
	}
	for s.nodes[a].parent != s.nodes[b].parent {
		a, b = s.nodes[a].parent, s.nodes[b].parent
		if a < 0 || b < 0 {
			return 0, 0, false
		}
	}
	return a, b, true
}
