package boilerplate

import (
	"strings"
	"unicode"

	"github.com/winnowtext/winnow/internal/runeclass"
)

// articleTables keeps a table printed a cell per line, as a page's text
// renders a <table> whose cells are block elements: a results table, a
// schedule, a table of figures. Its lines are short and most are bare
// words or numbers, so each alone reads as a menu item. What tells a table
// is its rows: tableRows finds a period k (the columns) over which the
// lines repeat their shape, a number in the same columns and words in
// the others, row after row. A menu or a link list has no column of
// numbers at a fixed period. A row of labels just before the rows (the
// table's header) belongs to the table too.
//
// The table is kept when it belongs to the article: a good block stands
// within maxGap blocks of it, before or after, or a lead-in ending in a
// colon opens it ("Final standings after 36 races:"). A table in a
// sidebar (standings, tickets) stands among short lines and has neither.
func articleTables(blocks []Block, classes []textClass) {
	shapes := make([]cellShape, len(blocks))
	numbers := 0
	for i := range blocks {
		shapes[i] = shapeOf(&blocks[i], classes[i])
		if shapes[i] == cellNumber {
			numbers++
		}
	}
	if numbers < minTableRows {
		return
	}
	scan := newTableScan(shapes)
	for i := 0; i < len(blocks); {
		start, end, k := scan.tableRows(blocks, shapes, i)
		if end <= start {
			i++
			continue
		}
		// The header: a row of labels just before the rows (printed
		// twice by tables with a sticky header).
		for range 2 {
			if head := start - k; head >= 0 && labelRow(blocks[head:start], shapes[head:start]) {
				start = head
			}
		}
		if tableInArticle(blocks, classes, start, end) {
			for j := start; j < end; j++ {
				if classes[j] != tcBad {
					classes[j] = tcGood
				}
			}
		}
		i = end
	}
}

// tableScan is what articleTables learns of the lines as it looks for
// tables at one start after another, so that a long run of rows that is
// no table (a ranked list: its only column of numbers counts the rows) is
// read once rather than once for every line it holds.
type tableScan struct {
	// same[k][x] is how many lines from x on have the shape of the line
	// k before them.
	same [maxTableCols + 1][]int32
	// counted[k][x%k] is the last column of stride k found to count its
	// rows (see counts), from line first to line last: a column within
	// it counts too.
	counted [maxTableCols + 1][maxTableCols]struct{ first, last int }
}

// newTableScan returns the scan of lines of cell shapes shapes.
func newTableScan(shapes []cellShape) *tableScan {
	t := &tableScan{}
	slab := make([]int32, (maxTableCols-1)*(len(shapes)+1))
	for k := 2; k <= maxTableCols; k++ {
		same := slab[(k-2)*(len(shapes)+1) : (k-1)*(len(shapes)+1)]
		for x := len(shapes) - 1; x >= k; x-- {
			if shapes[x] == shapes[x-k] {
				same[x] = same[x+1] + 1
			}
		}
		t.same[k] = same
		for r := range t.counted[k] {
			t.counted[k][r].first = -1
		}
	}
	return t
}

// tableRows looks for the rows of a table whose first cell is blocks[i]:
// at least minTableRows rows of k lines (2 <= k <= maxTableCols), each row
// with the same cell shapes, numbers in one column or more and words in
// another. It returns the lines of the rows, [start, end), and k; end <=
// start when there is no table at i.
func (t *tableScan) tableRows(blocks []Block, shapes []cellShape, i int) (start, end, k int) {
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
				nums = -1 // a line that is no cell ends the search at this k
			}
		}
		if nums <= 0 || words == 0 || repeats(sig) {
			continue
		}
		// Each row after the first repeats the shapes of the one before
		// it: the lines from i+k on with the shape of the line k before.
		rows := 1 + int(t.same[k][i+k])/k
		if rows >= minTableRows && rows*k > best && t.figures(blocks, i, rows, k, sig) {
			best, bestK = rows*k, k
		}
	}
	if bestK == 0 {
		return i, i, 0
	}
	return i, i + best, bestK
}

