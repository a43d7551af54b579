package extract

import "github.com/winnowtext/winnow/boilerplate"

// minPhraseListItems is the least items a list must run to for
// keepListPhrases to take back one of them.
const minPhraseListItems = 3

// keepListPhrases keeps, on the article reading, inside the main
// container, an unlinked item of a
// list the classifier mostly kept that a recogniser dropped for its words:
// a review's cons ("Subscription required for best features"), a guide's
// prices ("Monthly subscription: $8"), a course list's licences
// ("License: CC-BY"), a feature list's "Email/SMS campaigns". In a list
// read as content its items are the list's, whatever their words; a sign-up
// box or a share bar is not one item among kept steps. Teaser verdicts
// ("Related: ...") are left: such items are links to other pages. Other
// readings judge their lists themselves: a shop's list of terms is its
// fine print.
//
// Each list is counted once, at its first such item: an item kept adds one
// to its count, so a list of thousands of items costs no more than its
// length.
func keepListPhrases(blocks []boilerplate.Block, mask []bool) {
	to, items, kept := -1, 0, 0 // the list of the last item judged
	for i := range blocks {
		b := &blocks[i]
		if !mask[i] || b.Kept || b.Kind != boilerplate.KindListItem || !listPhraseVerdict(b.Reason) ||
			b.Features.LinkWords > 0 || b.Features.Words < 2 {
			continue
		}
		if i > to {
			var from int
			from, to = phraseListRun(blocks, i)
			items, kept = to-from+1, 0
			for j := from; j <= to; j++ {
				if blocks[j].Kept {
					kept++
				}
			}
		}
		if items >= minPhraseListItems && 3*kept >= 2*items {
			b.Keep()
			kept++
		}
	}
}

// phraseListRun returns the first and last of the list items around block i
// that stand in its container, one after another.
func phraseListRun(blocks []boilerplate.Block, i int) (from, to int) {
	id := blocks[i].Features.ContainerID
	from, to = i, i
	for from > 0 && blocks[from-1].Kind == boilerplate.KindListItem && blocks[from-1].Features.ContainerID == id {
		from--
	}
	for to+1 < len(blocks) && blocks[to+1].Kind == boilerplate.KindListItem && blocks[to+1].Features.ContainerID == id {
		to++
	}
	return from, to
}

// listPhraseVerdict reports whether r is a recogniser's verdict on an
// item's words that its list may take back (see keepListPhrases).
func listPhraseVerdict(r boilerplate.Reason) bool {
	switch r {
	case boilerplate.ReasonSubscription, boilerplate.ReasonLegal, boilerplate.ReasonSocial,
		boilerplate.ReasonAdvertisement, boilerplate.ReasonNewsletter, boilerplate.ReasonInterface:
		return true
	}
	return false
}
