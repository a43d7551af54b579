package extract

import "github.com/winnowtext/winnow/boilerplate"

// buyBoxAfterTitle reports whether the page's title is followed, within
// titlePriceBlocks shown blocks and before any link, by a short line
// with a currency amount not under a negative hint: the price under a
// product's name in its buy box. A product's page that declares no
// Product (no JSON-LD, no og:type, no /products/ in its address) shows
// the grids of other products below, and the page model takes it for a
// category; a category's first price is a card's, after the card's
// linked name.
func buyBoxAfterTitle(blocks []boilerplate.Block) bool {
	t := titleIndex(blocks)
	if t < 0 {
		return false
	}
	shown := 0
	for i := t + 1; i < len(blocks) && shown < titlePriceBlocks; i++ {
		b := &blocks[i]
		if b.Features.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		shown++
		if b.Features.LinkWords > 0 {
			return false
		}
		if b.Features.Words <= titlePriceWords && b.Features.Digits > 0 && hasPrice(b.Text) {
			return b.Features.Hints&negativeHints == 0
		}
	}
	return false
}
