package extract

import (
	"iter"

	"github.com/winnowtext/winnow/boilerplate"
)

// tableRuns yields each run of consecutive table cells in blocks, in
// document order: the cells of one table, as the table passes weigh them
// (a row's cells share their ContainerID). The runs are sub-slices of
// blocks, so a pass may change the cells' verdicts in place.
func tableRuns(blocks []boilerplate.Block) iter.Seq[[]boilerplate.Block] {
	return func(yield func([]boilerplate.Block) bool) {
		for i := 0; i < len(blocks); {
			if blocks[i].Kind != boilerplate.KindTableCell {
				i++
				continue
			}
			j := i + 1
			for j < len(blocks) && blocks[j].Kind == boilerplate.KindTableCell {
				j++
			}
			if !yield(blocks[i:j]) {
				return
			}
			i = j
		}
	}
}

// anyKept reports whether a block of blocks is kept.
func anyKept(blocks []boilerplate.Block) bool {
	for i := range blocks {
		if blocks[i].Kept {
			return true
		}
	}
	return false
}
