package boilerplate

// Shingled is a page's blocks read ahead of MarkRepeats: their
// measurements filled and their shingles kept until MarkRepeats compares
// them. A segmenter that would otherwise measure each block (CountText)
// as it makes it reads every block's text once instead of twice.
//
// A Shingled serves one page and one goroutine; its MarkRepeats is meant
// to be called once. Between ShingleBlocks and MarkRepeats the blocks'
// texts must not change; their other fields may (a block dropped in
// between is not judged, as with MarkRepeats). A Shingled that is never
// marked is left to the garbage collector.
type Shingled struct {
	ps     *pageScratch
	blocks int
}

// ShingleBlocks fills the fields of each block's Features that CountText
// fills and computes the shingles by which MarkRepeats compares the
// blocks, in one pass over each block's text.
func ShingleBlocks(blocks []Block) *Shingled {
	if len(blocks) == 0 {
		return &Shingled{}
	}
	ps := getScratch()
	ps.shingleBlocks(blocks, true)
	return &Shingled{ps: ps, blocks: len(blocks)}
}

// MarkRepeats is MarkRepeats(blocks, d, pageURL) on the shingles computed
// by ShingleBlocks from the same blocks. Called again, or with other
// blocks than ShingleBlocks read, it computes the shingles anew.
func (s *Shingled) MarkRepeats(blocks []Block, d *Detector, pageURL string) {
	ps := s.ps
	s.ps = nil
	if ps == nil || len(blocks) != s.blocks {
		if ps != nil {
			putScratch(ps)
		}
		MarkRepeats(blocks, d, pageURL)
		return
	}
	ps.mark(blocks, d, pageURL)
}
