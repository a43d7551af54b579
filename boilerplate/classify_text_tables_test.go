package boilerplate

import (
	"math/rand/v2"
	"testing"
)

// refTableRows is tableRows as first written, reading the rows and their
// columns again at every start: the reference the scan must agree with.
func refTableRows(blocks []Block, shapes []cellShape, i int) (start, end, k int) {
	best, bestK := 0, 0
	for k := 2; k <= maxTableCols && i+k*minTableRows <= len(blocks) && shapes[i+k-1] != cellNone; k++ {
		sig := shapes[i : i+k]
		nums, words := 0, 0
		for j := 0; j < k; j++ {
			switch sig[j] {
			case cellNumber:
				nums++
			case cellWords:
				words++
			default:
				nums = -1
			}
		}
		if nums <= 0 || words == 0 || repeats(sig) {
			continue
		}
		rows := 1
	rows:
		for r := i + k; r+k <= len(blocks); r += k {
			for j := 0; j < k; j++ {
				if shapes[r+j] != sig[j] {
					break rows
				}
			}
			rows++
		}
		if rows >= minTableRows && rows*k > best && refFigures(blocks[i:i+rows*k], k, sig) {
			best, bestK = rows*k, k
		}
	}
	if bestK == 0 {
		return i, i, 0
	}
	return i, i + best, bestK
}

func refFigures(rows []Block, k int, sig []cellShape) bool {
	for j, s := range sig {
		if s != cellNumber {
			continue
		}
		count, step := true, 0
		for r := j + k; r < len(rows) && count; r += k {
			count, step = counts(rows[r-k].Text, rows[r].Text, step)
		}
		if !count {
			return true
		}
	}
	return false
}

// TestTableScanMatchesReference: the scan finds at every start what
// reading the lines again from that start finds, on random runs of
// labels and numbers (counting and not, lists starting again at 1).
func TestTableScanMatchesReference(t *testing.T) {
	cells := []string{"Item", "River City", "1", "2", "3", "4", "5", "7", "12", "85%", "1:23.4", ""}
	rng := rand.New(rand.NewPCG(1, 2))
	found := 0
	for trial := range 2000 {
		n := 6 + rng.IntN(60)
		lines := make([]string, n)
		counter, period := 1, 2+rng.IntN(4)
		for x := range lines {
			switch r := rng.IntN(10); {
			case x%period == 0 && r < 7: // a counting column
				lines[x] = string(rune('0' + counter%10))
				counter++
				if rng.IntN(8) == 0 {
					counter = 1
				}
			case r < 6:
				lines[x] = cells[rng.IntN(2)]
			default:
				lines[x] = cells[rng.IntN(len(cells))]
			}
		}
		blocks := textBlocks(lines...)
		classes := make([]textClass, n)
		shapes := make([]cellShape, n)
		for x := range blocks {
			shapes[x] = shapeOf(&blocks[x], classes[x])
		}
		scan := newTableScan(shapes)
		for i := range n {
			s, e, k := scan.tableRows(blocks, shapes, i)
			rs, re, rk := refTableRows(blocks, shapes, i)
			if s != rs || e != re || k != rk {
				t.Fatalf("trial %d, lines %q, start %d: got [%d,%d) k=%d; want [%d,%d) k=%d", trial, lines, i, s, e, k, rs, re, rk)
			}
			if e > s {
				found++
			}
		}
	}
	if found < 500 {
		t.Errorf("only %d starts found a table: the cases test too little", found)
	}
}
