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
