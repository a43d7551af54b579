package extract

import (
	"golang.org/x/net/html/atom"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// keepScheduleTables keeps whole the schedules among the tables the
// reading kept a cell of: a table whose first row names its columns (two
// <th> cells or more with words) over minDataRows rows or more, most of
// which hold a cell that reads as a day or a time of day (see
// scheduleTable). A fixture list ("Dallas | @ Philadelphia | 8:20 PM |
// NBC"), an event calendar, a timetable: the recogniser drops each
// kick-off as the page's dateline and density drops the linked teams,
// venues and events, though the rows are the page's content. A schedule
// split by day gives each day its own table, some of one row: a table
// under the same header row as a schedule's is one of its days. The line
// that stands just before such a table and reads as a day ("Sunday,
// September 7, 2025") is the day it lists, and is kept too. Only
// density's and the recogniser's date verdicts are taken back; a table
// with a cell under a negative hint stays as it is.
func keepScheduleTables(blocks []boilerplate.Block, table func(i int) int32) {
	var head []boilerplate.Block // the header row of the first schedule
	for i, j := range tableSpans(blocks, table) {
		if cells := blocks[i:j]; anyKeptCell(cells) && scheduleTable(cells, minDataRows) {
			if head == nil {
				head = cells[:headerCells(cells)]
			}
			keepSchedule(blocks, i, j)
		}
	}
	if head == nil {
		return
	}
	for i, j := range tableSpans(blocks, table) {
		if cells := blocks[i:j]; sameHeader(cells, head) && scheduleTable(cells, 1) {
			keepSchedule(blocks, i, j)
		}
	}
}

// tableOf returns the <table> element that holds block i, -1 when none
// does.
func (s *segmenter) tableOf(i int) int32 {
	n := s.blockAt[i]
	for ; n >= 0; n = s.nodes[n].parent {
		if s.nodes[n].tag == atom.Table {
			break
		}
	}
	return n
}

// tableSpans yields the start and end of each table's cells in blocks:
// from a cell to the last cell that table (which gives a cell's table)
// gives the same element. The blocks between them stand in its cells (a
// list of resources in a lecture's row); a cell of another table ends
// the span.
func tableSpans(blocks []boilerplate.Block, table func(i int) int32) func(yield func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(blocks); {
			if blocks[i].Kind != boilerplate.KindTableCell {
				i++
				continue
			}
			t, end := table(i), i+1
			for k := i + 1; k < len(blocks); k++ {
				if blocks[k].Kind != boilerplate.KindTableCell {
					continue
				}
				if table(k) != t {
					break
				}
				end = k + 1
			}
			if !yield(i, end) {
				return
			}
			i = end
		}
	}
}

// anyKeptCell reports whether a table cell of blocks is kept.
func anyKeptCell(blocks []boilerplate.Block) bool {
	for i := range blocks {
		if blocks[i].Kind == boilerplate.KindTableCell && blocks[i].Kept {
			return true
		}
	}
	return false
}

// keepSchedule keeps the cells blocks[i:j] of a schedule that density or
// the date recogniser dropped, and the day line just before them.
func keepSchedule(blocks []boilerplate.Block, i, j int) {
	for k := i; k < j; k++ {
		if b := &blocks[k]; b.Kind == boilerplate.KindTableCell && !b.Kept &&
			(densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonDateline) {
			b.Keep()
		}
	}
	if i > 0 {
		if b := &blocks[i-1]; b.Reason == boilerplate.ReasonDateline && b.Features.Hints&negativeHints == 0 &&
			recognize.CalendarLine(b.Text) {
			b.Keep()
		}
	}
}

// headerCells returns the number of cells of the first row of cells.
func headerCells(cells []boilerplate.Block) int {
	n := 1
	for n < len(cells) && cells[n].Features.ContainerID == cells[0].Features.ContainerID {
		n++
	}
	return n
}

// sameHeader reports whether the first row of cells says what head says,
// cell by cell.
func sameHeader(cells, head []boilerplate.Block) bool {
	if headerCells(cells) != len(head) {
		return false
	}
	for k := range head {
		if cells[k].Text != head[k].Text {
			return false
		}
	}
	return true
}

// scheduleTable reports whether cells, the blocks of one table in
// document order, open with a row of two <th> cells or more that hold
// words, over minRows rows or more of which more than half hold a cell
// that names a day or a time of day (datedCell), with no cell under a
// negative hint. The cells of a row share their ContainerID.
func scheduleTable(cells []boilerplate.Block, minRows int) bool {
	heads, rows, dated := 0, 0, 0
	rowDated := false
	row := cells[0].Features.ContainerID
	for k := range cells {
		c := &cells[k]
		if c.Kind != boilerplate.KindTableCell {
			continue // in a cell: a list in a row's last column
		}
		if c.Features.Hints&negativeHints != 0 {
			return false
		}
		if c.Features.ContainerID != row {
			// a row ends
			if rowDated {
				dated++
			}
			rows, rowDated, row = rows+1, false, c.Features.ContainerID
		}
		if rows == 0 {
			if c.Tag != "th" {
				return false
			}
			if c.Features.Words > 0 {
				heads++
			}
			continue
		}
		if !rowDated && datedCell(c) {
			rowDated = true
		}
	}
	if rowDated {
		dated++
	}
	return heads >= 2 && rows >= minRows && 2*dated > rows
}

// datedCell reports whether c, a table's cell, is a dateline that names a
// day or a time of day (see recognize.CalendarLine): dropped as one, or
// kept by a pass before (keepTableTimes keeps the times of a table whose
// other cells are kept).
func datedCell(c *boilerplate.Block) bool {
	switch {
	case c.Reason == boilerplate.ReasonDateline:
	case c.Kept && c.Features.Digits > 0 && c.Features.Words <= maxDatelineWords:
		if recognize.Text(c.Text) != recognize.Dateline {
			return false
		}
	default:
		return false
	}
	return recognize.CalendarLine(c.Text)
}
