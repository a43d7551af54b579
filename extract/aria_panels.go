package extract

import "github.com/winnowtext/winnow/boilerplate"

// unfoldsAria reports whether node i, a panel of an accordion or of tabs
// that aria-hidden alone hides and a control names (see folds), may hold
// content a reader opens: neither it nor its parent is chrome, nor is
// its parent hidden. What it holds is weighed by keepAriaPanels.
func unfoldsAria(s *segmenter, i int) bool {
	if s.nodes[i].hints&negativeHints != 0 {
		return false
	}
	p := s.nodes[i].parent
	return p >= 0 && s.hintsAt[p]&(boilerplate.HintHidden|negativeHints) == 0
}

// ariaPanelOf returns the panel (see unfoldsAria) that holds block i, -1
// when none does.
func ariaPanelOf(s *segmenter, i int) int32 {
	for n := s.blockAt[i]; n >= 0; n = s.nodes[n].parent {
		if s.nodes[n].ariaPanel {
			return n
		}
	}
	return -1
}

// ariaText sums what a panel holds: words and words in links.
type ariaText struct{ words, links int }

// keepAriaPanels keeps on a collection page the blocks that only an
// accordion's aria-hidden hid, in a panel of text (see unfoldsAria): a
// shop's category guide folded under its grid ("how to choose", "types
// of ...", in sentences or in short points) is the page's own text, as
// its intro is. Its script writes the closed state in aria-hidden alone,
// without the hidden attribute or a style that folds read elsewhere. A
// panel of links (a menu) is not text, nor is a filter's (dropFilterPanels
// dropped its options before, as controls, not as hidden). On a
// product or service page such panels more often hold the answers of a
// closing FAQ that the page's text leaves out: other readings leave
// them hidden.
func keepAriaPanels(s *segmenter) {
	var sums map[int32]ariaText
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonHidden {
			continue
		}
		if n := ariaPanelOf(s, i); n >= 0 {
			if sums == nil {
				sums = make(map[int32]ariaText)
			}
			t := sums[n]
			t.words += b.Features.Words
			t.links += b.Features.LinkWords
			sums[n] = t
		}
	}
	if sums == nil {
		return
	}
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonHidden {
			continue
		}
		if n := ariaPanelOf(s, i); n >= 0 {
			if t := sums[n]; 2*t.links < t.words {
				b.Keep()
			}
		}
	}
}
