package extract

import "github.com/winnowtext/winnow/boilerplate"

// topBarShare is the share of the kept words that what a page prints
// above its header may hold for it to be a bar of its own (see
// dropAboveHeader).
const topBarShare = 0.1

// dropAboveHeader drops, on a service page, a listing or a collection,
// what it prints above the site's header: an announcement bar
// ("Registration is open", "Download the app and get 25% off"), a browser
// warning, a promotion code. The content starts below the header and its
// navigation. The header is the first block dropped as navigation, but
// for the skip links that come before everything ("Skip to main
// content"); it must come before the page's title, and what stands above
// it must be a small share of the kept text (topBarShare), or the
// navigation was a part of the content (a tab list) and nothing goes.
func dropAboveHeader(blocks []boilerplate.Block) {
	nav := -1
	for i := range blocks {
		if blocks[i].Reason == boilerplate.ReasonNavigation && !isSkipLink(&blocks[i]) {
			nav = i
			break
		}
		if blocks[i].Reason == boilerplate.ReasonTitle {
			return
		}
	}
	if nav < 0 {
		return
	}
	above, all := keptWords(blocks[:nav]), keptWords(blocks)
	if above == 0 || float64(above) > topBarShare*float64(all) {
		return
	}
	for i := range nav {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonNavigation)
		}
	}
}
