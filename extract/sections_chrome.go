package extract

import "github.com/winnowtext/winnow/boilerplate"

// dropSectionChrome drops, on a documentation page (after keepSections),
// what its markup names the site's rather than the page's: the links of
// a block whose class says related, recent or promoted content (a help
// center's "Related articles", "Recently viewed articles") and what a
// comments section prints when it holds no comment ("Article is closed
// for comments."), as the article reading does. A heading left over
// nothing goes with them (see dropEmptySections). Service pages are left
// alone: there the rule lost more than it took (tune half of WCXB).
func dropSectionChrome(blocks []boilerplate.Block) {
	dropped := false
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept {
			continue
		}
		f := &b.Features
		switch {
		case f.Hints.Has(boilerplate.HintBoilerplate) && f.Words > 0 && f.LinkDensity() >= 0.5 && b.Kind != boilerplate.KindHeading:
			b.Drop(boilerplate.ReasonRelated)
			dropped = true
		case f.Hints.Has(boilerplate.HintComment):
			b.Drop(boilerplate.ReasonComments)
			dropped = true
		}
	}
	if dropped {
		dropEmptySections(blocks)
	}
}
