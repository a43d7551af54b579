package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// Stray end tags. A template that prints a run of "</div>" too many
// closes the elements around the post early, as HTML5 does: the rest of
// the post then sits after them, in whatever element is still open (often
// the body), and the post's own end tags, further down, close nothing.
// An end tag that closes nothing is the trace of such an early close: the
// segmenter puts what came between the early close and it back into the
// element closed early (see strayEnd), so that the post is one subtree
// again for locate and the readings after it.
//
// Which element the author meant is a guess. A run of early closes shuts
// the innermost elements first, and the post's own end tags come in the
// same order: the first stray "</div>" is the end of the innermost <div>
// of the last run that closed one. Text of the page's frame (a sidebar, a
// footer) after the early close is left where it is: the author did not
// mean it inside the post.

// closedElem is a block-level element the segmenter closed: its node, its
// tag, and how many nodes and blocks the page had then. Elements closed
// by one run of end tags share their counts.
type closedElem struct {
	node          int32
	tag           atom.Atom
	nodes, blocks int32
	claimed       bool // a stray end tag was taken for its own
}

// closedRing holds the last closed elements, newest last.
type closedRing struct {
	elems [16]closedElem
	n     int // elements recorded, of which the last len(elems) are kept
}

// add records the element n, of tag a, closed with the page at nodes
// nodes and blocks blocks.
func (r *closedRing) add(n int32, a atom.Atom, nodes, blocks int) {
	r.elems[r.n%len(r.elems)] = closedElem{node: n, tag: a, nodes: int32(nodes), blocks: int32(blocks)}
	r.n++
}

// at returns the k-th newest element (0 the newest), nil past the ring.
func (r *closedRing) at(k int) *closedElem {
	if k >= r.n || k >= len(r.elems) {
		return nil
	}
	return &r.elems[(r.n-1-k)%len(r.elems)]
}

// earlyClosed returns the element that a stray end tag of a was meant to
// close: of the last run of end tags that closed an unclaimed element of
// tag a, the innermost such element. Nil when there is none.
func (r *closedRing) earlyClosed(a atom.Atom) *closedElem {
	k := 0
	for ; ; k++ {
		e := r.at(k)
		if e == nil {
			return nil
		}
		if e.tag == a && !e.claimed {
			break
		}
	}
	run := r.at(k)
	pick := run
	for j := k + 1; ; j++ {
		e := r.at(j)
		if e == nil || e.nodes != run.nodes || e.blocks != run.blocks {
			return pick
		}
		if e.tag == a && !e.claimed {
			pick = e
		}
	}
}

// movedFrame are the hints of elements of the page's frame: an early
// close that such an element follows is left alone.
const movedFrame = boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter |
	boilerplate.HintAside | boilerplate.HintComment | boilerplate.HintBoilerplate

// strayEnd handles an end tag of a block-level element a that closes
// nothing: the blocks and elements since the element that it was meant to
// close (see earlyClosed) was closed move back into it. A </p> that
// closes nothing is an empty paragraph (see end), not a trace; after an
// element was flattened (see start) its end tag finds none of its own.
func (s *segmenter) strayEnd(a atom.Atom) {
	if a == atom.P || s.flattened {
		return
	}
	e := s.closed.earlyClosed(a)
	if e == nil || int(e.nodes) == len(s.nodes) && int(e.blocks) == len(s.blocks) && !hasLetterOrDigit(s.buf) {
		// Nothing came since: one end tag too many right after the
		// others moves no text, and leaves the element to the next.
		return
	}
	e.claimed = true
	d := e.node
	if s.top().node >= e.nodes {
		return // an element opened since is still open: leave the tree be
	}
	for n := int(e.nodes); n < len(s.nodes); n++ {
		if s.nodes[n].parent < d && s.nodes[n].hints&movedFrame != 0 {
			return
		}
	}
	s.flush()
	for n := int(e.nodes); n < len(s.nodes); n++ {
		nd := &s.nodes[n]
		if nd.parent < d {
			nd.parent = d
		}
		nd.depth = s.nodes[nd.parent].depth + 1
	}
	for i := int(e.blocks); i < len(s.blocks); i++ {
		if s.blockAt[i] < d {
			s.blockAt[i] = d
		}
		f := &s.blocks[i].Features
		f.Depth = int(s.nodes[s.blockAt[i]].depth) + 1
		f.ContainerID = int(s.nodes[s.blockAt[i]].parent)
	}
}
