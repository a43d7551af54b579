package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepTableTimes keeps the cells of a table that read as a date or a time
// ("05:40", "12 March 2024") when every other cell of the table is kept:
// a timetable's departures, a changelog's release dates. The recogniser
// drops a bare date as a page's dateline wherever it stands, though in a
// table the reader keeps it is one of the table's values. A table is a
// run of cells; its rows are the cells that share a ContainerID, and it
// needs two rows or more, each with a kept cell, so that a layout table
// holding a page's date line is no table of values. Cells dropped for any
// other reason leave the table as it is.
func keepTableTimes(blocks []boilerplate.Block) {
	for cells := range tableRuns(blocks) {
		if !timedTable(cells) {
			continue
		}
		for k := range cells {
			if b := &cells[k]; b.Reason == boilerplate.ReasonDateline {
				b.Keep()
			}
		}
	}
}

// timedTable reports whether cells, the blocks of one table in document
// order, hold a cell dropped as a dateline, every other cell kept, and
// two rows or more that each keep a cell.
func timedTable(cells []boilerplate.Block) bool {
	rows, dated, rowKept := 0, false, false
	for k := range cells {
		c := &cells[k]
		if k > 0 && c.Features.ContainerID != cells[k-1].Features.ContainerID {
			if !rowKept {
				return false
			}
			rows, rowKept = rows+1, false
		}
		switch {
		case c.Kept:
			rowKept = true
		case c.Reason == boilerplate.ReasonDateline:
			dated = true
		default:
			return false
		}
	}
	return dated && rowKept && rows+1 >= 2
}
