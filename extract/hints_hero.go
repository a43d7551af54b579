package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// heroHeaders returns the elements whose class or id names a header but
// that hold the page's one <h1> and not a single link: the hero of a
// landing page ("hero-header", "page-header"), its title and lead, not the
// site's header, which links home and to the site's sections. They are
// the nearest such ancestors of the <h1>, up to the first that holds a
// link; nil when the page has no single <h1> or no such element.
func heroHeaders(s *segmenter) []int {
	h := -1 // the block of the page's one <h1>
	for i := range s.blocks {
		if s.blocks[i].Tag == "h1" {
			if h >= 0 {
				return nil
			}
			h = i
		}
	}
	if h < 0 || s.blocks[h].Features.LinkWords > 0 {
		return nil
	}
	// The blocks [lo, hi) and the nodes [n, end) of the subtree of
	// each ancestor n in turn: both only grow on the way up. Blocks are
	// in document order, so a subtree's blocks are a run of them.
	lo, hi := h, h+1
	start := int(s.blockAt[h])
	end := start + 1
	var heroes []int
	for n := start; n > 0; n = int(s.nodes[n].parent) {
		for end < len(s.nodes) && s.nodes[end].depth > s.nodes[n].depth {
			end++
		}
		for lo > 0 && int(s.blockAt[lo-1]) >= n {
			lo--
			if s.blocks[lo].Features.LinkWords > 0 && !inTrail(s, lo, h, n) {
				return heroes
			}
		}
		for hi < len(s.blocks) && int(s.blockAt[hi]) >= n && int(s.blockAt[hi]) < end {
			if s.blocks[hi].Features.LinkWords > 0 {
				return heroes
			}
			hi++
		}
		if s.nodes[n].hints&boilerplate.HintHeader != 0 && s.nodes[n].tag != atom.Header {
			heroes = append(heroes, n)
		}
	}
	return heroes
}

// inTrail reports whether block k, before the title's block h, is a link
// of a breadcrumb trail: it lies in a navigation element inside node n
// that ends before h on an unlinked block (the page's own crumb, "Home ›
// Subjects › Data analysis"). A site's menu links every entry.
func inTrail(s *segmenter, k, h, n int) bool {
	nav := int32(-1)
	for m := s.blockAt[k]; m > int32(n); m = s.nodes[m].parent {
		if s.nodes[m].hints&boilerplate.HintNav != 0 {
			nav = m
		}
	}
	if nav < 0 {
		return false
	}
	last := k
	for last+1 < h && underNode(s, nav, s.blockAt[last+1]) {
		last++
	}
	return last+1 < len(s.blocks) && !underNode(s, nav, s.blockAt[last+1]) && s.blocks[last].Features.LinkWords == 0
}
