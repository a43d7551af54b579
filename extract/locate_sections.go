package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// titledSectionShare is the share of the chosen section's score that a
// sibling section must reach to join it (see takeTitledSections).
const titledSectionShare = 0.1

// A landing page that stacks its content in at least comparableSections
// sibling <section>s whose prose each reaches comparableSectionShare of
// the chosen section's score is read whole (see takeComparableSections).
const (
	comparableSections     = 3
	comparableSectionShare = 0.25
)

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

// notContentHints mark a section that is not the page's content whatever
// its prose: the page's frame, comments, and what its name calls related
// stories, a promotion or a newsletter box.
const notContentHints = layoutHints | boilerplate.HintComment | boilerplate.HintBoilerplate

// takeComparableSections adds to inMain the sibling <section>s of the
// section that holds best, the chosen container, whose prose outweighs
// their other text by comparableSectionShare of that section's score, when
// at least comparableSections of them (it among them) do. Density scoring reads one container, but a
// landing page spreads its content over sections of like weight (the
// overview, the services, the FAQ, the testimonials) and may be chosen by
// any of them; an article's body is one section, and what stands beside it
// (a teaser or two, a form) does not weigh as much in three sections.
// Sections that markup names part of the page's frame, comments or
// promotions stay out.
func takeComparableSections(s *segmenter, inMain []bool, best int, good, bad []float64, bw float64) {
	sec := best
	for sec >= 0 && s.nodes[sec].tag != atom.Section {
		sec = int(s.nodes[sec].parent)
	}
	if sec < 0 || s.nodes[sec].parent < 0 || good[sec]-bw*bad[sec] <= 0 {
		return
	}
	parent := int(s.nodes[sec].parent)
	floor := comparableSectionShare * (good[sec] - bw*bad[sec])
	comparable := func(i int) bool {
		n := &s.nodes[i]
		return int(n.parent) == parent && n.tag == atom.Section && n.hints&notContentHints == 0 &&
			good[i]-bw*bad[i] > floor
	}
	end := subtreeEnd(s, parent)
	count := 0
	for i := parent + 1; i < end; i++ {
		if comparable(i) {
			count++
		}
	}
	if count < comparableSections {
		return
	}
	for i := parent + 1; i < end; i++ {
		if comparable(i) {
			inMain[i] = true
		}
	}
}
