package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// productFallBackGain is how many words more than twice what a
// product's reading kept the element productFallBack reads must keep.
const productFallBackGain = 15

// productClimbs bounds how many elements around the product's name
// productFallBack reads: the name's wrapper, the buy box, the column, the
// product's section, up to the page's body.
const productClimbs = 8

// productFallBack reads, on a product's page that its reading left
// almost empty (under thinProductWords words, as addProductDescription
// judges it) and where what it kept lies away from the product's name
// (see nameMissed), the sections of the nearest element around the name that keeps at least twice what the
// reading kept and productFallBackGain words more: the reading had taken
// a help box or a sign-up under the description for the page's content.
// The name is the title heading, or else the first heading that the
// page's title (title) holds or that holds it: a brand before the name
// in <title> keeps the heading from being the title's. It returns
// FallbackTitle, or "" when it kept the reading's verdicts. On the tune
// half of WCXB the element marked as the main content and the article
// model's container took in a shop's grid of other products on every
// product page they were tried on, and a reading that kept the lines
// right after the name (an auction's item specifics) had found the
// product, however few its words.
func productFallBack(s *segmenter, title string) string {
	blocks := s.blocks
	kept := keptWords(blocks)
	if kept >= thinProductWords {
		return ""
	}
	t := titleIndex(blocks)
	if t < 0 {
		t = nameHeading(blocks, title)
	}
	if t < 0 || !nameMissed(blocks, t, kept) {
		return ""
	}
	saved := saveVerdicts(blocks)
	words := subtreeWords(s)
	node := int(s.nodes[s.blockAt[t]].parent)
	for climb := 0; node > 0 && climb < productClimbs; climb++ {
		if words[node] > blocks[t].Features.Words && readCandidate(s, node) {
			if keptWords(blocks) >= 2*kept+productFallBackGain {
				return FallbackTitle
			}
			restoreVerdicts(blocks, saved)
		}
		node = int(s.nodes[node].parent)
	}
	return ""
}

// nameHeading returns the index of the first heading of two words or
// more that title holds or that holds title, -1 when none does.
func nameHeading(blocks []boilerplate.Block, title string) int {
	if title == "" {
		return -1
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Kind == boilerplate.KindHeading && b.Features.Words >= 2 &&
			(strings.Contains(title, b.Text) || strings.Contains(b.Text, title)) {
			return i
		}
	}
	return -1
}

// nameMissed reports whether a product's reading that kept kept words
// missed the product around its name (the block at t): what it dropped
// between the name and the first block it kept after it, hidden blocks
// aside, holds more words than it kept (a help box under the
// description and the reviews), or it kept nothing after the name.
func nameMissed(blocks []boilerplate.Block, t, kept int) bool {
	gap := 0
	for i := t + 1; i < len(blocks); i++ {
		b := &blocks[i]
		if b.Kept {
			return gap > kept
		}
		if !b.Features.Hints.Has(boilerplate.HintHidden) {
			gap += b.Features.Words
		}
	}
	return true
}
