package extract

import "golang.org/x/net/html/atom"

// bareNavs returns the <nav> elements that hold not a single link but a
// paragraph of prose (layoutProseWords words and layoutProseSentences
// sentences or more): a disclosure panel that a page builder renders as
// <nav> (a dropdown component, which landing pages use for the
// answers of their FAQ accordions), not navigation, which is links. Their
// own navigation hint is not believed; what is around them keeps its
// hints. Nil when the page has no such element.
func bareNavs(s *segmenter) []int {
	var bare []int
	c := 0                 // the first block not yet passed
	runStart, end := 0, -1 // the run of blocks and the end node of the last <nav> seen
	for n := range s.nodes {
		if s.nodes[n].tag != atom.Nav {
			continue
		}
		if n < end {
			// A <nav> inside the last one: its blocks are in that run.
			c = runStart
		}
		end = n + 1
		for end < len(s.nodes) && s.nodes[end].depth > s.nodes[n].depth {
			end++
		}
		// The blocks of a subtree are a run of them: those before it
		// belong to elements opened before it, those after it to its
		// ancestors or to elements opened after it.
		for c < len(s.blocks) && int(s.blockAt[c]) < n {
			c++
		}
		runStart = c
		linked, prose := false, false
		for ; c < len(s.blocks) && int(s.blockAt[c]) < end; c++ {
			f := &s.blocks[c].Features
			linked = linked || f.LinkWords > 0
			prose = prose || f.Words >= layoutProseWords && f.Sentences >= layoutProseSentences
		}
		if prose && !linked {
			bare = append(bare, n)
		}
	}
	return bare
}