// figures reports whether a column of numbers of the rows (k lines each
// from line i, cells shaped as sig) holds figures rather than a count: a
// column that numbers the rows 1, 2, 3 (or 1, 3, 5 when a row is read as
// two) is a ranked list's (the most read stories, one list after
// another), which a table of figures is not for that column alone.
//
// A column within one found to count counts too (a later start only
// drops rows from the top, and counts holds for them as it did), so such
// a column is not read again.
func (t *tableScan) figures(blocks []Block, i, rows, k int, sig []cellShape) bool {
	for j, s := range sig {
		if s != cellNumber {
			continue
		}
		first, last := i+j, i+j+(rows-1)*k
		if c := &t.counted[k][first%k]; c.first >= 0 && c.first <= first && last <= c.last {
			continue
		}
		count, step := true, 0
		for r := first + k; r <= last && count; r += k {
			count, step = counts(blocks[r-k].Text, blocks[r].Text, step)
		}
		if !count {
			return true
		}
		t.counted[k][first%k] = struct{ first, last int }{first, last}
	}
	return false
}

// repeats reports whether the shapes of a row repeat at a shorter period
// that divides it: the rows are then rows of that period, read two at a
// time.
func repeats(sig []cellShape) bool {
	for p := 1; p < len(sig); p++ {
		if len(sig)%p != 0 {
			continue
		}
		same := true
		for j := p; j < len(sig) && same; j++ {
			same = sig[j] == sig[j-p]
		}
		if same {
			return true
		}
	}
	return false
}

// counts reports whether cell b follows cell a in a column that counts
// rows, by step (0 until known): b is a's number plus step, or 1 where a
// list after it starts again. It returns the step.
func counts(a, b string, step int) (bool, int) {
	x, okA := leadingInt(a)
	y, okB := leadingInt(b)
	switch {
	case !okA || !okB:
		return false, step
	case y == 1:
		return true, step
	case step == 0 && y > x:
		return true, y - x
	}
	return y-x == step, step
}

// leadingInt returns the first run of digits of s as a number.
func leadingInt(s string) (int, bool) {
	n, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if digits < 9 {
				n = n*10 + int(c-'0')
			}
			digits++
		case digits > 0:
			return n, true
		}
	}
	return n, digits > 0
}

// Table bounds: the fewest rows a table needs, and the most columns
// looked for.
const (
	minTableRows = 3
	maxTableCols = 10
)

// cellShape is what a line of a table's row holds.
type cellShape uint8

const (
	cellNone   cellShape = iota // no cell: long, or dropped by a recogniser
	cellNumber                  // a figure: digits and signs, no letters ("5040", "85%", "1:23.4")
	cellWords                   // a short label or value with letters
)

// maxCellChars is the longest line read as a cell of a table.
const maxCellChars = 80

// shapeOf returns the cell shape of b, whose class is c.
func shapeOf(b *Block, c textClass) cellShape {
	if b.Dropped() && b.Reason != ReasonTooShort && b.Reason != ReasonLowDensity || c == tcGood ||
		b.Features.Chars > maxCellChars || b.Text == "" {
		return cellNone
	}
	switch digits, letters := figureRunes(b.Text); {
	case letters == 0 && digits > 0:
		return cellNumber
	case letters > 0:
		return cellWords
	}
	return cellNone
}

// figure reports whether a cell is a figure: digits and signs, no
// letters.
func figure(cell string) bool {
	digits, letters := figureRunes(cell)
	return letters == 0 && digits > 0
}

// figureRunes counts the digits and letters of s.
func figureRunes(s string) (digits, letters int) {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits, letters
}

