package extract

import "github.com/winnowtext/winnow/boilerplate"

// unfoldsAria reports whether node i, a panel of an accordion or of tabs
// that aria-hidden alone hides and a control names (see folds), holds
// content a reader opens: as unfolds asks of a folded panel, more prose
// than not, under a parent that is neither hidden nor chrome.
func unfoldsAria(s *segmenter, i int, good, bad []float64) bool {
	if good[i] <= bad[i] || s.nodes[i].hints&negativeHints != 0 {
		return false
	}
	p := s.nodes[i].parent
	return p >= 0 && s.hintsAt[p]&(boilerplate.HintHidden|negativeHints) == 0
}

// keepAriaPanels keeps on a collection page the blocks that only an
// accordion's aria-hidden hid, in a panel of prose (see unfoldsAria): a
// shop's category guide folded under its grid ("how to choose", "types
// of ...") is the page's own text, as its intro is. Its script writes
// the closed state in aria-hidden alone, without the hidden attribute
// or a style that folds read elsewhere. On a product or service page
// such panels more often hold the answers of a closing FAQ that the
// page's text leaves out: other readings leave them hidden.
func keepAriaPanels(s *segmenter) {
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept || b.Reason != boilerplate.ReasonHidden {
			continue
		}
		for n := s.blockAt[i]; n >= 0; n = s.nodes[n].parent {
			if s.nodes[n].ariaPanel {
				b.Keep()
				break
			}
		}
	}
}
