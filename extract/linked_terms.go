package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of keepLinkedTerms: the words of a term, and the terms a
// glossary prints at the least.
const (
	maxTermWords    = 6
	minLinkedTerms  = 3
	minTermDefWords = 4
)

// keepLinkedTerms keeps the terms of a glossary printed as links, each
// ending in a colon and followed by its definition ("Backlinks:" linking
// to the site's article on them, then "Links from a page on one website
// to another."). A term is all link, so it is dropped as a list of links;
// but a menu's items do not end in colons, and each of these stands right
// before the kept sentence it introduces. A block is such a term when it
// is a link of maxTermWords words or fewer ending in ":", dropped as a
// link list, and the next block is kept, no heading, a sentence of
// minTermDefWords words or more that is not mostly links. Nothing is kept
// unless the page prints minLinkedTerms such pairs: one linked label
// before a sentence is a teaser's.
func keepLinkedTerms(blocks []boilerplate.Block) {
	var terms []int
	for i := 0; i+1 < len(blocks); i++ {
		if linkedTerm(&blocks[i], &blocks[i+1]) {
			terms = append(terms, i)
		}
	}
	if len(terms) < minLinkedTerms {
		return
	}
	for _, i := range terms {
		blocks[i].Keep()
	}
}

// linkedTerm reports whether t is a glossary's linked term and d its kept
// definition (see keepLinkedTerms).
func linkedTerm(t, d *boilerplate.Block) bool {
	f := &t.Features
	if t.Reason != boilerplate.ReasonLinkList || f.Words == 0 || f.Words > maxTermWords || f.LinkWords < f.Words ||
		!strings.HasSuffix(strings.TrimSpace(t.Text), ":") {
		return false
	}
	g := &d.Features
	return d.Kept && d.Kind != boilerplate.KindHeading && g.Sentences >= 1 && g.Words >= minTermDefWords &&
		g.LinkWords*2 < g.Words
}
