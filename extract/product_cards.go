package extract

import "github.com/winnowtext/winnow/boilerplate"

// Shape of a row of other products' cards on a product's page (see
// dropPriceCards): priceCards cards or more, each holding a price line of
// priceCardWords words or fewer.
const (
	priceCards     = 3
	priceCardWords = 8
)

// cardPrice records what a card of a product grid holds.
type cardPrice uint8

const (
	cardLinked cardPrice = 1 << iota // a linked line: the other product's name or "View"
	cardPriced                       // a short unlinked line with a currency amount
)

// dropPriceCards drops, on a product's page, what the reading kept of a
// row of other products' cards below the product's name: an element with
// priceCards children or more that each hold a link (the product's name,
// "to the product") and a short price line without one. Shops list a
// product's variants, its bundles or an upsell ("Customers also viewed")
// that way with no heading the recognisers know, or under a heading in
// the shop's language; the reading by sections drops the cards' linked
// names but keeps their prices and the unlinked summaries beside them.
// The product's own price stands once under its name, and the options of
// its buy box (sizes, packs, colours) are buttons and labels, not links,
// so neither makes such a row. Elements that hold the title are never
// rows: the product's own section may lay its parts out as cards.
func dropPriceCards(s *segmenter) {
	t := titleIndex(s.blocks)
	if t < 0 || s.blockAt[t] < 0 {
		return
	}
	parts := make([]cardPrice, len(s.nodes))
	for i := range s.blocks {
		n := s.blockAt[i]
		if n < 0 || int(n) >= len(parts) {
			continue
		}
		b := &s.blocks[i]
		switch {
		case b.Features.LinkWords > 0:
			parts[n] |= cardLinked
		case b.Features.Words <= priceCardWords && b.Features.Digits > 0 && hasPrice(b.Text):
			parts[n] |= cardPriced
		}
	}
	cards := make([]int32, len(s.nodes))
	// Children come after their parents: fold each node into its parent.
	for i := len(s.nodes) - 1; i > 0; i-- {
		p := s.nodes[i].parent
		if p < 0 {
			continue
		}
		parts[p] |= parts[i]
		if parts[i] == cardLinked|cardPriced {
			cards[p]++
		}
	}
	// The title's element and its ancestors.
	titled := make([]bool, len(s.nodes))
	for n := int(s.blockAt[t]); n >= 0; n = int(s.nodes[n].parent) {
		titled[n] = true
	}
	for i := range s.blocks {
		b := &s.blocks[i]
		if !b.Kept || i < t {
			continue
		}
		if n := int(s.blockAt[i]); n >= 0 && cardRowOf(s, cards, parts, titled, n) {
			b.Drop(boilerplate.ReasonRelated)
		}
	}
}

// cardRowOf reports whether node n lies in a card (a child that holds a
// link and a price) of a row of priceCards such cards or more, that row
// not holding the title's node.
func cardRowOf(s *segmenter, cards []int32, parts []cardPrice, titled []bool, n int) bool {
	for c := n; c >= 0; c = int(s.nodes[c].parent) {
		p := int(s.nodes[c].parent)
		if p < 0 || titled[p] {
			return false
		}
		if cards[p] >= priceCards && parts[c] == cardLinked|cardPriced {
			return true
		}
	}
	return false
}
