package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// Text for screen readers only. Themes and frameworks print labels that
// a sighted reader never sees in an element whose class moves it off the
// screen: Bootstrap's and Tailwind's "sr-only", Bootstrap 5's and
// Shopify's "visually-hidden", WordPress's "screen-reader-text", HTML5
// Boilerplate's "visuallyhidden" (see srOnlyName). A shop's grid
// repeats "Regular price", "Sale price", "Unit price per" in every card
// that way, a blog "Posted in" and "Continue reading <title>" in every
// teaser. The segmenter notes where such inline text lies in its block
// (see srSpans); the readings of a grid cut it from the cards they keep
// (see cutScreenReaderText), and the forum reading from the posts it
// finds, whose engines print "Post #3" or "Posted on" in each. In prose
// the same labels often make the sentence whole ("Original price was:
// $30"), and stay.

// srSpans notes, while the page is read, where the text of inline
// elements only screen readers read lies in the blocks' texts.
type srSpans struct {
	open   bool
	tag    atom.Atom // the element's tag
	nested int       // elements of that tag open inside it
	depth  int       // the segmenter's stack depth when it opened
	from   int       // where its text starts in the block being read
	// pending are the spans of the block being read; found those of the
	// blocks made.
	pending []int32
	found   []srSpan
}

// srSpan is screen-reader text in a block's text: bytes from to to.
type srSpan struct {
	block, from, to int32
}

// start notes an inline element a opening at buffer offset n, at stack
// depth depth; sr says its class hides it from sight. It reports whether
// a screen-reader element begins.
func (r *srSpans) start(a atom.Atom, sr bool, n, depth int) bool {
	switch {
	case r.open && a == r.tag:
		r.nested++
	case !r.open && sr:
		*r = srSpans{open: true, tag: a, depth: depth, from: n, pending: r.pending, found: r.found}
		return true
	}
	return false
}

// end notes an inline element a closing at buffer offset n, and reports
// whether it ends the screen-reader element.
func (r *srSpans) end(a atom.Atom, n int) bool {
	if !r.open || a != r.tag {
		return false
	}
	if r.nested > 0 {
		r.nested--
		return false
	}
	r.open = false
	if n > r.from {
		r.pending = append(r.pending, int32(r.from), int32(n))
	}
	return true
}

// popped notes that the stack is depth deep: an element left open inside
// the element that has ended has ended too. It reports whether the
// screen-reader element ended so.
func (r *srSpans) popped(depth int) bool {
	if r.open && depth < r.depth {
		r.open = false
		return true
	}
	return false
}

// flushed ends the block being read, which became block number block (-1
// when none) with text of n bytes. An element still open goes on in the
// next block, from its start.
func (r *srSpans) flushed(block, n int) {
	if !r.open && len(r.pending) == 0 {
		r.from = 0 // the common case, inlined
		return
	}
	r.flushSpans(block, n)
}

// flushSpans is flushed for a block with screen-reader text in it.
func (r *srSpans) flushSpans(block, n int) {
	if r.open && n > r.from {
		r.pending = append(r.pending, int32(r.from), int32(n))
	}
	r.from = 0
	if block >= 0 {
		for i := 0; i+1 < len(r.pending); i += 2 {
			from, to := r.pending[i], min(r.pending[i+1], int32(n))
			if from < to {
				r.found = append(r.found, srSpan{int32(block), from, to})
			}
		}
	}
	r.pending = r.pending[:0]
}

// cutScreenReaderText cuts from the kept blocks the text that only
// screen readers read, on a page read as a grid of cards or a thread of
// posts: the labels a theme repeats in every card ("Regular price", "Sale
// price", "Unit price per", "Rated 4.5 out of 5") or post ("Post #3",
// "Posted on"). A block left with no letter or digit is dropped.
func cutScreenReaderText(s *segmenter) {
	s.eachScreenReaderBlock(func(b *boilerplate.Block, spans []srSpan) {
		if !b.Dropped() && b.Kind != boilerplate.KindHeading {
			if c := s.src; c != nil && (len(c.srCut) == 0 || c.srCut[len(c.srCut)-1] < spans[0].block) {
				c.srCut = append(c.srCut, spans[0].block) // the markup leaves the labels out too
			}
			b.Text = cutSpans(b.Text, spans)
			if !hasLetterOrDigit([]byte(b.Text)) {
				b.Drop(boilerplate.ReasonHidden)
			}
		}
	})
}

// eachScreenReaderBlock calls f with each block that holds text only
// screen readers read and the spans of that text in it, in order.
func (s *segmenter) eachScreenReaderBlock(f func(b *boilerplate.Block, spans []srSpan)) {
	spans := s.sr.found
	for i := 0; i < len(spans); {
		j := i + 1
		for j < len(spans) && spans[j].block == spans[i].block {
			j++
		}
		if int(spans[i].block) >= len(s.blocks) {
			break
		}
		f(&s.blocks[spans[i].block], spans[i:j])
		i = j
	}
}

// cutSpans returns text without the bytes of spans, which are in order,
// with white space collapsed where the cuts meet.
func cutSpans(text string, spans []srSpan) string {
	var sb strings.Builder
	sb.Grow(len(text))
	last := 0
	for _, sp := range spans {
		from, to := int(sp.from), int(sp.to)
		if from < last || to > len(text) {
			continue
		}
		sb.WriteString(text[last:from])
		last = to
	}
	sb.WriteString(text[last:])
	return strings.Join(strings.Fields(sb.String()), " ")
}
