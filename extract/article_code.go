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
			b.Keep()
		}
	}
}

// keepBodyCode goes further than keepCode inside an article's body
// (bodySpan), where a reader view shows code with the text that explains
// it: a gutter of line numbers ("1 2 3 4") beside a listing stays with it,
// though a recogniser takes it for a date, and a listing set in a
// <figure> stays, though it is taken for a picture's caption. Only those
// verdicts and density's are taken back, and code under a negative hint
// keeps its own.
func keepBodyCode(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	for i := first + 1; i < last; i++ {
		b := &blocks[i]
		if !mask[i] || b.Kept || b.Kind != boilerplate.KindCode || b.Features.Hints&negativeHints != 0 {
			continue
		}
		if densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonCaption || b.Reason == boilerplate.ReasonDateline {
			b.Keep()
		}
	}
}
