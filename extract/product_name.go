package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepProductName keeps the heading that names the product on a product's
// page. Every reading drops the page's headline from the text (it is
// Result.Title); on an article it stands above the body, but a product's
// name heads the facts of its buy box (brand, price, size), which are
// the product's content, and it is often the only line that says what
// the item is: without it a short page is a price, a size selector and a
// few features of nothing named. The headline is found as on every page
// (titleIndex), so this keeps no heading that the page does not show as
// its title; a hidden one (a copy for a script's sticky bar) stays out.
func keepProductName(blocks []boilerplate.Block) {
	if t := titleIndex(blocks); t >= 0 && blocks[t].Kind == boilerplate.KindHeading &&
		!blocks[t].Features.Hints.Has(boilerplate.HintHidden) {
		blocks[t].Keep()
	}
}
