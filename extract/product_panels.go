package extract

import (
	"sort"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// panelLabelWords bounds the label of a control that opens a panel:
// "Product details", "Materials and care".
const panelLabelWords = 4

// maxPanelControls bounds the controls after a product's title that may
// name a panel (see namedByControl).
const maxPanelControls = 64

// panelHints are the hints a product's panel may carry and still be kept:
// the class of a sheet or a modal ("…-modal", "drawer") reads as the
// page's furniture, and the panel is hidden until its control opens it.
const panelHints = boilerplate.HintBoilerplate | boilerplate.HintHidden

// keepNamedPanels keeps, on a product's page, the panels that a control
// after the product's title opens and that carry a heading of the
// control's own words: a button "Product details" and, elsewhere in the
// page, a sheet headed "Product details" with the description, the
// materials and the care. The sheet's class (a modal, a drawer) and its
// hiding read as the page's furniture, so the reading dropped the
// product's description; the control naming it says it is the product's.
// A panel is kept when it holds more prose than not (see proseSpan) or
// is a list of labelled values (see labelledRows: "Measurements",
// "Specifications"), and no negative hint but panelHints covers it.
func keepNamedPanels(s *segmenter, hasStopwords bool) {
	blocks := s.blocks
	t := titleIndex(blocks)
	if t < 0 {
		return
	}
	// The controls after the title: s.rg.after does not decrease.
	first := sort.SearchInts(s.rg.after, t+1)
	for h := t + 1; h < len(blocks); h++ {
		b := &blocks[h]
		if b.Kept || b.Kind != boilerplate.KindHeading || !namedByControl(s, first, h, b.Text) {
			continue
		}
		panel := s.nodes[s.blockAt[h]].parent
		if panel < 0 {
			continue
		}
		end, prose := proseSpan(s, h, panel, negativeHints&^panelHints, hasStopwords)
		if prose || labelledRows(blocks[h+1:end], negativeHints&^panelHints) {
			for j := h; j < end; j++ {
				keepAnswer(&blocks[j])
			}
		}
		h = end - 1
	}
}

// namedByControl reports whether a control (a button's label) from the
// control block first on and before block h of the page is label, a few
// words. Control blocks are not among the page's blocks yet (see
// addControlBlocks). Only maxPanelControls controls are read: a
// product's section has a few, and a page made of buttons costs no more
// than that.
func namedByControl(s *segmenter, first, h int, label string) bool {
	label = strings.TrimSpace(label)
	if label == "" {
		return false
	}
	for i := first; i < len(s.rg.blocks) && i < first+maxPanelControls; i++ {
		if s.rg.after[i] > h {
			return false
		}
		c := &s.rg.blocks[i]
		if c.Features.Words <= panelLabelWords && strings.EqualFold(strings.TrimSpace(c.Text), label) {
			return true
		}
	}
	return false
}
