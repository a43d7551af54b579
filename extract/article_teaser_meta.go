package extract

import "github.com/winnowtext/winnow/boilerplate"

// teaserMetaLines and teaserMetaWords: between a teaser's linked title and
// its blurb, at most teaserMetaLines dropped unlinked lines of at most
// teaserMetaWords words each (the author's name, the date). A title
// above such lines has teaserTitleWords words or more: a headline, where
// a linked name over a post's counters has two or three.
const (
	teaserMetaLines  = 2
	teaserMetaWords  = 4
	teaserTitleWords = 4
)

// teaserTitleAbove reports whether a dropped title whose words are all a
// link stands right above the block at i, or, with teaserTitleWords words
// or more, above at most teaserMetaLines short dropped unlinked lines that
// stand right above it: a teaser's title, its byline and date, then its
// blurb.
func teaserTitleAbove(blocks []boilerplate.Block, i int) bool {
	for j := i - 1; j >= 0 && j >= i-1-teaserMetaLines; j-- {
		f := &blocks[j].Features
		least := 2
		if j < i-1 {
			least = teaserTitleWords
		}
		switch {
		case blocks[j].Kept:
			return false
		case f.Words >= least && f.LinkWords == f.Words:
			return true
		case f.Words > teaserMetaWords || f.LinkWords > 0:
			return false
		}
	}
	return false
}
