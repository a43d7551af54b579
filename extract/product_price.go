package extract

import "github.com/winnowtext/winnow/boilerplate"

// Bounds of the price line beside a product's name (see keepTitlePrice):
// its words, and how many shown blocks after the title it may stand.
const (
	titlePriceWords  = 6
	titlePriceBlocks = 8
)

// keepTitlePrice keeps, on a product's page, the price printed right
// under the product's name when the reading dropped it: the first short
// line with a currency amount among the few shown blocks between the
// title and the first block the reading kept after it. The buy box (the
// name, the price, the options, the buttons) holds no prose, so a
// container chosen for the description below leaves the price outside;
// the price is what a shopper reads first about the product. A line
// under a negative hint (a card, the header) is not taken.
func keepTitlePrice(blocks []boilerplate.Block) {
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	shown := 0
	for i := t + 1; i < len(blocks) && shown < titlePriceBlocks; i++ {
		b := &blocks[i]
		if b.Kept {
			return
		}
		if b.Features.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		shown++
		if b.Features.Words <= titlePriceWords && b.Features.Digits > 0 && hasPrice(b.Text) {
			if b.Features.Hints&negativeHints == 0 {
				b.Keep()
			}
			return
		}
	}
}
