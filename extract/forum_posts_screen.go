package extract

import "github.com/winnowtext/winnow/boilerplate"

// mayHoldRun reports whether the page may hold a run of runMin posts
// (see postItemsParts) by a test much cheaper than finding them, so that
// most pages, articles without a thread, skip the work. The posts of a
// run, or their bare wrappers, are siblings: runMin children of one
// element, each holding a signed node and a post's body (postBodyLine)
// of its own. It climbs from each signed node, then from each body line,
// to the root, stopping at the first node climbed before, and counts for
// each element the children that hold both. A page where no element has
// runMin such children has no run; the converse need not hold.
func mayHoldRun(s *segmenter, runMin int) bool {
	const (
		holdsSign = 1 << iota
		holdsBody
	)
	n := len(s.nodes)
	buf := make([]uint8, 2*n)
	held, both := buf[:n], buf[n:] // what each node holds; children holding both
	for i := range s.nodes {
		if !s.nodes[i].signed {
			continue
		}
		for c := int32(i); c >= 0 && held[c]&holdsSign == 0; c = s.nodes[c].parent {
			held[c] |= holdsSign
		}
	}
	for i := range s.blocks {
		at := s.blockAt[i]
		if at < 0 || int(at) >= n || !postBodyLine(&s.blocks[i]) {
			continue
		}
		for c := at; c >= 0 && held[c]&holdsBody == 0; c = s.nodes[c].parent {
			held[c] |= holdsBody
			if held[c]&holdsSign == 0 {
				continue
			}
			if p := s.nodes[c].parent; p >= 0 {
				both[p]++
				if int(both[p]) >= runMin {
					return true
				}
			}
		}
	}
	return false
}

// postBodyLine reports whether b may be a post's body (see postItems): a
// plain line of a sentence and postBodyWords words or more, mostly
// unlinked, no heading, not hidden.
func postBodyLine(b *boilerplate.Block) bool {
	f := &b.Features
	return f.Words != 0 && !f.Hints.Has(boilerplate.HintHidden) && f.Sentences >= 1 && f.Words >= postBodyWords &&
		f.LinkDensity() < 0.5 && b.Kind != boilerplate.KindHeading
}
