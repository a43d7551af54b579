package extract

import "github.com/winnowtext/winnow/boilerplate"

// Bounds of a toggle (see afterToggle): its words, and how deep its text
// may sit in the sibling that holds it.
const (
	toggleMinWords = 2
	toggleMaxWords = 25
	toggleDepth    = 4
)

// afterToggle reports whether a hidden element about to open under node
// parent follows its toggle: the sibling right before it ends with a
// short line of text of its own (a question, a heading) and is shown. An
// FAQ or an accordion written without ARIA prints each answer, hidden,
// right after its question ("<h3>Is it waterproof?</h3><div
// style="display:none">..."); a script shows it on a click.
func (s *segmenter) afterToggle(parent int32) bool {
	k := len(s.blocks) - 1
	if k < 0 || parent < 0 {
		return false
	}
	// Blocks are measured only once the page is segmented (see
	// setTexts): the toggle's words are counted here.
	var f boilerplate.Features
	sp := s.spans[k]
	boilerplate.CountText(s.arena[sp[0]:sp[1]], &f)
	if f.Words < toggleMinWords || f.Words > toggleMaxWords {
		return false
	}
	n := s.blockAt[k]
	for step := 0; s.nodes[n].parent != parent; step++ {
		if step >= toggleDepth {
			return false
		}
		if n = s.nodes[n].parent; n < 0 {
			return false
		}
	}
	// n is the sibling before the hidden element: the toggle, shown.
	return s.nodes[n].hints&boilerplate.HintHidden == 0
}