// labelRow reports whether the k lines of row, of cell shapes shapes,
// are a table's header: each a short label or a unit sign ("%"), none a
// figure.
func labelRow(row []Block, shapes []cellShape) bool {
	for i := range row {
		switch shapes[i] {
		case cellWords:
		case cellNone:
			if row[i].Dropped() && row[i].Reason != ReasonTooShort || row[i].Features.Chars > 2 || row[i].Text == "" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// tableInArticle reports whether the table of blocks[start:end] belongs
// to the article: a good block within maxGap blocks before or after it,
// or a lead-in ending in a colon among the tableLeadLines lines before it.
func tableInArticle(blocks []Block, classes []textClass, start, end int) bool {
	for j := start - 1; j >= 0 && j >= start-maxGap; j-- {
		if classes[j] == tcGood {
			return true
		}
		if j >= start-tableLeadLines && !blocks[j].Dropped() && strings.HasSuffix(runeclass.TrimClosers(blocks[j].Text), ":") {
			return true
		}
	}
	for j := end; j < len(blocks) && j < end+maxGap; j++ {
		if classes[j] == tcGood {
			return true
		}
	}
	return false
}

// tableLeadLines is how far before a table its lead-in may stand (a
// caption or a note between).
const tableLeadLines = 2

// barTables keeps a table printed a row per line with its cells between
// bars, as a text browser dumps a <table> ("1 | River City | 34 | 78"):
// at least minTableRows lines in a row with as many cells each (three or
// more), a column of figures among them that does not just count the
// rows, and a header line of labels before them. A recogniser reads such
// a line alone as a menu of links between bars; the rows together are a
// table, kept when it belongs to the article (tableInArticle). A header
// printed twice stays a repeat. rows, when not nil, holds the cells of
// rows printed between tabs (TextOptions.Rows), read as bars.
func barTables(blocks []Block, classes []textClass, rows []string) {
	row := func(i int) string {
		if i < len(rows) && rows[i] != "" {
			return rows[i]
		}
		return blocks[i].Text
	}
	for i := 0; i < len(blocks); {
		n := barCells(row(i))
		if n == 0 {
			i++
			continue
		}
		end := i + 1
		for end < len(blocks) && barCells(row(end)) == n {
			end++
		}
		body := i
		for body < end && !barFigure(row(body)) {
			body++ // header rows
		}
		if body-i <= 2 && end-body >= minTableRows && barFigures(row, body, end, n) && tableInArticle(blocks, classes, i, end) {
			for j := i; j < end; j++ {
				if b := &blocks[j]; b.Reason == ReasonNone || b.Reason == ReasonNavigation {
					b.Reason = ReasonNone
					classes[j] = tcGood
				}
			}
		}
		i = end
	}
}

// barCells returns the number of cells of a table row printed between
// bars ("a | b | c"), or 0 for a line of fewer than three.
func barCells(text string) int {
	n := strings.Count(text, " | ") + 1
	if n < 3 {
		return 0
	}
	return n
}

// nextBarCell returns the first cell of a row printed between bars and
// the rest of the row after its bar, with more false at the last cell.
func nextBarCell(text string) (cell, rest string, more bool) {
	return strings.Cut(text, " | ")
}

// barFigure reports whether a row printed between bars holds a figure.
// It reads the row once: a row of thousands of cells costs no more than
// its length.
func barFigure(text string) bool {
	for more := true; more; {
		var cell string
		cell, text, more = nextBarCell(text)
		if figure(cell) {
			return true
		}
	}
	return false
}

// barFigures reports whether the rows [start, end) (row gives their
// text), of n cells each, have a column of figures that does not just
// count them (see counts). It reads each row once, left to right, and
// follows every column at the same time, so that the work is linear in
// the rows' length however many cells they have.
func barFigures(row func(int) string, start, end, n int) bool {
	cols := make([]barColumn, n)
	for j := range cols {
		cols[j] = barColumn{col: true, count: true}
	}
	alive := n
	for r := start; r < end && alive > 0; r++ {
		text := row(r)
		for j := range cols {
			var c string
			c, text, _ = nextBarCell(text)
			col := &cols[j]
			if !col.col {
				continue
			}
			if !figure(c) {
				col.col = false
				alive--
				continue
			}
			if r > start && col.count {
				col.count, col.step = counts(col.prev, c, col.step)
			}
			col.prev = c
		}
	}
	for j := range cols {
		if cols[j].col && !cols[j].count {
			return true
		}
	}
	return false
}

// barColumn is what barFigures knows of one column so far: whether every
// cell was a figure (col), whether they only count the rows (count, by
// step), and the last cell.
type barColumn struct {
	col, count bool
	step       int
	prev       string
}
