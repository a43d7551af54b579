package extract

import "github.com/winnowtext/winnow/boilerplate"

// Shape of a card's control (see dropControls).
const (
	// controlWords bounds the words of a control that its name gives
	// away: "Quick view", "Add to wishlist", "Shop now".
	controlWords = 5
	// controlRepeats is the least number of controls of the same text:
	// one on each of several cards.
	controlRepeats = 3
)

// dropControls drops, on a page of cards, the controls that each card
// repeats, drawn as links, boxes or custom elements rather than as
// <button>s (which the segmenter skips): an element whose class or id
// names a button (HintControl: "btn", "button", "cta", "toggle") and that
// holds controlWords words or fewer, its headings aside, whose text recurs
// controlRepeats times or more. A card's "Quick Shop", "Compare" or "Add
// to wishlist" is no part of the item it sits on. A single element so
// named stays (a banner's "Learn more", a page builder's link to the next
// page), and so do longer ones: shops and page builders name whole cards
// and banners "btn" too. counts are the page's panelCounts.
func dropControls(s *segmenter, counts []panelCount) {
	control := make([]bool, len(s.nodes))
	for i := range s.nodes {
		c := &counts[i]
		control[i] = s.nodes[i].hints&boilerplate.HintControl != 0 && c.blocks > 0 && c.words <= controlWords
		if p := s.nodes[i].parent; p >= 0 && control[p] {
			control[i] = true
		}
	}
	inline := s.ctl.found
	isControl := func(i int) bool {
		b := &s.blocks[i]
		if b.Kind == boilerplate.KindHeading {
			return false
		}
		for len(inline) > 0 && int(inline[0]) < i {
			inline = inline[1:]
		}
		if len(inline) > 0 && int(inline[0]) == i && b.Features.Words <= controlWords {
			return true
		}
		n := s.blockAt[i]
		return n >= 0 && int(n) < len(control) && control[n]
	}
	var blocks []int
	seen := map[string]int{}
	for i := range s.blocks {
		if isControl(i) {
			blocks = append(blocks, i)
			seen[s.blocks[i].Text]++
		}
	}
	for _, i := range blocks {
		if seen[s.blocks[i].Text] >= controlRepeats {
			s.blocks[i].Drop(boilerplate.ReasonInterface)
		}
	}
}
