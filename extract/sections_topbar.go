package extract

import "github.com/winnowtext/winnow/boilerplate"

// topBarShare is the share of the kept words that what a page prints
// above its header may hold for it to be a bar of its own (see
// dropAboveHeader).
const topBarShare = 0.1

// topBarLines is the most lines a bar above the header holds ("Free
// shipping on orders over $50", a second offer under it): on a short
// page such a bar is more than topBarShare of the kept words, and it
// goes when it is under half of what follows the header.
const topBarLines = 2

// dropAboveHeader drops, on a service page, a listing or a collection,
// what it prints above the site's header: an announcement bar
// ("Registration is open", "Download the app and get 25% off"), a browser
// warning, a promotion code. The content starts below the header and its
// navigation. The header is the first block dropped as navigation, but
// for the skip links that come before everything ("Skip to main
// content"); it must come before the page's title, and what stands above
// it must be a small share of the kept text (topBarShare), or, on a
// short page, a line or two (topBarLines) that hold less than half of
// the words below; else the navigation was a part of the content (a tab
// list) and nothing goes.
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
	if above == 0 || float64(above) > topBarShare*float64(all) && (keptBlocks(blocks[:nav]) > topBarLines || 2*above >= all-above) {
		return
	}
	for i := range nav {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonNavigation)
		}
	}
}

// keptBlocks returns the number of kept blocks of blocks.
func keptBlocks(blocks []boilerplate.Block) int {
	n := 0
	for i := range blocks {
		if blocks[i].Kept {
			n++
		}
	}
	return n
}
