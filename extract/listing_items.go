package extract

import "github.com/winnowtext/winnow/boilerplate"

// listMinItems is the least number of items, siblings that each hold a
// linked line and a line of text, for their parent to be a list of items
// (see keepItemFields).
const listMinItems = 4

// itemMaxBlocks is the most blocks an item of a list holds: a title, a
// summary, a date, an author, a few labels.
const itemMaxBlocks = 10

// keepItemFields takes back, on a listing or a collection, the short
// fields of its items that keepSections dropped one by one: the linked
// name of a product, an author, a category, a place, and the date of a
// post or an event. A listing's items are siblings of one shape, each a
// linked line and a line of text (a summary, a price, a date); the same
// short link alone is a menu's entry and the same date alone a page's
// dateline, but inside an item they belong to it. An item is a child of
// an element with listMinItems such children or more, half of its
// children at least (a pager or a heading may stand beside them), and
// holds itemMaxBlocks blocks at most; in nested lists the innermost
// counts. Only what was dropped as a link list or a bare date comes back,
// or as a comment the item's heading, when the name that made it one is
// a field's inside the item (a card's title box named for the reviews
// it shows beside the title), not the item's or a section's around it (a
// list of reviews or of replies); a post's "9 comments" link stays out,
// and not a field printed the same in fieldMaxCopies items or more: hidden
// blocks, the page's frame, controls and repeats stay dropped.
// item maps each node to its list item (see listItems).
func keepItemFields(s *segmenter, item []int32) {
	var fields []int
	copies := make(map[string]int)
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonLinkList && b.Reason != boilerplate.ReasonDateline && b.Reason != boilerplate.ReasonComments {
			continue
		}
		if n := s.blockAt[i]; n >= 0 && int(n) < len(item) && item[n] >= 0 &&
			(b.Reason != boilerplate.ReasonComments || b.Kind == boilerplate.KindHeading && s.hintsAt[item[n]]&boilerplate.HintComment == 0) {
			fields = append(fields, i)
			copies[b.Text]++
		}
	}
	for _, i := range fields {
		b := &s.blocks[i]
		if copies[b.Text] < fieldMaxCopies {
			b.Keep()
		}
	}
}

// fieldMaxCopies is the number of items from which a field printed the
// same in each is the list's template: a button ("Add to cart", "Apply
// now"), a label, a swatch's colour, not what tells the items apart.
const fieldMaxCopies = 3

// listItems returns, for each node, the list item that holds it (the node
// itself or an ancestor; the innermost when lists nest), -1 outside any.
// With linked, a card that one link wraps whole (see linkedCards) is an
// item too, when listMinItems of its siblings or more, half of them at
// least, are such cards: a list of one shape, not a section beside a few
// banners. Only a listing's or a collection's reading asks for them: on
// the other pages a link around blocks is a product's tile or a banner.
func listItems(s *segmenter, linked bool) []int32 {
	parts, cards, children := cardCounts(s)
	var card []bool
	var linkedCount []int32
	if linked {
		card = linkedCards(s)
	}
	if card != nil {
		linkedCount = make([]int32, len(s.nodes))
		for i := range card {
			if p := s.nodes[i].parent; card[i] && p >= 0 {
				linkedCount[p]++
			}
		}
	}
	// An item is small: a section of a page that holds links and text
	// is no item of a list. Its hidden blocks do not count: a shop's
	// card may carry a hidden copy of its fields (a table for screen
	// readers, a quick view's details) that a reader never sees.
	size := visibleBlocksUnder(s)
	item := make([]int32, len(s.nodes))
	// Parents come before their children.
	for i := range s.nodes {
		item[i] = -1
		p := s.nodes[i].parent
		if p < 0 {
			continue
		}
		item[i] = item[p]
		if size[i] > itemMaxBlocks {
			continue
		}
		if parts[i] == partLink|partText && cards[p] >= listMinItems && float64(cards[p]) >= gridCardShare*float64(children[p]) ||
			card != nil && card[i] && linkedCount[p] >= listMinItems && float64(linkedCount[p]) >= gridCardShare*float64(children[p]) {
			item[i] = int32(i)
		}
	}
	return item
}

// visibleBlocksUnder counts, for each node, the blocks it holds that are
// not hidden, its descendants' included.
func visibleBlocksUnder(s *segmenter) []int32 {
	size := make([]int32, len(s.nodes))
	for i, n := range s.blockAt {
		if n >= 0 && int(n) < len(size) && s.blocks[i].Features.Hints&boilerplate.HintHidden == 0 {
			size[n]++
		}
	}
	for i := len(s.nodes) - 1; i > 0; i-- {
		if p := s.nodes[i].parent; p >= 0 {
			size[p] += size[i]
		}
	}
	return size
}
