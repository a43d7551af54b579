package extract

import "github.com/winnowtext/winnow/boilerplate"

// standfirstWords is the least a standfirst holds: shorter lines under a
// headline are kickers, notices and bylines.
const standfirstWords = 10

// standfirstReach is how many blocks after the headline the standfirst
// may start: a kicker or a notice may stand between them.
const standfirstReach = 3

// keepStandfirst keeps the standfirst of an article: the line or two
// printed under the headline, above the byline and the body ("Apprehension
// and distrust pervade the protest site as promises from the state do
// little to assuage fears"). It often has no full stop and stands between
// the headline and a byline or a picture, so density, which judges a block
// by its neighbours, drops it; a reader view shows it.
//
// It is the first paragraph of prose shape (standfirstWords and more, few
// links, no boilerplate or figure hint) within standfirstReach blocks after
// the page's headline and before the first kept block, and it is taken
// back only from a verdict of density inside the main container. A dek
// outside the container, in the page's header, stays out: benchmarks that
// score the article's body (ScrapingHub's) leave it out, and it is kept
// only where the page puts it with the body.
func keepStandfirst(blocks []boilerplate.Block) {
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	for i := t + 1; i < len(blocks) && i <= t+standfirstReach; i++ {
		b := &blocks[i]
		if b.Kept {
			return // the body starts here
		}
		if !standfirst(b) {
			continue
		}
		if densityVerdict(b.Reason) {
			b.Keep()
		}
		return
	}
}

// standfirst reports whether b has the shape of a standfirst.
func standfirst(b *boilerplate.Block) bool {
	f := &b.Features
	const noisy = boilerplate.HintNav | boilerplate.HintFooter | boilerplate.HintAside | boilerplate.HintComment |
		boilerplate.HintBoilerplate | boilerplate.HintForm | boilerplate.HintHidden | boilerplate.HintFigure
	return b.Kind == boilerplate.KindParagraph && f.Words >= standfirstWords && f.LinkWords*5 < f.Words && f.Hints&noisy == 0
}
