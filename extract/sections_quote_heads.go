package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// quoteHeadWords is the longest a quote's head runs, in words: "On
// 8/26/2024 at 5:29 PM, a member said:".
const quoteHeadWords = 12

// keepQuoteHeads keeps, on a forum, the head a reply prints over the quote
// it answers ("kestrel said:", "Quote from: wren on March 2"), where the
// quoted text under it stays: the head tells whose words the reply takes
// up, and reads as a commenter's byline only out of its quote. A quote
// dropped as a copy of a post the page shows takes its head with it.
// quoted tells which blocks stand in a quotation (see quotedBlocks); nil
// when only the quotations' kind is known.
func keepQuoteHeads(blocks []boilerplate.Block, quoted []bool) {
	isQuote := func(i int) bool {
		return blocks[i].Kind == boilerplate.KindQuote || quoted != nil && quoted[i]
	}
	for i := 0; i+1 < len(blocks); i++ {
		b := &blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonComments && b.Reason != boilerplate.ReasonRepeatedInPage || !isQuote(i) || !quoteHead(b) {
			continue
		}
		if next := &blocks[i+1]; next.Kept && isQuote(i+1) && next.Features.Words > b.Features.Words {
			b.Keep()
		}
	}
}

// quoteHead reports whether b is a short line that ends on a colon, with
// no link: how a forum names the writer of the quote under it.
func quoteHead(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Words > 0 && f.Words <= quoteHeadWords && f.LinkWords == 0 && strings.HasSuffix(b.Text, ":")
}
