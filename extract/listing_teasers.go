package extract

import "github.com/winnowtext/winnow/boilerplate"

// Shape of a listing the article model took for an article: at least
// leadingTeasers teasers' headlines between the page's title and the
// content it chose, which runs for fewer than teaserWords words before the
// next teaser's headline.
const (
	leadingTeasers = 3
	teaserWords    = 150
	// A listing's title names a section ("Science", "Latest news"), an
	// article's tells its story.
	sectionTitleWords = 4
)

// teasersBeforeContent reports whether the content the article model
// chose is one teaser of a listing. An article's body follows its
// headline, with at most a kicker, a byline or a box of related links
// between, and runs for paragraphs; on a section's front page ("Science")
// the title heads a run of teasers, each a linked headline and a summary,
// and the densest prose is one of the summaries, short and followed by the
// next teaser.
func teasersBeforeContent(blocks []boilerplate.Block) bool {
	t := titleIndex(blocks)
	if t < 0 || blocks[t].Features.Words > sectionTitleWords {
		return false
	}
	n, i := 0, t+1
	for ; i < len(blocks) && !blocks[i].Kept; i++ {
		if isTeaserHead(&blocks[i]) {
			n++
		}
	}
	if n < leadingTeasers {
		return false
	}
	words := 0
	for ; i < len(blocks) && !isTeaserHead(&blocks[i]); i++ {
		if blocks[i].Kept {
			words += blocks[i].Features.Words
		}
	}
	return words < teaserWords
}

// isTeaserHead reports whether b is a teaser's headline: a visible heading
// of four words or more that is mostly a link.
func isTeaserHead(b *boilerplate.Block) bool {
	f := &b.Features
	return b.Kind == boilerplate.KindHeading && f.Words >= 4 && f.LinkDensity() >= 0.5 &&
		!f.Hints.Has(boilerplate.HintHidden)
}
