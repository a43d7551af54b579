package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// quotedBlocks returns, for each block of s, whether it stands in a
// quotation: in a <blockquote>, or of the quotation's kind. A reply on a
// forum quotes the post it answers, list items and short lines included.
func quotedBlocks(s *segmenter) []bool {
	inQuote := make([]bool, len(s.nodes))
	// Parents come before their children.
	for i := range s.nodes {
		nd := &s.nodes[i]
		inQuote[i] = nd.tag == atom.Blockquote || nd.parent >= 0 && inQuote[nd.parent]
	}
	quoted := make([]bool, len(s.blocks))
	for i := range s.blocks {
		at := s.blockAt[i]
		quoted[i] = s.blocks[i].Kind == boilerplate.KindQuote || at >= 0 && int(at) < len(inQuote) && inQuote[at]
	}
	return quoted
}
