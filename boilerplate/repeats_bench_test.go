package boilerplate

import "testing"

// BenchmarkSetSketch measures the sketch of the blocks of a page from
// their shingles.
func BenchmarkSetSketch(b *testing.B) {
	blocks := benchPage(2, false)
	var s shingler
	var sh [][]uint64
	notes := make([]blockNote, len(blocks))
	for i := range blocks {
		var out []uint64
		out, notes[i].hashes = s.shingles(blocks[i].Text, nil)
		sh = append(sh, out)
	}
	cpuLoop(b, pageBytes(blocks), func() {
		for i := range notes {
			notes[i].setSketch(sh[i])
		}
	})
}

// BenchmarkMarkInPage measures the in-page step alone: the page's notes
// and shingles are computed once, the table is reset on each iteration.
func BenchmarkMarkInPage(b *testing.B) {
	for _, lang := range []string{"en", "ru"} {
		b.Run(lang, func(b *testing.B) {
			page := benchPage(2, lang == "ru")
			work := make([]Block, len(page))
			ps := new(pageScratch)
			ps.shingleBlocks(page, false)
			total := len(ps.shing)
			cpuLoop(b, pageBytes(page), func() {
				copy(work, page)
				ps.resetTable(total + len(page) + 16)
				ps.markInPage(work)
			})
		})
	}
}
