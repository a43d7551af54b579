package extract

import "github.com/winnowtext/winnow/boilerplate"

// teaserBylineRun: how many kept teasers with their byline or date
// dropped make a run of teasers whose fields come back (see
// keepTeaserBylines).
const teaserBylineRun = 3

// keepTeaserBylines takes back, on a page read as an article, the bylines
// and dates of a run of teasers the reading kept: a blog's or a news
// section's index ("Latest articles") that the article model read, each
// teaser a linked headline, "By Jane Doe", "Dec 17, 2025" and a summary.
// The recognisers drop those lines as the credit and dateline of a story,
// but under each of several kept headlines they are fields of the items,
// as keepListingBylines keeps them on a listing. A teaser counts when its
// headline (isTeaserHead) and the summary after the dropped lines are
// kept, and the lines between are at most teaserMetaLines short credits
// (naming someone, see isBylineLine) or datelines, one a date (a
// thread's replies, each a linked subject over "by Jane writes:", are no
// teasers); with teaserBylineRun
// such teasers or more, all their lines come back. An article's own
// byline is one, under one headline; related stories' teasers are dropped
// with their headlines.
func keepTeaserBylines(blocks []boilerplate.Block) {
	n := 0
	for i := range blocks {
		if blocks[i].Kind == boilerplate.KindHeading && blocks[i].Kept && teaserFields(blocks, i) > i {
			n++
		}
	}
	if n < teaserBylineRun {
		return
	}
	for i := range blocks {
		if blocks[i].Kind != boilerplate.KindHeading || !blocks[i].Kept {
			continue
		}
		if last := teaserFields(blocks, i); last > i {
			for j := i + 1; j <= last; j++ {
				blocks[j].Keep()
			}
		}
	}
}

// teaserFields returns the last of the dropped field lines under the kept
// teaser headline at i (see keepTeaserBylines), or -1 when i heads no
// such teaser.
func teaserFields(blocks []boilerplate.Block, i int) int {
	if !blocks[i].Kept || !isTeaserHead(&blocks[i]) {
		return -1
	}
	last, dated := -1, false
	for j := i + 1; j < len(blocks) && j <= i+teaserMetaLines+1; j++ {
		b := &blocks[j]
		if b.Kept {
			if !dated || b.Kind == boilerplate.KindHeading {
				return -1
			}
			return last
		}
		if b.Features.Words > teaserMetaWords+2 || b.Features.LinkWords == b.Features.Words {
			return -1
		}
		switch {
		case b.Reason == boilerplate.ReasonDateline:
			dated = true
		case b.Reason == boilerplate.ReasonCredit && isBylineLine(b.Text) && bylineNames(b.Text) != "":
		default:
			return -1
		}
		last = j
	}
	return -1
}
