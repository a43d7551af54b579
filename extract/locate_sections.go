package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// titledSectionShare is the share of the chosen section's score that a
// sibling section must reach to join it (see takeTitledSections).
const titledSectionShare = 0.1

// layoutHints mark the page's frame: its header, navigation, footer and
// sidebars.
const layoutHints = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter |
	boilerplate.HintAside | boilerplate.HintHidden

// takeTitledSections adds to inMain the sibling <section>s that stand
// between the page's title and the chosen container. A landing page stacks
// its content in sibling sections (the title and its lead, the features,
// the FAQ, the testimonials), and density scoring may choose one of them
// far below the title, the testimonials when they hold the longest
// paragraphs. The content starts at its title: each sibling section from
// the one that holds the title to the one that holds the chosen container
// joins it when its prose outweighs its other text by a tenth of the chosen
// section's score, unless markup names it part of the page's frame.
// Sections after the chosen one (a contact form, a newsletter box) stay
// out, and so does everything when the title is not in a sibling section.
func takeTitledSections(s *segmenter, inMain []bool, best int, good, bad []float64, bw float64) {
	sec := best
	for sec >= 0 && s.nodes[sec].tag != atom.Section {
		sec = int(s.nodes[sec].parent)
	}
	if sec < 0 || s.nodes[sec].parent < 0 {
		return
	}
	t := titleIndex(s.blocks)
	if t < 0 {
		return
	}
	parent := s.nodes[sec].parent
	top := int(s.blockAt[t])
	for top >= 0 && s.nodes[top].parent != parent {
		top = int(s.nodes[top].parent)
	}
	if top < 0 || top >= sec {
		return // the title is not above the chosen section, beside it
	}
	floor := titledSectionShare * (good[sec] - bw*bad[sec])
	for i := top; i < sec; i++ {
		n := &s.nodes[i]
		if n.parent != parent || n.tag != atom.Section || n.hints&layoutHints != 0 {
			continue
		}
		if good[i]-bw*bad[i] > floor {
			inMain[i] = true
		}
	}
}
