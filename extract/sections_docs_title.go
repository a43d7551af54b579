package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropAboveDocTitle drops, on a documentation page, what is kept above
// the page's title when an article follows the title (minArticleWords):
// a reference starts at its title, and what a generator prints above it
// (a site notice, an announcement, a version banner, "From the wiki") is
// the site's.
func dropAboveDocTitle(blocks []boilerplate.Block) {
	t := titleIndex(blocks)
	if t < 0 || keptWords(blocks[t+1:]) < minArticleWords {
		return
	}
	for i := 0; i < t; i++ {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonOutsideMain)
		}
	}
}
