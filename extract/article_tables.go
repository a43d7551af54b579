package extract

import "github.com/winnowtext/winnow/boilerplate"

// minDataRows is the least number of rows under its header row that make
// a table of data.
const minDataRows = 2

// keepDataTables keeps the tables of data inside the article's container
// after the first paragraph of its body (bodySpan): a table whose first
// row is all header cells (<th>) and whose rows below it have as many
// cells, each row with a cell that is not a link. A release's downloads ("Linux | app-linux.tar.gz | 12 MB"),
// a list of sources with their dates: the links make density drop the
// cells one by one, and the classifier's own table rule wants a table
// that is mostly not links, though a reader view shows the table whole.
// A box of related stories is a list, not a table with column headers.
// Only density's verdicts are taken back, and a header cell's label
// ("Download") is no button; a table with a cell under a negative hint
// or dropped for another reason stays as it is.
func keepDataTables(blocks []boilerplate.Block, mask []bool) {
	first, _ := bodySpan(blocks, mask)
	if first < 0 {
		return
	}
	for i := first + 1; i < len(blocks); {
		if !mask[i] || blocks[i].Kind != boilerplate.KindTableCell {
			i++
			continue
		}
		j := i
		for j < len(blocks) && mask[j] && blocks[j].Kind == boilerplate.KindTableCell {
			j++
		}
		if dataTable(blocks[i:j]) {
			for k := i; k < j; k++ {
				if b := &blocks[k]; !b.Kept && tableCellVerdict(b) {
					b.Keep()
				}
			}
		}
		i = j
	}
}

// dataTable reports whether cells, the blocks of one table in document
// order, are a header row of <th> cells over minDataRows or more rows of
// as many cells, each with a cell that holds words outside links, and
// whether every dropped cell may be taken back (tableCellVerdict). The
// cells of a row share their ContainerID.
func dataTable(cells []boilerplate.Block) bool {
	width, rows, n := 0, 0, 0
	unlinked := false
	for k := range cells {
		c := &cells[k]
		if c.Features.Hints&negativeHints != 0 || !c.Kept && !tableCellVerdict(c) {
			return false
		}
		if k > 0 && c.Features.ContainerID != cells[k-1].Features.ContainerID {
			// a row ends
			if rows == 0 {
				width = n
			} else if n != width || !unlinked {
				return false
			}
			rows, n, unlinked = rows+1, 0, false
		}
		if rows == 0 && c.Tag != "th" {
			return false
		}
		n++
		if c.Features.Words > c.Features.LinkWords {
			unlinked = true
		}
	}
	if rows == 0 || n != width || !unlinked {
		return false
	}
	return rows >= minDataRows && width >= 2
}

// tableCellVerdict reports whether the verdict on a table's cell c may be
// taken back: one of density's, a header cell read as a control, or a
// value read as a date or a time (a release's date, a departure).
func tableCellVerdict(c *boilerplate.Block) bool {
	return densityVerdict(c.Reason) || c.Tag == "th" && c.Reason == boilerplate.ReasonInterface ||
		c.Reason == boilerplate.ReasonDateline
}
