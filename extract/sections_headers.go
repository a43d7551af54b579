package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// keepSectionHeaders takes back, on a service page, the navigation
// verdicts of the blocks inside the header of one of its sections: an
// element whose class or id names a header but that holds a heading and
// not a single link ("section-header" over a section's heading and its
// lead, "card-header" over the name of a plan). The site's header links
// home and to the site's sections; a section's header only titles what
// follows it. The page's <header> element is left to the rules for it
// (see resolveHints), and a block goes again when it is a form's control
// or a recognised kind of boilerplate.
func keepSectionHeaders(s *segmenter) {
	marks := sectionHeaders(s)
	if marks == nil {
		return
	}
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Reason != boilerplate.ReasonNavigation || b.Features.Hints&layoutHints != boilerplate.HintHeader ||
			!inSectionHeader(s, int(s.blockAt[i]), marks) || isControl(b) {
			continue
		}
		if boilerplate.RecognizeBlockMemo(b, s.recog) == boilerplate.ReasonNone {
			b.Keep()
		}
	}
}

// inSectionHeader reports whether node n is inside a section's header
// and inside no other element named for a header.
func inSectionHeader(s *segmenter, n int, marks []bool) bool {
	in := false
	for ; n >= 0; n = int(s.nodes[n].parent) {
		if s.nodes[n].hints&boilerplate.HintHeader == 0 {
			continue
		}
		if !marks[n] {
			return false
		}
		in = true
	}
	return in
}

// sectionHeaders marks the nodes whose class or id names a header (not
// the <header> element) and whose subtree holds a heading and no link.
// It returns one flag per node, nil when no node is such a header.
func sectionHeaders(s *segmenter) []bool {
	named := false
	for i := range s.nodes {
		if s.nodes[i].hints&boilerplate.HintHeader != 0 && s.nodes[i].tag != atom.Header {
			named = true
			break
		}
	}
	if !named {
		return nil
	}
	// What each subtree holds, gathered from the leaves up: nodes come
	// in document order, each after its parent.
	const heading, link = 1, 2
	holds := make([]uint8, len(s.nodes))
	for i := range s.blocks {
		n := s.blockAt[i]
		if s.blocks[i].Kind == boilerplate.KindHeading {
			holds[n] |= heading
		}
		if s.blocks[i].Features.LinkWords > 0 {
			holds[n] |= link
		}
	}
	for i := len(s.nodes) - 1; i > 0; i-- {
		if p := s.nodes[i].parent; p >= 0 {
			holds[p] |= holds[i]
		}
	}
	marks := make([]bool, len(s.nodes))
	found := false
	for i := range s.nodes {
		if s.nodes[i].hints&boilerplate.HintHeader != 0 && s.nodes[i].tag != atom.Header && holds[i] == heading {
			marks[i], found = true, true
		}
	}
	if !found {
		return nil
	}
	return marks
}
