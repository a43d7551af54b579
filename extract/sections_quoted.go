package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html/atom"
)

// quotedBlocks returns, for each block of s, whether it stands in a
// quotation: in a <blockquote> or an element whose class names a quote
// (see quoteName), or of the quotation's kind. A reply on a forum quotes
// the post it answers, list items and short lines included.
func quotedBlocks(s *segmenter) []bool {
	inQuote := make([]bool, len(s.nodes))
	// Parents come before their children.
	for i := range s.nodes {
		nd := &s.nodes[i]
		inQuote[i] = nd.tag == atom.Blockquote || nd.quote || nd.parent >= 0 && inQuote[nd.parent]
	}
	quoted := make([]bool, len(s.blocks))
	for i := range s.blocks {
		at := s.blockAt[i]
		quoted[i] = s.blocks[i].Kind == boilerplate.KindQuote || at >= 0 && int(at) < len(inQuote) && inQuote[at]
	}
	return quoted
}

// quoteName reports whether one name of a class list names a quotation
// box: it ends in the word "quote" in any case ("quote", "bbcode_quote",
// "postQuote"), the box forum engines print a quoted post in when they do
// not use a <blockquote>. Names that go on after it ("quote-controls",
// "quotebox") name a button or an ad, not the quotation, and a script's
// hook ("js-selectToQuote") names what a script does with the element.
func quoteName(name []byte) bool {
	return len(name) >= 5 && ascii.HasPrefixFold(name[len(name)-5:], "quote") && !ascii.HasPrefixFold(name, "js")
}
