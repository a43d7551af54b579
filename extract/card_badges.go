package extract

import "github.com/winnowtext/winnow/boilerplate"

// Shape of a badge that some cards of a grid wear (see dropCardBadges).
const (
	// badgeMaxWords is the most words of a badge: "New", "Top Rated",
	// "Back in stock".
	badgeMaxWords = 3
	// badgeMinCards is the least number of cards in the list.
	badgeMinCards = 8
	// badgeMinWorn is the least number of cards that wear the badge's
	// slot.
	badgeMinWorn = 3
	// badgeMaxShare is the largest share of the list's cards that fill
	// the slot: a field (a colour, a fit, a price) is printed in nearly
	// every card, a badge in some.
	badgeMaxShare = 0.6
	// badgeMinCopies is the least number of cards that print the
	// badge word for word.
	badgeMinCopies = 2
)

// dropCardBadges drops, on a collection, the badges that some of its
// cards wear over or under their name: "New", "Top Rated", "Back in
// stock", "Best seller". A badge is a short unlinked line without a
// digit (a price in a slot of its own, "From $29", is the card's), no heading
// and no field's label or value after it, in a slot of the card's
// template (the same chain of elements and class names under the card)
// that fewer than badgeMaxShare of the cards fill, with few texts that
// several cards print word for word. A card's fields fill their slots
// in (nearly) every card, with the card's own values (its colour, its
// fit, its price), and stay; so does a line printed in one card only.
// A card is a child of an element with badgeMinCards such children or
// more, half of its children at least, that holds a linked line and a
// line of text (see cardCounts), however many lines it holds: a shop's
// card prints a name, a price, a rating and a few rows of facts.
// Slots are counted over every block, kept or not: the in-page repeat
// test has dropped most copies of a field's common values already.
func dropCardBadges(s *segmenter) {
	item, cardsOf := badgeCards(s)
	type slot struct {
		list int32  // the element that holds the cards
		path uint64 // the elements from the block up to the card
	}
	type line struct {
		at   slot
		text string
	}
	var cands []int
	var keys []slot
	for i := range s.blocks {
		b := &s.blocks[i]
		n := s.blockAt[i]
		if b.Kind == boilerplate.KindHeading || b.Features.Words == 0 || b.Features.Words > badgeMaxWords ||
			b.Features.LinkWords > 0 || n < 0 || int(n) >= len(item) || item[n] < 0 || item[n] == n ||
			hasDigit(b.Text) || isFieldLabel(b.Text) || i > 0 && isFieldLabel(s.blocks[i-1].Text) {
			continue
		}
		it := item[n]
		h := uint64(14695981039346656037)
		for j := n; j != it && j >= 0; j = s.nodes[j].parent {
			h = (h ^ uint64(s.nodes[j].tag)) * 1099511628211
			h = (h ^ uint64(s.nodes[j].shape)) * 1099511628211
		}
		cands = append(cands, i)
		keys = append(keys, slot{s.nodes[it].parent, h})
	}
	if len(cands) < badgeMinWorn {
		return
	}
	worn := make(map[slot]int)       // slot -> cards that fill it
	printed := make(map[line]int)    // text in a slot -> cards that print it
	lastSlot := make(map[slot]int32) // slot -> last card counted
	lastLine := make(map[line]int32) // text -> last card counted
	for k, i := range cands {
		it := item[s.blockAt[i]]
		if last, ok := lastSlot[keys[k]]; !ok || last != it {
			worn[keys[k]]++
			lastSlot[keys[k]] = it
		}
		l := line{keys[k], s.blocks[i].Text}
		if last, ok := lastLine[l]; !ok || last != it {
			printed[l]++
			lastLine[l] = it
		}
	}
	for k, i := range cands {
		at := keys[k]
		cards := cardsOf[at.list]
		if !s.blocks[i].Kept || cards < badgeMinCards || worn[at] < badgeMinWorn || float64(worn[at]) >= badgeMaxShare*float64(cards) ||
			printed[line{at, s.blocks[i].Text}] < badgeMinCopies {
			continue
		}
		s.blocks[i].Drop(boilerplate.ReasonRepeatedInPage)
	}
}

// badgeCards returns, for each node, the card of a grid that holds it
// (the node itself or an ancestor; the innermost when grids nest), -1
// outside any, and for each node the number of its children that are
// cards (see cardCounts): a grid's number of cards (see dropCardBadges).
func badgeCards(s *segmenter) (card, cards []int32) {
	parts, cards, children := cardCounts(s)
	card = make([]int32, len(s.nodes))
	// Parents come before their children.
	for i := range s.nodes {
		card[i] = -1
		p := s.nodes[i].parent
		if p < 0 {
			continue
		}
		card[i] = card[p]
		if parts[i] == partLink|partText && cards[p] >= badgeMinCards && float64(cards[p]) >= gridCardShare*float64(children[p]) {
			card[i] = int32(i)
		}
	}
	return card, cards
}
