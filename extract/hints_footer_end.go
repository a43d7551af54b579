package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// footerAtEnd reports whether node i, named a footer by class or id alone,
// is the page's footer by its place and shape: it holds a few lines of
// prose (fewLinesProse), the page's prose before it, none after it, and
// its last line is a copyright or rights notice. A page builder names
// every box "container" or "widget", so a short post beside its footer
// has no element named as the content (see contentBeside), and the
// footer's address and copyright lines may outweigh the post; a footer's
// name with a copyright line closing the page is firm enough to stand.
func footerAtEnd(s *segmenter, i int, good []float64) bool {
	if s.nodes[i].hints&negativeHints != boilerplate.HintFooter || good[i] >= fewLinesProse {
		return false
	}
	first, last := -1, -1
	for b := range s.blocks {
		if ancestorOf(s, i, int(s.blockAt[b])) {
			if first < 0 {
				first = b
			}
			last = b
		}
	}
	if first <= 0 {
		return false // nothing before it: the footer would be the page
	}
	for b := last + 1; b < len(s.blocks); b++ {
		if s.blocks[b].Features.Words > 0 {
			return false // the page goes on after it
		}
	}
	before := 0
	for b := range first {
		before += s.blocks[b].Features.Words
	}
	return before > 0 && copyrightLine(s.blocks[last].Text)
}

// copyrightLine reports whether text is a copyright or rights notice: one
// recognize reads as legal ("© 2024 Name", "All rights reserved"), or a
// line that opens with the word "Copyright" and holds a year, which may go
// on to credit the site's makers.
func copyrightLine(text string) bool {
	const word = "copyright"
	if len(text) > len(word) && strings.EqualFold(text[:len(word)], word) && recognize.HasYearDigits(text) {
		return true
	}
	return recognize.Text(text) == recognize.Legal
}
