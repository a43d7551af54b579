package extract

import "github.com/winnowtext/winnow/boilerplate"

// keepSectionTables takes back, on a page read by its sections, the cells
// of a table of records (see recordTable) that went as links: a list of
// laureates, of courses or of releases names each entry with a link to its
// page, and a cell of one or two linked words looks like a menu's link to
// keepSections. Only the link verdicts are taken back.
func keepSectionTables(blocks []boilerplate.Block) {
	for cells := range tableRuns(blocks) {
		if !recordTable(cells) {
			continue
		}
		for k := range cells {
			if b := &cells[k]; !b.Kept && b.Reason == boilerplate.ReasonLinkList {
				b.Keep()
			}
		}
	}
}

// recordTable reports whether cells, the blocks of one table in document
// order, are a table of records: a header row of two or more <th> cells
// over minDataRows or more rows, no row wider than the header and at least
// three in four of them with two or more cells and words outside links (a
// year, a place, a size beside the linked names). A menu laid out in a
// table has no column headers; a row that spans the table ("Not awarded")
// or a column added in later years does not make the table less one. The
// cells of a row share their ContainerID; a cell under a negative hint
// makes the table part of the page's frame.
func recordTable(cells []boilerplate.Block) bool {
	width, rows, good := 0, 0, 0
	n, unlinked := 0, false
	endRow := func() bool {
		if rows == 0 {
			width = n
		} else if n > width {
			return false
		} else if n >= 2 && unlinked {
			good++
		}
		rows++
		n, unlinked = 0, false
		return true
	}
	for k := range cells {
		c := &cells[k]
		if c.Features.Hints&negativeHints != 0 {
			return false
		}
		if k > 0 && c.Features.ContainerID != cells[k-1].Features.ContainerID && !endRow() {
			return false
		}
		if rows == 0 && c.Tag != "th" {
			return false
		}
		n++
		if c.Features.Words > c.Features.LinkWords {
			unlinked = true
		}
	}
	if len(cells) == 0 || !endRow() {
		return false
	}
	body := rows - 1
	return width >= 2 && body >= minDataRows && 4*good >= 3*body
}
