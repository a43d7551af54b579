package extract

import "github.com/winnowtext/winnow/boilerplate"

// tierGap is the number of blocks of their own (two words or more) that
// may stand between two copies of one group of copies, or between a
// group's first copy and the price before it (see keepTierCopies).
const tierGap = 4

// keepTierCopies takes back the in-page repeat verdicts of a service
// page's plans: each tier of a pricing table lists the features of the
// one before it ("Expertly crafted resume", "60-day guarantee") beside a
// name and a price of its own. A group of copies close together, with
// the prices of three tiers or more just before its first copy or between
// its copies (a table of four plans or more: the first holds the
// originals), is such a table. Copies with fewer prices (a carousel
// printed twice, the same promotion on every product card, each card
// apart from the next) stay dropped: with two, a product's variants
// looked like plans.
func keepTierCopies(blocks []boilerplate.Block) {
	start, last, gap := -1, -1, 0
	prices := 0               // the prices of the group
	pending := 0              // prices since the group's last copy
	sincePrice := tierGap + 1 // blocks of their own since the last price
	flush := func() {
		if start >= 0 && prices >= 3 {
			for k := start; k <= last; k++ {
				if blocks[k].Reason == boilerplate.ReasonRepeatedInPage {
					blocks[k].Reason = boilerplate.ReasonNone
				}
			}
		}
		start, last, gap, prices, pending = -1, -1, 0, 0, 0
	}
	for i := range blocks {
		b := &blocks[i]
		switch {
		case b.Reason == boilerplate.ReasonRepeatedInPage:
			if start < 0 {
				start, pending = i, 0
				if sincePrice <= tierGap {
					pending = 1
				}
			}
			prices += pending
			last, gap, pending = i, 0, 0
		case b.Dropped():
		case hasPrice(b.Text):
			sincePrice = 0
			if start >= 0 {
				pending++
			}
		case b.Features.Words >= 2:
			sincePrice++
			if start >= 0 {
				if gap++; gap > tierGap {
					flush()
				}
			}
		}
	}
	flush()
}
