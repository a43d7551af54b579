package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

// FallbackProductDescription names, in Result.Fallback, the blocks that
// show the description of the product the page's JSON-LD declares, kept
// when the product's reading kept almost nothing (see productFallBack).
const FallbackProductDescription = "product-description"

// productStarvedWords: a product's reading that keeps under
// productStarvedWords words kept almost nothing of the page: the name, a
// price, a size selector.
const productStarvedWords = 60

// productFallBack gives a product's page that its reading left almost
// empty (under productStarvedWords words), whatever fallback ran before,
// the blocks that show the description of the product the page's JSON-LD
// declares (md.ProductDescription) where the reading dropped them (a
// column beside the buy box, a panel it took for the page's furniture),
// and returns FallbackProductDescription; "" when it kept none. The
// other candidates of fallBack add nothing here: the text around the
// product's name is what a product's reading reads already when it keeps
// little (readProductSection), and on the tune pages of WCXB the
// container the article model chose took in a shop's grid of other
// products on every product page it was tried on.
func productFallBack(s *segmenter, md *meta.Metadata) string {
	if keptWords(s.blocks) >= productStarvedWords ||
		!keepShownDescription(s.blocks, meta.ProductText(md.ProductDescription)) {
		return ""
	}
	return FallbackProductDescription
}

// keepShownDescription keeps the dropped blocks whose text is a paragraph
// of desc (or lies in one), outside the page's header, navigation and
// footer, and reports whether it kept productDescMinWords words or more.
// It keeps none when the kept blocks show productDescMinWords words of
// desc already.
func keepShownDescription(blocks []boilerplate.Block, desc string) bool {
	if len(strings.Fields(desc)) < productDescMinWords {
		return false
	}
	var at []int
	words, shown := 0, 0
	for i := range blocks {
		b := &blocks[i]
		if b.Kept && b.Features.Words >= 3 && strings.Contains(desc, strings.TrimSpace(b.Text)) {
			shown += b.Features.Words
		}
		if b.Kept || b.Reason == boilerplate.ReasonTitle || b.Features.Words < 3 ||
			b.Features.Hints&(boilerplate.HintNav|boilerplate.HintHeader|boilerplate.HintFooter) != 0 {
			continue
		}
		if strings.Contains(desc, strings.TrimSpace(b.Text)) {
			at = append(at, i)
			words += b.Features.Words
		}
	}
	// The page shows the description already: what it drops of it are
	// copies (a closed tab's, a meta block's).
	if words < productDescMinWords || shown >= productDescMinWords {
		return false
	}
	for _, i := range at {
		blocks[i].Keep()
	}
	return true
}
