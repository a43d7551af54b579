package extract

// bareNavs finds, node by node in document order, the <nav> elements
// that hold not a single link but a paragraph of prose (layoutProseWords
// words and layoutProseSentences sentences or more): a disclosure panel
// that a page builder renders as <nav> (a dropdown component, which
// landing pages use for the answers of their FAQ accordions), not
// navigation, which is links. Their own navigation hint is not believed;
// what is around them keeps its hints. The zero value is ready; its nodes
// must be asked in increasing order.
type bareNavs struct {
	c        int // the first block not yet passed
	runStart int // the first block of the last <nav> asked
	end      int // the node after the last <nav> asked
}

// bare reports whether node n, a <nav>, is bare of links and holds prose.
func (b *bareNavs) bare(s *segmenter, n int) bool {
	if n < b.end {
		// A <nav> inside the last one: its blocks are in that run.
		b.c = b.runStart
	}
	end := n + 1
	for end < len(s.nodes) && s.nodes[end].depth > s.nodes[n].depth {
		end++
	}
	b.end = end
	// The blocks of a subtree are a run of them: those before it
	// belong to elements opened before it, those after it to its
	// ancestors or to elements opened after it.
	c := b.c
	for c < len(s.blocks) && int(s.blockAt[c]) < n {
		c++
	}
	b.runStart = c
	linked, prose := false, false
	for ; c < len(s.blocks) && int(s.blockAt[c]) < end; c++ {
		f := &s.blocks[c].Features
		linked = linked || f.LinkWords > 0
		prose = prose || f.Words >= layoutProseWords && f.Sentences >= layoutProseSentences
	}
	b.c = c
	return prose && !linked
}
