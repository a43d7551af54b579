package extract

import "github.com/winnowtext/winnow/boilerplate"

// articleEndsFirst reports whether the page's sections (page, the same
// blocks read section by section) add to the article reading (blocks)
// only after the article ends: the reading starts under the title
// heading, holds two paragraphs of sentences or more, and at least nine in ten of the
// words the sections add come after its last kept block. That is a short
// but complete article followed by a run of other things (teaser cards,
// "more from this author", comments), which is not content; a listing or
// a thread taken for an article gains words above or inside the reading.
func articleEndsFirst(blocks, page []boilerplate.Block) bool {
	t := titleIndex(blocks)
	if t < 0 {
		return false
	}
	first, last, n := -1, -1, 0
	for i := range blocks {
		if blocks[i].Kept {
			if first < 0 {
				first = i
			}
			last = i
			if b := &blocks[i]; b.Kind == boilerplate.KindParagraph && b.Features.Sentences > 0 {
				n++
			}
		}
	}
	if n < 2 || first < t {
		return false
	}
	var inside, after int
	for i := range page {
		if !page[i].Kept || blocks[i].Kept {
			continue
		}
		if i > last {
			after += page[i].Features.Words
		} else {
			inside += page[i].Features.Words
		}
	}
	return after > 0 && inside*addedTailShare <= after
}

// addedTailShare: at most 1/addedTailShare of what the sections add to an article
// may lie above or inside it for articleEndsFirst.
const addedTailShare = 10
