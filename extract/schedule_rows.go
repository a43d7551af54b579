package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// minScheduleRows is the least number of rows of one shape that make a
// schedule without column headers: a day's three sessions could be a
// footer's opening hours, a run of four is a listing.
const minScheduleRows = 4

// maxRowCells is the most cells a schedule's row holds: a run of more
// dropped blocks in one container is a menu or a list, and rowEnd reads
// no further, so that a page of long runs costs no more than a page of
// short ones.
const maxRowCells = 12

// keepScheduleRows keeps the schedules without column headers that stand
// right beside the text kept inside the main container (mask): rows of two
// cells or more, as many in every row, whose cell in one column reads as a
// day or a time of day (a <table> of "10:00 AM | Opening Parade | Main
// Street", or the same rows laid out in <div>s), or lines of one list or
// box that each open with a time of day (see timedLinesEnd). The
// recogniser drops each time as a dateline and density the short linked
// names and places, so a festival's programme under its one-paragraph
// introduction went whole while the introduction stayed. What makes the
// rows one schedule is their repetition: the same number of cells in each
// and the time in the same column, minScheduleRows times or more in a row.
// The cells of a row share their ContainerID. Only density's and the
// recogniser's date verdicts are taken back, and a cell under a negative
// hint ends the rows.
func keepScheduleRows(blocks []boilerplate.Block, mask []bool) {
	if mask == nil {
		return
	}
	for i := 1; i < len(blocks); {
		if !mask[i] || blocks[i].Kept {
			i++
			continue
		}
		j := scheduleRowsEnd(blocks, mask, i)
		if j <= i {
			j = timedLinesEnd(blocks, mask, i)
		}
		if j <= i {
			i++
			continue
		}
		if blocks[i-1].Kept && mask[i-1] || j < len(blocks) && blocks[j].Kept && mask[j] {
			for k := i; k < j; k++ {
				blocks[k].Keep()
			}
		}
		i = j
	}
}

// scheduleRowsEnd returns the end of the schedule's rows that start at block
// i (see keepScheduleRows), i when none does. An optional first row of
// header cells (<th>) as wide as the rows below it is one of them.
func scheduleRowsEnd(blocks []boilerplate.Block, mask []bool, i int) int {
	width, col, rows := 0, -1, 0
	k := i
	if end := rowEnd(blocks, mask, k); end > k+1 && allHeaderCells(blocks[k:end]) {
		width = end - k
		k = end
	}
	for k < len(blocks) {
		end := rowEnd(blocks, mask, k)
		n := end - k
		if n < 2 || n > maxRowCells || width > 0 && n != width {
			break
		}
		if col < 0 {
			col = datedColumn(blocks[k:end])
			if col < 0 {
				break
			}
		} else if !scheduleTime(&blocks[k+col]) {
			break
		}
		width, rows, k = n, rows+1, end
	}
	if rows < minScheduleRows {
		return i
	}
	return k
}

// rowEnd returns the end of the row of dropped cells that starts at block
// k: the blocks after it inside mask that share its ContainerID, whose
// verdicts are density's or the recogniser's dateline, with no negative
// hint. It returns k when block k is no such cell, and reads no further
// than one cell past maxRowCells.
func rowEnd(blocks []boilerplate.Block, mask []bool, k int) int {
	id := blocks[k].Features.ContainerID
	j, stop := k, min(len(blocks), k+maxRowCells+1)
	for j < stop && mask[j] && blocks[j].Features.ContainerID == id && scheduleCell(&blocks[j]) {
		j++
	}
	return j
}

// scheduleCell reports whether b may be a dropped cell of a schedule: a
// table cell or a paragraph that density or the recogniser's dateline
// dropped, under no negative hint.
func scheduleCell(b *boilerplate.Block) bool {
	if b.Kept || b.Features.Hints&negativeHints != 0 {
		return false
	}
	if b.Kind != boilerplate.KindTableCell && b.Kind != boilerplate.KindParagraph {
		return false
	}
	return densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonDateline
}

// allHeaderCells reports whether every block of row is a <th> cell.
func allHeaderCells(row []boilerplate.Block) bool {
	for k := range row {
		if row[k].Tag != "th" {
			return false
		}
	}
	return true
}

// datedColumn returns the column of the first cell of row that reads as a
// day or a time of day, -1 when none does.
func datedColumn(row []boilerplate.Block) int {
	for k := range row {
		if scheduleTime(&row[k]) {
			return k
		}
	}
	return -1
}

// scheduleTime reports whether b was dropped as a dateline that names a
// day or a time of day.
func scheduleTime(b *boilerplate.Block) bool {
	return b.Reason == boilerplate.ReasonDateline && recognize.CalendarLine(b.Text)
}

// timedLinesEnd returns the end of the schedule's lines that start at
// block i, i when none does: minScheduleRows or more blocks of one kind
// (paragraphs or list items) in one container, each dropped by density
// under no negative hint and opening with a clock time ("10:00 AM Opening
// Parade Main Street", "19h30 Concert"). A date that opens a line
// ("2025-09-07 Post title", "March 3") is an archive's or a feed's, not
// a day's programme, and does not count.
func timedLinesEnd(blocks []boilerplate.Block, mask []bool, i int) int {
	first := &blocks[i]
	if first.Kind != boilerplate.KindParagraph && first.Kind != boilerplate.KindListItem {
		return i
	}
	j := i
	for j < len(blocks) && mask[j] {
		b := &blocks[j]
		if b.Kind != first.Kind || b.Features.ContainerID != first.Features.ContainerID || b.Kept ||
			b.Features.Hints&negativeHints != 0 || !densityVerdict(b.Reason) || !opensWithClock(b.Text) {
			break
		}
		j++
	}
	if j-i < minScheduleRows {
		return i
	}
	return j
}

// opensWithClock reports whether text opens with a clock time followed by
// more words: "10:00 AM Opening Parade", "7pm Quiz night", "19h30
// Concert". The time is one to two digits of hours, then a colon or an
// "h" and two digits of minutes, or "am" or "pm" glued to the hour; an
// "AM" or "PM" may follow as a word. A point is not read: "12.99 Garden
// gloves" and "3.50 mi" are a price and a distance.
func opensWithClock(text string) bool {
	k := clockEnd(text)
	if k == 0 {
		return false
	}
	rest := text[k:]
	if len(rest) == 0 || rest[0] != ' ' {
		return false
	}
	rest = rest[1:]
	if len(rest) >= 2 && meridiem(rest[:2]) && (len(rest) == 2 || rest[2] == ' ') {
		rest = rest[2:]
	}
	return hasLetter(rest)
}

// meridiem reports whether s, two bytes, is "am" or "pm" in any case.
func meridiem(s string) bool {
	a, m := s[0]|0x20, s[1]|0x20
	return (a == 'a' || a == 'p') && m == 'm'
}
