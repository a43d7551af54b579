package extract

import "golang.org/x/net/html/atom"

// controlSpans notes, while the page is read, the blocks whose whole text
// is an inline element that its class or id names a button
// (HintControl): a card's <a class="btn">Quick view</a>, a custom
// element <quick-shop-opener class="quick-shop__button">. Inline
// elements open no node of their own, so their names reach no block's
// hints; dropControls reads these blocks as it reads the nodes so named.
type controlSpans struct {
	open   bool
	tag    atom.Atom // the element's tag
	nested int       // elements of that tag open inside it
	depth  int       // the segmenter's stack depth when it opened
	closed bool      // one closed in the block being read, at offset to
	to     int
	// found are the blocks that a control's text fills, in order.
	found []int32
}

// start notes an inline element a that a class or id names a button
// opening, at stack depth depth, after the text buf of the block being
// read: it is noted only where that text is blank, at the block's start.
func (r *controlSpans) start(a atom.Atom, buf []byte, depth int) {
	switch {
	case r.open && a == r.tag:
		r.nested++
	case !r.open && len(trimSpaceNewline(buf)) == 0:
		r.open, r.tag, r.nested, r.depth, r.closed = true, a, 0, depth, false
	}
}

// same notes an inline element a of the tag of the open control opening
// inside it.
func (r *controlSpans) same(a atom.Atom) {
	if r.open && a == r.tag {
		r.nested++
	}
}

// end notes an inline element a closing at buffer offset n.
func (r *controlSpans) end(a atom.Atom, n int) {
	if !r.open || a != r.tag {
		return
	}
	if r.nested > 0 {
		r.nested--
		return
	}
	r.open, r.closed, r.to = false, true, n
}

// popped notes that the stack is depth deep: an element left open inside
// the element that has ended has ended too.
func (r *controlSpans) popped(depth int, n int) {
	if r.open && depth < r.depth {
		r.open, r.closed, r.to = false, true, n
	}
}

// flushed ends the block being read, which became block number block
// (-1 when none) from the text buf: the block is a control's when a
// control opened at its start and is still open or closed with only
// blanks after it. A control still open goes on in the next block, from
// its start.
func (r *controlSpans) flushed(block int, buf []byte) {
	if block >= 0 && (r.open || r.closed && len(trimSpaceNewline(buf[min(r.to, len(buf)):])) == 0) {
		r.found = append(r.found, int32(block))
	}
	r.closed = false
}
