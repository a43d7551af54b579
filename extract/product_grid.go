package extract

import "github.com/winnowtext/winnow/boilerplate"

// Shape of a grid of product cards: gridCards cards in a row, each a
// linked name and its price within gridCardBlocks visible blocks of the
// last, the first within gridLead visible blocks of the page's title. A
// filter drawer that a script opens (hidden until then, and often a copy
// of the visible filters for small screens) does not part a category's
// title from its grid, however many options it lists.
const (
	gridCards      = 7
	gridCardBlocks = 6
	gridLead       = 40
)

// A description before the grid (see priceGridAfterTitle): lines of
// gridProseLine words or more, outside links, gridProseWords in all.
const (
	gridProseLine  = 10
	gridProseWords = 50
)

// priceGridAfterTitle reports whether the page's title heads a grid of
// product cards: a shop's category ("Indoor Pots", "Air Purifiers") that
// the page model took for one product's page because it shows prices and
// product names. Below a product's own name come its price, its buttons
// and its description; a grid of other products, if any, comes later. A
// card is a price with a link of a few words (the product's name) in the
// blocks since the card before, so that the prices of a product's
// variants or of a table of options do not count. A heading after a
// description (gridProseWords of lines without links) and before the
// first card heads the grid instead of the title: "More from this shop"
// under the product's description, where a category's short introduction
// runs straight into its cards.
//
// Some grids print a card's price before its linked name (a house's
// price over its address): the first price may come without a link
// before it when a link, and no unlinked heading, follows it before the
// next price. Under a product's own price, an unlinked heading ("You may
// also like") opens the grid of other products.
func priceGridAfterTitle(blocks []boilerplate.Block) bool {
	t := titleIndex(blocks)
	if t < 0 {
		return false
	}
	cards, since, linked, prose := 0, 0, false, 0
	priceFirst := false // the first price came before its card's link
	for i := t + 1; i < len(blocks) && cards < gridCards; i++ {
		b := &blocks[i]
		if b.Features.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		since++
		if cards == 0 {
			if b.Features.LinkWords == 0 && b.Features.Words >= gridProseLine {
				prose += b.Features.Words
			}
			if prose >= gridProseWords && b.Kind == boilerplate.KindHeading {
				return false
			}
		}
		if priceFirst && cards == 1 && b.Kind == boilerplate.KindHeading && b.Features.LinkWords == 0 {
			return false
		}
		limit := gridCardBlocks
		if cards == 0 {
			limit = gridLead
		}
		if since > limit {
			return false
		}
		if b.Features.LinkWords >= 2 {
			linked = true
		}
		if b.Features.Digits > 0 && hasPrice(b.Text) {
			if !linked && cards > 0 {
				return false
			}
			priceFirst = priceFirst || !linked
			cards++
			since, linked = 0, false
		}
	}
	return cards >= gridCards
}
