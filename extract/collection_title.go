package extract

import "github.com/winnowtext/winnow/boilerplate"

// aboveTitleShare is the largest share of a collection's kept words that
// the lines above its title may hold for them to be the shop's frame (see
// dropAboveCollectionTitle).
const aboveTitleShare = 0.2

// dropAboveCollectionTitle drops, on a collection, what is kept above the
// page's title: the promotion bars a shop prints between its header and
// the category's name ("Free shipping on orders over $75", "Earn $30 when
// you join", a sale's offer code), a help line with a phone number, a
// kicker ("Collection"). A category's content starts with its name: its
// introduction and its cards come after it. The lines above must be a
// small share of the kept words (aboveTitleShare), or the title is not
// where the content starts: a heading printed after the grid by a layout
// that puts the sidebar last, and nothing goes.
func dropAboveCollectionTitle(blocks []boilerplate.Block) {
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	above := keptWords(blocks[:t])
	if above == 0 || float64(above) > aboveTitleShare*float64(above+keptWords(blocks[t:])) {
		return
	}
	for i := range t {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonOutsideMain)
		}
	}
}
