package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// leadInWords is the most words of a lead-in line (see keepLeadIns).
const leadInWords = 15

// keepLeadIns keeps, inside the article's body (bodySpan), the short
// lines that announce the block after them with a colon ("Similarly, for
// the benchmarks:", "Here is how to start:") when that block is kept: a
// listing, a quotation, a table or a paragraph the line introduces. A
// line without a verb ending shows no sentence to density, which drops it
// for its length, and a reader view shows it with what it announces. The
// line must be a plain paragraph of the body without links; a label of a
// box ("Related:") stands under a negative hint or after the body, and
// only density's verdicts are taken back. A post of code samples goes on
// after its last paragraph of prose ("Output:" over a block of code): a
// line that announces kept code is kept there too.
func keepLeadIns(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	if first < 0 {
		return
	}
	for i := first + 1; i+1 < len(blocks); i++ {
		b, next := &blocks[i], &blocks[i+1]
		if i >= last && next.Kind != boilerplate.KindCode {
			continue // after the body's prose, only code goes on with it
		}
		if mask[i] && mask[i+1] && next.Kept && next.Kind != boilerplate.KindHeading && leadIn(b) {
			b.Keep()
		}
	}
}

// leadIn reports whether b is a dropped paragraph, or a line of a list's
// item (a step's "On Windows:" over its command), that only density
// dropped, of at most leadInWords words, none in a link, under no
// negative hint, ending with a colon.
func leadIn(b *boilerplate.Block) bool {
	f := &b.Features
	line := b.Kind == boilerplate.KindParagraph || b.Kind == boilerplate.KindListItem
	return !b.Kept && line && densityVerdict(b.Reason) && f.LinkWords == 0 &&
		f.Words <= leadInWords && f.Hints&negativeHints == 0 && strings.HasSuffix(b.Text, ":")
}
