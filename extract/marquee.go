package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of a marquee (see isMarquee): the fewest words of the block and
// times it prints its phrase, and the longest phrase in bytes.
const (
	marqueeWords   = 12
	marqueeRepeats = 5
	marqueePhrase  = 80
)

// dropMarquees drops the blocks that print one short phrase again and
// again: a marquee or a ticker ("Book now * Book now * ...") copies its
// phrase so that the scrolling loops without a gap. Repeated within one
// block, the phrase escapes the in-page repeats, and its words would all
// count as content.
func dropMarquees(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if b.Dropped() || b.Kind == boilerplate.KindCode || b.Features.Words < marqueeWords {
			continue
		}
		if isMarquee(b.Text) {
			b.Drop(boilerplate.ReasonRepeatedInPage)
		}
	}
}

// isMarquee reports whether text is one phrase of at most marqueePhrase
// bytes printed marqueeRepeats times or more: from the phrase's length on,
// every byte equals the byte one phrase earlier, but at the end (the last
// copy may be cut) and at the space that joins two copies.
func isMarquee(text string) bool {
	text = strings.TrimSpace(text)
	if len(text) < marqueeRepeats*2 {
		return false
	}
	// The phrase's length is where its first word comes again, within
	// the phrase's bound (prose is not searched to its end).
	head := text[:min(len(text), 6)]
	p := strings.Index(text[1:min(len(text), marqueePhrase+len(head)+1)], head) + 1
	if p <= 0 || p > marqueePhrase || len(text) < marqueeRepeats*p {
		return false
	}
	misses := 0
	for i := p; i < len(text); i++ {
		if text[i] != text[i-p] {
			misses++
		}
	}
	return misses*20 <= len(text)
}
