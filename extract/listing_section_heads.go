package extract

import "github.com/winnowtext/winnow/boilerplate"

// Shape of a listing's section heading that keepListingSectionHeads takes
// back.
const (
	// sectionHeadMaxWords bounds the heading: a section's name ("Latest
	// news", "More on the election"), not a teaser's headline.
	sectionHeadMaxWords = 8
	// sectionHeadWindow is how many blocks after the heading are looked
	// at: the section's first items.
	sectionHeadWindow = 6
	// sectionHeadFirstKept is how far after the heading the first kept
	// block may stand: a "See all" link or a kicker may come between.
	sectionHeadFirstKept = 3
)

// keepListingSectionHeads takes back, on a listing, the heading of a
// section whose items the reading kept, when the recognisers dropped it
// as a related-content or interface heading ("Latest news", "More top
// stories", "Recommended routes"): on an article such a heading opens the
// teasers around the story and goes with them, but on a front page or a
// section page the teasers are the content, and the heading names a part
// of it. The items must follow closely: the first kept block within
// sectionHeadFirstKept blocks, and half of the sectionHeadWindow blocks
// after the heading kept (a section whose teasers went stays dropped, its
// heading with it). Another dropped heading ends the section, unless it is
// a copy of a headline (a teaser printed twice).
//
// An interface heading is also what a widget titles itself ("Loading...",
// "Close", "Sort and Filter" over a grid's toolbar): one comes back only
// when it has two words or more and a headline is the first kept block
// after it, as teasers open with theirs.
func keepListingSectionHeads(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kept || b.Kind != boilerplate.KindHeading || b.Features.Words > sectionHeadMaxWords {
			continue
		}
		iface := b.Reason == boilerplate.ReasonInterface
		if b.Reason != boilerplate.ReasonRelated && (!iface || b.Features.Words < 2) {
			continue
		}
		kept, seen, first := 0, 0, -1
		for j := i + 1; j < len(blocks) && seen < sectionHeadWindow; j++ {
			n := &blocks[j]
			if n.Kind == boilerplate.KindHeading && !n.Kept && n.Reason != boilerplate.ReasonRepeatedInPage {
				break
			}
			seen++
			if n.Kept {
				kept++
				if first < 0 {
					first = j
				}
			}
		}
		if first < 0 || first-i > sectionHeadFirstKept || 2*kept < seen ||
			iface && blocks[first].Kind != boilerplate.KindHeading {
			continue
		}
		b.Keep()
	}
}
