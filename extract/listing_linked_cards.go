package extract

import "github.com/winnowtext/winnow/boilerplate"

// linkedCards says, for each node, whether it is a card that one link
// wraps whole (see noteCardLink): an element of more than one block, all
// inside a link closed by its end tag, whose parent holds more. Such a
// card, a title with its summary, date or price under one link, is a
// linked line and text like one whose title alone is linked. A link that
// wraps part of a section (a banner's call to action, a hero's last lines)
// fills no element and makes no card, and neither does a tile of a menu
// (a mega menu's promoted page under its links), which names say is
// navigation. It returns nil when the page has no
// link around blocks.
func linkedCards(s *segmenter) []bool {
	if len(s.cardLinks) == 0 {
		return nil
	}
	first := make([]int32, len(s.nodes))
	last := make([]int32, len(s.nodes))
	for i := range first {
		first[i], last[i] = -1, -1
	}
	for i, n := range s.blockAt {
		if n < 0 || int(n) >= len(first) {
			continue
		}
		if first[n] < 0 {
			first[n] = int32(i)
		}
		last[n] = int32(i)
	}
	// Children come after their parents.
	for i := len(s.nodes) - 1; i > 0; i-- {
		p := s.nodes[i].parent
		if p < 0 || first[i] < 0 {
			continue
		}
		if first[p] < 0 || first[i] < first[p] {
			first[p] = first[i]
		}
		last[p] = max(last[p], last[i])
	}
	card := make([]bool, len(s.nodes))
	for _, c := range s.cardLinks {
		from, to := c[0], c[1]-1
		if int(from) >= len(s.blockAt) {
			continue
		}
		n := s.blockAt[from]
		for n >= 0 {
			p := s.nodes[n].parent
			if p < 0 || first[p] < from || last[p] > to {
				break
			}
			n = p
		}
		if n >= 0 && first[n] == from && last[n] > first[n] && last[n] <= to && s.hintsAt[n]&boilerplate.HintNav == 0 {
			card[n] = true
		}
	}
	dropCallToActionTiles(s, card, last)
	return card
}

// ctaMaxWords is the most words a call to action has ("Find out more").
const ctaMaxWords = 4

// dropCallToActionTiles unmarks the linked cards of a parent when every
// one of them, listMinItems or more, ends on the same short line: tiles of
// a service's or a feature's grid, each a name and a blurb over one "learn
// more" link, not teasers of a listing, whose last lines (a date, a price,
// a byline, a summary) differ from card to card. last holds each node's
// last block.
func dropCallToActionTiles(s *segmenter, card []bool, last []int32) {
	// end holds, for each parent, the last block of its first card, or
	// -2 once a card ends on another line.
	var end, count []int32
	for i, c := range card {
		p := s.nodes[i].parent
		if !c || p < 0 {
			continue
		}
		if end == nil {
			end = make([]int32, len(s.nodes))
			count = make([]int32, len(s.nodes))
			for k := range end {
				end[k] = -1
			}
		}
		count[p]++
		switch e := end[p]; {
		case e == -1:
			end[p] = last[i]
		case e >= 0 && s.blocks[e].Text != s.blocks[last[i]].Text:
			end[p] = -2
		}
	}
	if end == nil {
		return
	}
	for i, c := range card {
		p := s.nodes[i].parent
		if !c || p < 0 || count[p] < listMinItems || end[p] < 0 {
			continue
		}
		if w := wordCount(s.blocks[end[p]].Text); w > 0 && w <= ctaMaxWords {
			card[i] = false
		}
	}
}
