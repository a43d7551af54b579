package extract

import "github.com/winnowtext/winnow/boilerplate"

// minCounters is the least number of bare counts on a listing that make
// them its items' counters: one under each of several items.
const minCounters = 3

// dropItemCounters drops, on a listing, the lines that are only a whole
// number ("6207", "1,242") and stand under its items: the count of reviews
// beside a product's stars, of votes, of trails, printed as an element of
// its own. The item's name and facts say what it is; a bare count without
// its label says nothing in the text. A rank is no count: a number one
// more than the rank before it, or 1 ("1", "2", "3": a chart's places,
// between which counts may stand), stays, and so does a number with a
// point ("4.5", a rating) or any other mark. Counts go only where
// minCounters or more stand on the page, so a lone figure in a teaser
// stays.
func dropItemCounters(blocks []boilerplate.Block) {
	n := 0
	for i := range counters(blocks) {
		if blocks[i].Kept {
			n++
		}
	}
	if n < minCounters {
		return
	}
	for i := range counters(blocks) {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonInterface)
		}
	}
}

// counters yields the blocks of blocks that are bare counts (bareCount)
// and no rank: a rank is one more than the last rank before it, or 1.
func counters(blocks []boilerplate.Block) func(yield func(int) bool) {
	return func(yield func(int) bool) {
		rank := 0
		for i := range blocks {
			v, ok := bareCount(blocks[i].Text)
			switch {
			case !ok:
			case v == rank+1 || v == 1:
				rank = v
			case !yield(i):
				return
			}
		}
	}
}

// bareCount returns the value of text when it is only a whole number of
// digits, with commas between groups of thousands and nothing else
// around it (no point, no sign, no unit), and whether it is one. A number
// too long for a count is none.
func bareCount(text string) (int, bool) {
	if text == "" || len(text) > 12 || !isDigit(text[0]) {
		return 0, false
	}
	v, group := 0, -1 // group: digits since the last comma, -1 before one
	for k := 0; k < len(text); k++ {
		switch c := text[k]; {
		case isDigit(c):
			v = v*10 + int(c-'0')
			if group >= 0 {
				group++
			}
		case c == ',' && (group < 0 || group == 3):
			group = 0
		default:
			return 0, false
		}
	}
	return v, group < 0 || group == 3
}
