package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// Shape of a grid of cards (see trustGrids).
const (
	// gridMinCards is the least number of cards in a grid.
	gridMinCards = 8
	// gridCardShare is the least share of an element's children that
	// are cards for it to be a grid.
	gridCardShare = 0.5
)

// cardParts records what an element holds, its descendants included.
type cardParts uint8

const (
	partLink cardParts = 1 << iota // a linked line: a card's name
	partText                       // an unlinked line that is not a heading: a price, a date, a summary
)

// gridHints are the hints that the name of a grid's element or of one of
// its ancestors may give it wrongly.
const gridHints = boilerplate.HintNav

// trustGrids takes back, on a listing or a collection, the navigation
// hint that a grid of cards inherits from its own element or an ancestor:
// shops render their product grids in an element whose class names the
// pagination or the menu that loads more of them ("pagination-grid",
// "infinite-nav"), so every card would go as navigation. A grid is an
// element with gridMinCards children or more, most of them cards: a
// linked line (the card's name) and a line of text that is no link and
// no heading (its price, its date, its summary). A menu's items are links
// alone, a mega menu's columns linked lines under a heading. Only names
// are doubted: a grid inside a <nav> or <menu> element, which markup
// says is navigation, keeps the hint, and so do the elements inside the
// cards that their own names mark (a card's breadcrumb).
func trustGrids(s *segmenter) {
	navTag := make([]bool, len(s.nodes))
	for i := range s.nodes {
		navTag[i] = s.nodes[i].tag == atom.Nav || s.nodes[i].tag == atom.Menu
		if p := s.nodes[i].parent; p >= 0 && navTag[p] {
			navTag[i] = true
		}
	}
	grid := cardGrids(s, func(i int) bool { return !navTag[i] && s.hintsAt[i]&gridHints != 0 })
	for i := range s.blocks {
		n := s.blockAt[i]
		if n < 0 || int(n) >= len(grid) || grid[n] < 0 {
			continue
		}
		own := boilerplate.Hint(0)
		for j := n; j != grid[n]; j = s.nodes[j].parent {
			own |= s.nodes[j].hints
		}
		s.blocks[i].Features.Hints &^= gridHints &^ own
	}
}

// cardGrids returns, for each node, the outermost grid of cards that
// holds it (the node itself, or an ancestor), -1 outside any. A grid is an
// element with gridMinCards children or more, gridCardShare of them cards:
// a linked line and a line of text that is no link and no heading. Only
// the elements that accept admits are grids.
func cardGrids(s *segmenter, accept func(i int) bool) []int32 {
	_, cards, children := cardCounts(s)
	// Parents come before their children.
	grid := make([]int32, len(s.nodes))
	for i := range s.nodes {
		grid[i] = -1
		if p := s.nodes[i].parent; p >= 0 {
			grid[i] = grid[p]
		}
		if grid[i] < 0 && cards[i] >= gridMinCards && float64(cards[i]) >= gridCardShare*float64(children[i]) && accept(i) {
			grid[i] = int32(i)
		}
	}
	return grid
}

// cardCounts returns, for each node, what it holds (its descendants
// included), how many of its children are cards (a linked line and a line
// of text that is no link and no heading) and how many children it has.
func cardCounts(s *segmenter) (parts []cardParts, cards, children []int32) {
	parts = make([]cardParts, len(s.nodes))
	for i := range s.blocks {
		n := s.blockAt[i]
		if n < 0 || int(n) >= len(parts) {
			continue
		}
		f := &s.blocks[i].Features
		switch {
		case f.LinkWords > 0:
			parts[n] |= partLink
		case f.Words > 0 && s.blocks[i].Kind != boilerplate.KindHeading:
			parts[n] |= partText
		}
	}
	cards = make([]int32, len(s.nodes))
	children = make([]int32, len(s.nodes))
	for i := len(s.nodes) - 1; i > 0; i-- {
		p := s.nodes[i].parent
		if p < 0 {
			continue
		}
		parts[p] |= parts[i]
		children[p]++
		if parts[i] == partLink|partText {
			cards[p]++
		}
	}
	return parts, cards, children
}
