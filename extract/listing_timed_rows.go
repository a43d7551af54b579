package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// timedRowMaxGap is the most blocks from one timed row's head to the
// next: a time, a name, a place, a host, a price and a label.
const timedRowMaxGap = 6

// keepTimedRows takes back, on a listing, the rows of a schedule that the
// sections' reading dropped cell by cell: a programme, a timetable, a
// television guide, a day of sessions, whose rows are a clock time and a
// few short words, often a linked name. The recogniser drops each time as
// a dateline and the sections each short linked name as a link list, so a
// page of such rows kept almost nothing; items (see keepItemFields) do not
// find them when no element wraps a row, or when a row holds no text
// beside its link. What makes them a schedule is their repetition: a head
// that reads as a time of day (see timedRowHead) every timedRowMaxGap
// blocks or fewer, minScheduleRows times or more, with nothing between
// them but short cells that were kept or dropped as links or dates. The
// last row is as wide as the one before it at most, and a heading right
// before the first (the day's) is one of them. Only link-list and
// dateline verdicts are taken back: hidden blocks, the page's frame and
// repeats stay dropped, and a block under a negative hint ends the rows.
// With a mask (an article's container; nil for the whole page), the rows
// end where it does.
func keepTimedRows(blocks []boilerplate.Block, mask []bool) {
	in := func(i int) bool { return mask == nil || mask[i] }
	for i := 0; i < len(blocks); {
		if !in(i) || !timedRowHead(&blocks[i]) {
			i++
			continue
		}
		heads, last, gap := 1, i, 0
		for {
			next := -1
			for j := last + 1; j < len(blocks) && j <= last+timedRowMaxGap; j++ {
				if !in(j) {
					break
				}
				if timedRowHead(&blocks[j]) {
					next = j
					break
				}
				if !timedRowCell(&blocks[j]) {
					break
				}
			}
			if next < 0 {
				break
			}
			heads, gap, last = heads+1, next-last, next
		}
		if heads < minScheduleRows {
			i = last + 1
			continue
		}
		end := last + 1
		for end < len(blocks) && end < last+gap && in(end) && timedRowCell(&blocks[end]) {
			end++
		}
		start := i
		if h := i - 1; h >= 0 && in(h) && blocks[h].Kind == boilerplate.KindHeading && timedRowCell(&blocks[h]) {
			start = h // the day's heading over the first row
		}
		for k := start; k < end; k++ {
			if b := &blocks[k]; !b.Kept && (b.Reason == boilerplate.ReasonLinkList || b.Reason == boilerplate.ReasonDateline) {
				b.Keep()
			}
		}
		i = end
	}
}

// timedRowHead reports whether b can open a schedule's row: a line kept,
// or dropped as a dateline or a link list, under no negative hint, that
// opens with a clock time ("10:00", "7pm", "19h30 Concert"), or a dateline
// that names a day with its hour ("Sat 8 Mar, 12:00").
func timedRowHead(b *boilerplate.Block) bool {
	if b.Features.Hints&negativeHints != 0 || b.Features.Hints.Has(boilerplate.HintHidden) {
		return false
	}
	switch {
	case b.Kept, b.Reason == boilerplate.ReasonLinkList:
		return clockOpens(b.Text)
	case b.Reason == boilerplate.ReasonDateline:
		return clockOpens(b.Text) || hasClock(b.Text) && recognize.CalendarLine(b.Text)
	}
	return false
}

// timedRowCellWords is the most words a cell of a timed row holds.
const timedRowCellWords = 12

// timedRowCell reports whether b can stand in a schedule's row after its
// head: a short line, kept or dropped as a link list or a dateline, under
// no negative hint.
func timedRowCell(b *boilerplate.Block) bool {
	if b.Features.Hints&negativeHints != 0 || b.Features.Hints.Has(boilerplate.HintHidden) || b.Features.Words > timedRowCellWords {
		return false
	}
	return b.Kept || b.Reason == boilerplate.ReasonLinkList || b.Reason == boilerplate.ReasonDateline
}

// clockOpens reports whether text opens with a clock time, alone or
// followed by more: "10:00", "10:00 AM Opening Parade", "7pm", "19h30",
// or "09:30Morning yoga", where the time's element and the name's stand
// side by side with no space between.
func clockOpens(text string) bool {
	k := clockEnd(text)
	return k > 0 && (k == len(text) || text[k] == ' ' || text[k] == '-' || text[k] == ',' || text[k] >= 'A' && text[k] <= 'Z')
}

// hasClock reports whether text holds a clock time after a space, a comma
// or its start: "Sat 8 Mar, 12:00".
func hasClock(text string) bool {
	for i := 0; i < len(text); i++ {
		if (i == 0 || text[i-1] == ' ' || text[i-1] == ',') && isDigit(text[i]) {
			if k := clockEnd(text[i:]); k > 0 && (i+k == len(text) || text[i+k] == ' ' || text[i+k] == '-' || text[i+k] == ',') {
				return true
			}
		}
	}
	return false
}

// clockEnd returns the end of the clock time that opens text, 0 when none
// does: one or two digits of hours, then a colon or an "h" and two digits
// of minutes, or "am" or "pm" glued to the hour; a glued "am" or "pm" may
// follow the minutes. A point is not read: "12.99" is a price.
func clockEnd(text string) int {
	k := 0
	for k < len(text) && k < 2 && isDigit(text[k]) {
		k++
	}
	if k == 0 {
		return 0
	}
	switch {
	case k+3 <= len(text) && (text[k] == ':' || text[k] == 'h') && isDigit(text[k+1]) && isDigit(text[k+2]):
		k += 3
		if k < len(text) && isDigit(text[k]) {
			return 0 // a figure: "1:500"
		}
		if k+2 <= len(text) && meridiem(text[k:k+2]) {
			k += 2
		}
	case k+2 <= len(text) && meridiem(text[k:k+2]):
		k += 2
	default:
		return 0
	}
	return k
}
