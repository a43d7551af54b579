package extract

import "github.com/winnowtext/winnow/boilerplate"

// productMinWords is the least text the single container of a product's
// page must yield; with less, the product's own section is read instead.
const productMinWords = 100

// extractProduct reads a product's page after the article model chose its
// container (mask, with the hints pageWide it inherits, and its node main;
// nil and -1 when none was chosen).
//
// Customer reviews (see reviewsWon) are not the product's content. When
// they are most of what the container kept, they are dropped and the
// container is chosen again without them; the densest prose left is then
// seldom the product's own (another product's card, a notice), so the
// product's section is read instead, as it is when the container held
// little (a price, a button) or was a card far below the product's section
// (see farContainer). The product's specifications, the answers of its FAQ
// and the sheets its controls open are kept wherever they stand (see
// keepProductSpecs, keepToggledAnswers and keepNamedPanels), and so is the
// price under the product's name (see keepTitlePrice). Reviews that the
// container or the section took in go in any case, and so do the prices of
// a grid of other products under a related heading (see dropRelatedGrid)
// or in a row of cards that each hold a link and a price (see
// dropPriceCards), and so does the text that only screen readers read (see
// dropScreenReaderText), and so does the scripts' state printed as JSON
// (see dropStateData), and so do the shop's fields printed under their
// machine names (see dropFieldDumps), and so do the shop's shipping and
// returns terms (see dropShippingPanels), and so do the lines of its
// payment plans and loyalty schemes (see dropOfferLines), and so do a fit
// widget's verdicts (see dropFitVerdicts); headings left
// over what went go too (see dropBareHeadings).
func extractProduct(s *segmenter, classify boilerplate.ClassifyOptions, favor Favor, mask []bool, pageWide boilerplate.Hint, main int) {
	in, won := reviewsWon(s)
	if won {
		s.unlocate(s.blocks, mask, pageWide)
		dropReviews(s, in)
		mask, pageWide, main = extractArticle(s, classify, favor)
	}
	if main >= 0 && (won || keptWords(s.blocks) < productMinWords || farContainer(s, mask, main)) {
		readProductSection(s, mask, pageWide, main)
	}
	keepProductSpecs(s)
	keepToggledAnswers(s, classify.HasStopwords)
	keepNamedPanels(s, classify.HasStopwords)
	keepTitlePrice(s.blocks)
	dropRelatedGrid(s.blocks)
	dropPriceCards(s)
	dropScreenReaderText(s)
	dropStateData(s.blocks)
	dropFieldDumps(s)
	dropShippingPanels(s)
	dropOfferLines(s.blocks)
	dropFitVerdicts(s.blocks)
	dropBareHeadings(s)
	if in != nil {
		dropReviews(s, in)
	}
}

// readProductSection reads a product's page whose container is not the
// product's: its content is the short facts around the product's name
// (brand, price, size, the specifications) as well as the description. It
// keeps the sections of the smallest element that holds both the title
// and the container the article model chose. It does nothing on a page
// without a title heading.
func readProductSection(s *segmenter, mask []bool, pageWide boilerplate.Hint, main int) {
	blocks := s.blocks
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	s.unlocate(blocks, mask, pageWide)
	product := commonAncestor(s, int(s.blockAt[t]), main)
	end := subtreeEnd(s, product)
	for i := range blocks {
		if n := int(s.blockAt[i]); n < product || n >= end {
			blocks[i].Drop(boilerplate.ReasonOutsideMain)
		}
	}
	keepSectionsMemo(blocks, PageProduct, nil, s.recog)
}

// commonAncestor returns the deepest node that holds both a and b.
func commonAncestor(s *segmenter, a, b int) int {
	for a != b {
		if a > b {
			a = int(s.nodes[a].parent)
		} else {
			b = int(s.nodes[b].parent)
		}
		if a < 0 || b < 0 {
			return 0
		}
	}
	return a
}
