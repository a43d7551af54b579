package extract

import "github.com/winnowtext/winnow/boilerplate"

// itemRegionShare: a listing's reading that kept under starvedWords words
// and under 1/itemRegionShare of what its largest region of items holds
// falls back to that region.
const itemRegionShare = 3

// itemRegionFallBack keeps, on a page read as a listing that kept almost
// nothing, the largest region of repeated items (see itemRegion): a
// schedule of short timed rows, a grid of linked tiles, whose every line
// the sections dropped as a link of a few words or as a date. In the
// region those lines come back, unless a line is printed the same
// fieldMaxCopies times or more (a button every tile prints); hidden
// blocks, the page's frame, controls, repeats and recognised boilerplate
// stay dropped, and what the reading kept stays, there and elsewhere. It
// reports whether it kept more.
func itemRegionFallBack(s *segmenter) bool {
	kept := keptWords(s.blocks)
	if kept >= starvedWords {
		return false
	}
	node, words := itemRegion(s)
	if node < 0 || words < starvedWords || kept*itemRegionShare >= words {
		return false
	}
	end := subtreeEnd(s, node)
	copies := make(map[string]int)
	var lines []int
	for i := range s.blocks {
		b := &s.blocks[i]
		if n := int(s.blockAt[i]); n < node || n >= end || b.Kept || !regionLine(b) {
			continue
		}
		lines = append(lines, i)
		copies[b.Text]++
	}
	added := false
	for _, i := range lines {
		if b := &s.blocks[i]; copies[b.Text] < fieldMaxCopies {
			b.Keep()
			added = true
		}
	}
	return added
}

// regionLine reports whether b, dropped in a region of items, is one of
// the lines an item prints: a link of a few words or a date, under no
// negative hint.
func regionLine(b *boilerplate.Block) bool {
	if b.Features.Hints&(negativeHints|boilerplate.HintHidden) != 0 {
		return false
	}
	return b.Reason == boilerplate.ReasonLinkList || b.Reason == boilerplate.ReasonDateline
}

// itemRegion returns the element that holds the page's largest region of
// repeated items, and the words they hold: an element with listMinItems
// children or more that hold text, half of them at least of one tag and
// small (itemMaxBlocks visible blocks at most), outside the page's frame
// and hidden parts. It returns -1 when the page has none.
func itemRegion(s *segmenter) (int, int) {
	n := len(s.nodes)
	words := subtreeWords(s)
	size := visibleBlocksUnder(s)
	// For each parent: its children that hold text, the tag of the first,
	// and how many of them share that tag and are small.
	texts := make([]int32, n)
	same := make([]int32, n)
	first := make([]int32, n)
	for i := range first {
		first[i] = -1
	}
	for i := 1; i < n; i++ {
		p := s.nodes[i].parent
		if p < 0 || words[i] == 0 {
			continue
		}
		texts[p]++
		if first[p] < 0 {
			first[p] = int32(i)
		}
		if s.nodes[first[p]].tag == s.nodes[i].tag && size[i] <= itemMaxBlocks {
			same[p]++
		}
	}
	best, bestWords := -1, 0
	for p := 0; p < n; p++ {
		if same[p] < listMinItems || 2*same[p] < texts[p] || words[p] <= bestWords {
			continue
		}
		if p < len(s.hintsAt) && s.hintsAt[p]&(negativeHints|boilerplate.HintHidden) != 0 {
			continue
		}
		best, bestWords = p, words[p]
	}
	return best, bestWords
}
