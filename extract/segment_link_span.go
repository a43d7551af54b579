package extract

// A link left open (an <a> whose </a> is missing, or whose closing quote
// is) runs on, in the HTML parser as in a browser, until the element that
// holds it ends: through whole sections of the page, often the article.
// Counted as link text, every line of the article then reads as a menu
// item. A link that ends otherwise than at its own end tag (at the end of
// the element holding it, at the next link, at the end of the page) was
// left open: the blocks after the one in which it started count its text
// as their own. A link closed by its end tag is one, however large (a
// teaser card with a kicker, heading, teaser, byline and date), unless it
// runs over more than linkSpanBlocks blocks: a missing quote can put its
// start far from its end.

// linkSpanBlocks is the number of blocks, after the one in which it
// started, from which a link is taken for one left open. A teaser card's
// kicker, heading, teaser, byline and date are five blocks.
const linkSpanBlocks = 6

// startLinkSpan notes where the link that starts now begins.
func (s *segmenter) startLinkSpan() {
	s.linkFrom, s.linkBefore = len(s.blocks), s.linkChars
}

// endLinkSpan is called when the open link ends, closed says by its end
// tag: if it was left open, or ran over more than linkSpanBlocks blocks,
// its words become the blocks' own, in the blocks after the one in which
// it started and in the one being gathered. The block in which the link
// started gives back the words of this link alone (it may hold others),
// and only when the link was left open and ran past it: a link whose
// </a> is missing in a menu item ends with the item, and stays a link; a
// card's link closed after many blocks keeps its first, the card's
// title or brand.
func (s *segmenter) endLinkSpan(closed bool) {
	if s.inLink != 0 && (!closed || len(s.blocks)-s.linkFrom > linkSpanBlocks) {
		s.unlinkSpan(closed)
		return
	}
	if s.inLink != 0 {
		s.noteCardLink()
	}
}

// noteCardLink records the link closed now by its end tag when it wraps
// more than one block: a card that one link wraps whole (see
// linkedCards). The block being gathered, if it holds text, is the
// link's last.
func (s *segmenter) noteCardLink() {
	to := len(s.blocks)
	if len(trimSpaceNewline(s.buf)) > 0 {
		to++
	}
	if to-s.linkFrom > 1 {
		s.cardLinks = append(s.cardLinks, [2]int32{int32(s.linkFrom), int32(to)})
	}
}

// unlinkSpan gives the blocks of the link that endLinkSpan ends their
// words back.
func (s *segmenter) unlinkSpan(closed bool) {
	n := len(s.blocks) - s.linkFrom
	if n == 0 {
		return
	}
	if !closed && n == 1 && len(s.buf) == 0 {
		s.openEnds = append(s.openEnds, [2]int32{int32(s.linkFrom), int32(s.linkBefore)})
	}
	if !closed && (n > 1 || len(s.buf) > 0) {
		first := &s.blocks[s.linkFrom].Features
		s.linkAt[s.linkFrom] = int32(min(int(s.linkAt[s.linkFrom]), s.linkBefore))
		first.LinkCount = max(first.LinkCount-1, 0)
	}
	for i := s.linkFrom + 1; i < len(s.blocks); i++ {
		s.linkAt[i] = 0 // setTexts measures LinkWords from it
		s.blocks[i].Features.LinkCount = 0
	}
	s.linkChars = 0
}
