package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropAnnouncedTails drops, in a fallback's reading by sections, the
// section under a heading that the recognisers dropped as announcing
// comments ("5 Responses", "Kommentare") or other stories ("You may also
// like", "Mehr zum Thema"), up to the next heading of the same or a
// higher rank, when the reading kept text before that heading: the short
// post or the one paragraph the fallback was for. Each comment or teaser
// there reads as prose, section by section, and outweighs the post it
// follows. A reading that kept nothing before the heading (a thread's
// page, whose posts are its content) is left alone, and so is a line
// that only reads as a heading (a <div> a heading made one: "Comment
// removed by its author" over a post). A count of comments over a Q&A's
// answers ("2 respostas" over elements named as answers, answered true
// for the block under it; answered may be nil) counts the answers, which
// are the page's content, as markCommentSections reads it.
func dropAnnouncedTails(blocks []boilerplate.Block, answered func(int) bool) {
	before := false
	for i := 0; i < len(blocks); i++ {
		h := &blocks[i]
		if h.Kind != boilerplate.KindHeading || h.Reason != boilerplate.ReasonComments && h.Reason != boilerplate.ReasonRelated {
			before = before || h.Kept
			continue
		}
		if !before || !headingElement(h.Tag) {
			continue
		}
		end := headedSectionEnd(blocks, i)
		if h.Reason == boilerplate.ReasonComments && answered != nil && i+1 < end && answered(i+1) {
			continue
		}
		for j := i + 1; j < end; j++ {
			if blocks[j].Kept {
				blocks[j].Drop(h.Reason)
			}
		}
		i = end - 1
	}
}

// headedSectionEnd returns the index of the first block after the
// heading at i that is a heading of the same or a higher rank
// (len(blocks) when none is): the end of the section the heading opens.
func headedSectionEnd(blocks []boilerplate.Block, i int) int {
	rank := headingRank(blocks[i].Tag)
	for j := i + 1; j < len(blocks); j++ {
		if blocks[j].Kind == boilerplate.KindHeading && headingRank(blocks[j].Tag) <= rank {
			return j
		}
	}
	return len(blocks)
}

// headingElement reports whether tag names a heading element, h1 to h6.
func headingElement(tag string) bool {
	return len(tag) == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6'
}
