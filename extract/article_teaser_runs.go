package extract

import "github.com/winnowtext/winnow/boilerplate"

// teaserMinPairs and teaserMaxWords: a run of teasers after an article
// is at least teaserMinPairs linked titles, each with a blurb of at most
// teaserMaxWords words.
const (
	teaserMinPairs = 3
	teaserMaxWords = 40
)

// dropTrailingTeasers drops the blurbs of the teasers that follow an
// article. Such a run is a title whose words are all a link, dropped as a
// link, then a line or two of unlinked blurb, again and again: the blurb
// reads as prose and was kept. When all the text kept after the article's
// last other block is such blurbs, each right after its linked title, and
// there are teaserMinPairs of them or more, they go. A listicle whose
// last items were each a linked name and one short line would lose
// them; no article of the tune halves ends so.
func dropTrailingTeasers(blocks []boilerplate.Block) {
	n, start := 0, len(blocks)
	for i := len(blocks) - 1; i >= 0; i-- {
		if !blocks[i].Kept {
			continue
		}
		if !isTeaserBlurb(blocks, i) {
			break
		}
		n, start = n+1, i
	}
	if n < teaserMinPairs {
		return
	}
	for i := start; i < len(blocks); i++ {
		if blocks[i].Kept {
			blocks[i].Drop(boilerplate.ReasonRelated)
		}
	}
}

// isTeaserBlurb reports whether the kept block at i is a short unlinked
// text under a dropped block whose words are all a link (see
// teaserTitleAbove).
func isTeaserBlurb(blocks []boilerplate.Block, i int) bool {
	f := &blocks[i].Features
	if i == 0 || f.Words > teaserMaxWords || f.LinkWords*4 > f.Words {
		return false
	}
	return teaserTitleAbove(blocks, i)
}
