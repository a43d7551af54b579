package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepSeeAlso takes back, on a documentation page, the sections in which
// a reference points to its neighbours: a heading that the phrase rules
// drop as related content ("See also", "Related content") and the list of
// links under it ("Promise()", "Using promises"). On a news page such a
// section is the site's; in a reference its author wrote it, and it is
// a part of the page's text. A term of a definition list ("See Also:"
// over a class's links) is read as a heading. Only a heading in the page's body (see
// keepReferenceParts) whose section opens with a run of list items (or
// kept blocks, a paragraph of links) is taken back, and the link items of
// that run with it (<li> only: a grid of cards that a script lays out
// as a list of <div>s is the site's); a heading straight over another heading (a grid of
// teaser cards under "Related guides") stays dropped. A short paragraph
// stands for a heading when a list's items follow it: a generator prints
// its "See also" box's title as a paragraph over the box's list.
func keepSeeAlso(blocks []boilerplate.Block, body []bool) {
	for i := range blocks {
		h := &blocks[i]
		if !seeAlsoLabel(blocks, i) || h.Reason != boilerplate.ReasonRelated || !body[i] {
			continue
		}
		j := i + 1
		for ; j < len(blocks) && body[j] && blocks[j].Kind != boilerplate.KindHeading; j++ {
			b := &blocks[j]
			if !b.Kept && !(b.Tag == "li" && densityVerdict(b.Reason)) {
				break
			}
		}
		if j == i+1 {
			continue
		}
		h.Keep()
		for k := i + 1; k < j; k++ {
			blocks[k].Keep()
		}
	}
}

// seeAlsoLabelWords is the most words of a paragraph that titles a "See
// also" box (see keepSeeAlso).
const seeAlsoLabelWords = 3

// seeAlsoLabel reports whether blocks[i] can title a section of
// keepSeeAlso: a heading, a definition list's term, or a paragraph of
// seeAlsoLabelWords words or fewer right over a list's item that is kept
// or dropped for its density only (a box of links the phrase rules drop
// as related content is the site's, and so is one whose class names it
// related: dropSectionChrome drops its links).
func seeAlsoLabel(blocks []boilerplate.Block, i int) bool {
	h := &blocks[i]
	switch {
	case h.Kind == boilerplate.KindHeading, h.Tag == "dt":
		return true
	case h.Kind == boilerplate.KindParagraph:
		return h.Features.Words <= seeAlsoLabelWords && !h.Features.Hints.Has(boilerplate.HintBoilerplate) && i+1 < len(blocks) && blocks[i+1].Kind == boilerplate.KindListItem &&
			(blocks[i+1].Kept || densityVerdict(blocks[i+1].Reason))
	}
	return false
}
