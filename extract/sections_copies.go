package extract

import "github.com/winnowtext/winnow/boilerplate"

// sharedCopyWords is the length, in words, from which a copy beside text
// of its own is taken back (see keepSharedCopies): a shorter one is a
// button or a label ("Learn more", "Book a call").
const sharedCopyWords = 4

// keepSharedCopies takes back, on a service page, the in-page repeat
// verdicts of the copies that stand beside text of their own: a package
// lists the services it shares with the one before it among those it
// adds, and its list holds both. A copy whose container holds no other
// text (a carousel's slide printed twice, a menu printed again for
// small screens) stays dropped, and so do short copies.
func keepSharedCopies(blocks []boilerplate.Block) {
	var own map[int]bool // the containers that hold a kept block of two words or more
	for i := range blocks {
		b := &blocks[i]
		if !b.Dropped() && b.Features.Words >= 2 && b.Features.ContainerID >= 0 {
			if own == nil {
				own = make(map[int]bool)
			}
			own[b.Features.ContainerID] = true
		}
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Reason == boilerplate.ReasonRepeatedInPage && b.Features.Words >= sharedCopyWords && own[b.Features.ContainerID] {
			b.Reason = boilerplate.ReasonNone
		}
	}
}
