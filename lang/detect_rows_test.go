package lang

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestAddRowsWidths checks the scores addRows gives, on every path (one
// word, maxGroupWords words in arrays, other widths) and across flushes,
// against the bytes summed one at a time.
func TestAddRowsWidths(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, width := range []int{1, 2, maxGroupWords} {
		const nkeys = 100
		b := newTableBuilder(width, nkeys)
		for k := range nkeys {
			row := b.row(uint64(k + 1))
			for p := range 8 * width {
				setBonus(row, p, uint8(200+rng.IntN(56))) // large, to overflow a lane flushed late
			}
		}
		table, err := b.build()
		if err != nil {
			t.Fatal(err)
		}
		rowOf := func(r int32) []uint64 {
			if table.wide != nil {
				return table.wide[r][:]
			}
			return table.rows[int(r)*width : (int(r)+1)*width]
		}
		var d detection
		var want [8 * maxGroupWords]int64
		for range 50 { // 50 batches of up to 32 rows: several flushes
			found := make([]int32, rng.IntN(lookupBatch+1))
			for i := range found {
				found[i] = int32(rng.IntN(nkeys))
				for p, x := range rowOf(found[i]) {
					for q := range 8 {
						want[8*p+q] += int64(x >> (8 * q) & 0xFF)
					}
				}
			}
			d.addRows(groupLatin, &table, found)
		}
		d.flush(int(groupLatin))
		if got := d.scores[groupLatin][:8*width]; !slices.Equal(got, want[:8*width]) {
			t.Errorf("width %d: scores %v, want %v", width, got, want[:8*width])
		}
	}
}
