package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepListingBylines takes back, on a listing or a collection, the
// bylines that the recognisers dropped as credits: "By Jane Doe" under a
// story's teaser says who wrote that story, a field of the item as much as
// its date, not the page's credit line. The same author under several
// teasers is no template either, so no copy limit applies (compare
// keepItemFields). Only a line that opens with an author's label and names
// someone (isBylineLine, bylineNames) comes back: a photo's credit
// ("Jane Doe/Agency") stays dropped.
func keepListingBylines(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonCredit {
			continue
		}
		if isBylineLine(b.Text) && bylineNames(b.Text) != "" {
			b.Keep()
		}
	}
}

// maxTeaserAuthorWords bounds a teaser's author line: a name or two.
const maxTeaserAuthorWords = 6

// keepTeaserAuthors takes back, on a listing or a collection, the author
// names under kept teasers that the markup marks as authors (a link to an
// author's page, rel=author, itemprop=author: see markOf) but that
// density dropped as links: "Connie Loizos" under a story's headline on a
// news index names who wrote it, as a "By" line would (see
// keepListingBylines). The name must follow a kept heading closely, in
// the teaser that heading opens. A class that names an author
// ("card__author") reads as a boilerplate hint, which the name may
// carry; the page's frame (nav, header, footer, aside) may not.
func keepTeaserAuthors(s *segmenter) {
	blocks := s.blocks
	for k := range s.mc.marks {
		m := &s.mc.marks[k]
		if m.kind&markAuthor == 0 || m.src == srcClass || int(m.block) >= len(blocks) {
			continue
		}
		i := int(m.block)
		b := &blocks[i]
		if b.Kept || !densityVerdict(b.Reason) || b.Features.Words > maxTeaserAuthorWords ||
			b.Features.Hints&(negativeHints&^boilerplate.HintBoilerplate) != 0 || b.Text != m.text {
			continue
		}
		for h := i - 1; h >= 0 && h >= i-2; h-- {
			if blocks[h].Kind == boilerplate.KindHeading && blocks[h].Kept {
				b.Keep()
				break
			}
		}
	}
}
