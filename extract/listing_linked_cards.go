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
//
// A bare link that is itself the card, <a href><div>title</div><div>date
// </div></a> straight in the grid, makes no node (see segmenter): it
// fills no element, but a run of its parent's children, two or more,
// from the first of its blocks to the last. The first child of the run
// stands for the card: it is marked, and lead maps it and each other
// child of the run to it (-1 elsewhere; nil when no link is such a card).
func linkedCards(s *segmenter) (card []bool, lead []int32) {
	if len(s.cardLinks) == 0 {
		return nil, nil
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
	card = make([]bool, len(s.nodes))
	for _, c := range s.cardLinks {
		from, to := c[0], c[1]-1
		if int(from) >= len(s.blockAt) || int(to) >= len(s.blockAt) {
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
		if n < 0 || first[n] != from || s.hintsAt[n]&boilerplate.HintNav != 0 {
			continue
		}
		if last[n] > first[n] && last[n] <= to {
			card[n] = true
			continue
		}
		if end := bareLinkRun(s, n, from, to, last); end > n {
			if lead == nil {
				lead = make([]int32, len(s.nodes))
				for i := range lead {
					lead[i] = -1
				}
			}
			card[n], lead[n] = true, n
			last[n] = to // the card's last block, for dropCallToActionTiles
			p := s.nodes[n].parent
			for i := n + 1; i <= end; i++ {
				if s.nodes[i].parent == p {
					lead[i] = n
				}
			}
		}
	}
	dropCallToActionTiles(s, card, lead, first, last)
	return card, lead
}

// bareLinkRun returns the last of the run of siblings, from n on, that a
// link from block from to block to wraps whole: the child of n's parent that holds
// block to, when it ends there and every block of the link is inside
// one of the run's children, none in the parent's own text. It returns
// -1 when the link ends inside a child or in the parent's text.
func bareLinkRun(s *segmenter, n, from, to int32, last []int32) int32 {
	p := s.nodes[n].parent
	if p < 0 {
		return -1
	}
	for i := from; i <= to; i++ {
		if s.blockAt[i] == p {
			return -1 // text of the link's own, between its blocks
		}
	}
	m := s.blockAt[to]
	for m >= 0 && s.nodes[m].parent != p {
		m = s.nodes[m].parent
	}
	if m <= n || last[m] != to {
		return -1
	}
	return m
}

// ctaMaxWords is the most words a call to action has ("Find out more").
const ctaMaxWords = 4

// dropCallToActionTiles unmarks the linked cards of a parent when every
// one of them, listMinItems or more, ends on the same short line: tiles of
// a service's or a feature's grid, each a name and a blurb over one "learn
// more" link, not teasers of a listing, whose last lines (a date, a price,
// a byline, a summary) differ from card to card. Bare links' cards (lead
// maps their other children to them) that all begin on the same short line
// are no teasers either: chips of a teaser's topics, each a caption ("More
// in this category") over a topic's name. A card an element holds may
// begin so (a shop's tiles under one "View details" overlay) and still be
// an item. first and last hold each node's first and last block.
func dropCallToActionTiles(s *segmenter, card []bool, lead, first, last []int32) {
	// end and start hold, for each parent, the last and first block of
	// its first card, or -2 once a card ends or begins on another line.
	var end, start, count []int32
	for i, c := range card {
		p := s.nodes[i].parent
		if !c || p < 0 {
			continue
		}
		if end == nil {
			end = make([]int32, len(s.nodes))
			start = make([]int32, len(s.nodes))
			count = make([]int32, len(s.nodes))
			for k := range end {
				end[k], start[k] = -1, -1
			}
		}
		count[p]++
		end[p] = sameLine(s, end[p], last[i])
		start[p] = sameLine(s, start[p], first[i])
	}
	if end == nil {
		return
	}
	for i, c := range card {
		p := s.nodes[i].parent
		if !c || p < 0 || count[p] < listMinItems {
			continue
		}
		if shortLine(s, end[p]) || lead != nil && lead[i] == int32(i) && shortLine(s, start[p]) {
			card[i] = false
		}
	}
}

// sameLine folds block b into seen, the block every card so far shares
// (-1 before the first card, -2 once two differ).
func sameLine(s *segmenter, seen, b int32) int32 {
	switch {
	case seen == -1:
		return b
	case seen >= 0 && s.blocks[seen].Text != s.blocks[b].Text:
		return -2
	}
	return seen
}

// shortLine reports whether block b, if any, is a call to action's
// length: ctaMaxWords words at most.
func shortLine(s *segmenter, b int32) bool {
	if b < 0 {
		return false
	}
	w := wordCount(s.blocks[b].Text)
	return w > 0 && w <= ctaMaxWords
}
