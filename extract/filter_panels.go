package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/boilerplate"
)

// Shape of a shop's filter panel (see dropFilterPanels).
const (
	// panelChoices is the least number of options in a filter panel:
	// checkboxes and counts in parentheses (see optionCounts).
	panelChoices = 4
	// panelBlocksPerChoice bounds the blocks of a panel per choice: a
	// label, its count, a group's heading now and then.
	panelBlocksPerChoice = 3
	// panelWordsPerChoice bounds the words of a panel per choice: a
	// filter's label and its count.
	panelWordsPerChoice = 5
)

// maxChoices saturates node.choices.
const maxChoices = 1<<16 - 1

// noteChoice counts, in the element that holds it, an <input> that is a
// checkbox: the control a filter panel's options are made of. Radio
// buttons are not counted: shops also draw the colour swatches of every
// card in a grid with them.
func (s *segmenter) noteChoice(attrs []attr) {
	for _, at := range attrs {
		if string(at.key) != "type" {
			continue
		}
		if bytes.EqualFold(at.val, []byte("checkbox")) {
			if n := &s.nodes[s.top().node]; n.choices < maxChoices {
				n.choices++
			}
		}
		return
	}
}

// panelCount sums what an element holds, its descendants included.
type panelCount struct {
	choices int32 // options: checkboxes and counts in parentheses
	blocks  int32 // blocks of text
	words   int32 // words of those blocks
	content int32 // blocks that a filter panel does not hold (see isPanelContent)
}

// panelCounts returns, for each node, what it holds, its descendants
// included (see panelCount).
func panelCounts(s *segmenter) []panelCount {
	counts := make([]panelCount, len(s.nodes))
	for i := range s.blocks {
		n := s.blockAt[i]
		if n < 0 || int(n) >= len(counts) {
			continue
		}
		counts[n].blocks++
		counts[n].words += int32(s.blocks[i].Features.Words)
		counts[n].choices += int32(optionCounts(s.blocks[i].Text))
		if isPanelContent(&s.blocks[i]) {
			counts[n].content++
		}
	}
	for i := len(s.nodes) - 1; i >= 0; i-- {
		c := &counts[i]
		c.choices += int32(s.nodes[i].choices)
		if p := s.nodes[i].parent; p >= 0 {
			counts[p].choices += c.choices
			counts[p].blocks += c.blocks
			counts[p].words += c.words
			counts[p].content += c.content
		}
	}
	return counts
}

// dropFilterPanels drops, on a listing or a collection, the filter panel
// beside the cards: an element with panelChoices options or more (its
// checkboxes, or the counts of items each option leads to: "Canon (261)",
// "$25 to $50 (73)"), a few short lines for each (the option's label, its
// count, a group's heading: "Colour"), and nothing a card or a teaser is
// made of (see isPanelContent). Its blocks go whole, whatever their class
// names say: shops render panels in plain <div>s with hashed class names,
// and the labels alone ("Red", "Under $50") look like any short line. A
// grid of cards with a checkbox each ("Compare") keeps its cards: their
// names are linked headings or lines of more words than an option's.
// counts are the page's panelCounts.
func dropFilterPanels(s *segmenter, counts []panelCount) {
	// A node is in a panel when it or an ancestor is one; parents come
	// before their children.
	inPanel := make([]bool, len(s.nodes))
	for i := range s.nodes {
		c := &counts[i]
		inPanel[i] = c.choices >= panelChoices && c.content == 0 && c.blocks <= panelBlocksPerChoice*c.choices &&
			c.words <= panelWordsPerChoice*c.choices
		if p := s.nodes[i].parent; p >= 0 && inPanel[p] {
			inPanel[i] = true
		}
	}
	for i := range s.blocks {
		if n := s.blockAt[i]; n >= 0 && int(n) < len(inPanel) && inPanel[n] {
			s.blocks[i].Drop(boilerplate.ReasonInterface)
		}
	}
}

// isPanelContent reports whether b is what a filter panel does not hold:
// a linked heading (a card's title), a sentence.
func isPanelContent(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Sentences > 0 || b.Kind == boilerplate.KindHeading && f.LinkWords > 0
}

// optionCounts counts the counts in parentheses that s holds: "Red (12)",
// "$25 to $50 (73)", "(1,204)", the number of items a filter's option
// leads to.
func optionCounts(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '(' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' && j > i+1) {
			j++
		}
		if j > i+1 && j < len(s) && s[j] == ')' {
			n++
			i = j
		}
	}
	return n
}
