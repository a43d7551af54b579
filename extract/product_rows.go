package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// labelledMinRows is the least rows of label and value a panel of a
// product's specifications holds.
const labelledMinRows = 3

// labelledRows reports whether blocks, the blocks of a panel under its
// heading, are a product's specifications written a row a block, the
// label and its value joined by a colon ("Width: 30 cm", "Matériau :
// chêne", "重量：2 kg"): labelledMinRows such rows or more, and at least
// three in four of the blocks that are not headings. No block may carry
// a hint of forbidden or a link.
func labelledRows(blocks []boilerplate.Block, forbidden boilerplate.Hint) bool {
	rows, other := 0, 0
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Hints&forbidden != 0 || b.Features.LinkWords > 0 {
			return false
		}
		switch {
		case labelledRow(b.Text):
			rows++
		case b.Kind != boilerplate.KindHeading:
			other++
		}
	}
	return rows >= labelledMinRows && rows >= 3*other
}

// labelledRow reports whether text is a label of at most specLabelWords
// words, a colon (or a full-width one), and a value of at most
// specValueWords words.
func labelledRow(text string) bool {
	i, n := strings.IndexByte(text, ':'), 1
	if j := strings.Index(text, "："); j >= 0 && (i < 0 || j < i) {
		i, n = j, len("：")
	}
	if i <= 0 {
		return false
	}
	label, value := strings.Fields(text[:i]), text[i+n:]
	return len(label) >= 1 && len(label) <= specLabelWords && wordsAtMost(value, specValueWords) && strings.TrimSpace(value) != ""
}

// wordsAtMost reports whether s has at most n words separated by white
// space.
func wordsAtMost(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		space := r == ' ' || r == '\t' || r == '\n' || r == '\u00a0'
		if !space && !in {
			words++
			if words > n {
				return false
			}
		}
		in = !space
	}
	return true
}
