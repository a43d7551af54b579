package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepCode keeps, inside the main container (mask), the code listings
// (<pre>) that density dropped: a declaration of one line above an API
// item's description, a command between two steps of a guide. Code is
// never prose, so its words and sentences say nothing of whether it is
// content; inside the container it is the page's. A listing without a
// letter (a gutter of line numbers) and one under a negative hint keep
// their verdicts, and so does code that a recogniser or another rule
// dropped.
func keepCode(blocks []boilerplate.Block, mask []bool) {
	for i := range blocks {
		b := &blocks[i]
		if mask[i] && b.Kind == boilerplate.KindCode && !b.Kept && densityVerdict(b.Reason) &&
			b.Features.Hints&negativeHints == 0 && hasLetter(b.Text) {
			b.Reason, b.Kept = boilerplate.ReasonNone, true
		}
	}
}
