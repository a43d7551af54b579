package extract

import "github.com/winnowtext/winnow/boilerplate"

// storyWords is the least a paragraph of a story holds that no teaser's
// summary does: a listing sums up each item in a sentence or three.
const storyWords = 200

// storyAfterTitle reports whether a page the model took for a listing or
// a collection tells one story under its headline: the single-container
// extraction kept, after the page's title and before any teaser's
// headline, a paragraph of storyWords or more with few links, and nothing
// after the title names a price. A page of teasers sums up each item in a
// few sentences, and a shop's category page that opens with a long
// description lists its products' prices; a page whose menus and link
// lists outweigh its text, but that carries long paragraphs under its
// headline, is an article.
func storyAfterTitle(blocks []boilerplate.Block) bool {
	t := titleIndex(blocks)
	if t < 0 {
		return false
	}
	story := false
	for i := t + 1; i < len(blocks); i++ {
		b := &blocks[i]
		f := &b.Features
		if f.Digits > 0 && hasPrice(b.Text) {
			return false
		}
		if story {
			continue
		}
		if isTeaserHead(b) {
			return false
		}
		story = b.Kept && b.Kind == boilerplate.KindParagraph && f.Words >= storyWords && f.LinkDensity() < 0.2
	}
	return story
}
