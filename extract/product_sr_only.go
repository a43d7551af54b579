package extract

import (
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// dropScreenReaderText drops, on a product's page, the kept blocks of
// elements that only screen readers read (see srOnlyName): the
// product's name repeated as the label of its quantity field, the
// position of each photo of its gallery ("Image 2 of 5"), the
// instructions of a carousel. A shopper does not see them, and the buy
// box and gallery that hold them are read as the product's section.
func dropScreenReaderText(s *segmenter) {
	dropScreenReaderBlocks(s)
	hidden := make([]bool, len(s.nodes))
	found := false
	// Parents come before their children.
	for i := range s.nodes {
		hidden[i] = s.nodes[i].srOnly
		if p := s.nodes[i].parent; p >= 0 && hidden[p] {
			hidden[i] = true
		}
		found = found || hidden[i]
	}
	if !found {
		return
	}
	for i := range s.blocks {
		if n := s.blockAt[i]; n >= 0 && int(n) < len(hidden) && hidden[n] && s.blocks[i].Kept {
			s.blocks[i].Drop(boilerplate.ReasonHidden)
		}
	}
}

// dropScreenReaderBlocks drops the kept blocks whose text is all in
// inline elements only screen readers read (see srSpans): the label of
// a gallery's thumbnail button ("Image 2 of 5"), whose element is the
// button, not the hidden span in it.
func dropScreenReaderBlocks(s *segmenter) {
	s.eachScreenReaderBlock(func(b *boilerplate.Block, spans []srSpan) {
		if b.Kept && b.Kind != boilerplate.KindHeading && allInSpans(b.Text, spans) {
			b.Drop(boilerplate.ReasonHidden)
		}
	})
}

// allInSpans reports whether every letter and digit of text lies in
// spans, which are in order.
func allInSpans(text string, spans []srSpan) bool {
	last := 0
	for _, sp := range spans {
		from, to := int(sp.from), int(sp.to)
		if from < last || to > len(text) {
			continue
		}
		if stringHasLetterOrDigit(text[last:from]) {
			return false
		}
		last = to
	}
	return !stringHasLetterOrDigit(text[last:])
}

// stringHasLetterOrDigit is hasLetterOrDigit for a string.
func stringHasLetterOrDigit(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if c := byte(r); c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' {
				return true
			}
			continue
		}
		if isWordRune(r) {
			return true
		}
	}
	return false
}
