package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropTwinLines drops, on a page read by sections, a kept line that
// repeats word for word the kept line right before it, with no block
// between: a card that prints its name or its price twice (once for
// small screens, once for large; a sale price over a price the theme
// prints again), a badge and its copy. A reader reads such a line once.
// A line between the two, even one dropped, says that they belong to two
// items that share a value ("Winner" over each of a row of awards), and
// both stay; so do a table's cells: a row of a comparison prints the
// same value ("Yes", "Included") cell after cell, and each is a value of
// its own.
func dropTwinLines(blocks []boilerplate.Block) {
	prev := -1 // the kept block right before, or the first of its copies
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept {
			prev = -1
			continue
		}
		if prev >= 0 && b.Text == blocks[prev].Text && b.Features.Words > 0 && !tableCell(b) && !tableCell(&blocks[prev]) {
			b.Drop(boilerplate.ReasonRepeatedInPage)
			continue
		}
		prev = i
	}
}

// tableCell reports whether b is a cell of a table.
func tableCell(b *boilerplate.Block) bool {
	return b.Tag == "td" || b.Tag == "th"
}
