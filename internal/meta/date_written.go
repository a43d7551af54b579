package meta

import (
	"time"

	"github.com/winnowtext/winnow/recognize"
)

// writtenDate reads a date value that no layout of parseDate knows, as
// the date recognisers read a dateline printed on a page: a month named
// in another language ("3 mars 2021", "3. März 2021", "3 de marzo de
// 2021"), a weekday and a time around the date ("Wednesday, March 3,
// 2021 - 10:00"), a time with seconds and AM ("3/3/2021 10:00:00 AM").
// Numeric dates with slashes are read month first, as parseDate reads
// them. The time is UTC: a zone written after it is not read.
func writtenDate(s string) (time.Time, bool) {
	t, ok := recognize.ParseDateMonthFirst(s)
	if !ok || t.Year() < minYear || t.Year() > maxYear {
		return time.Time{}, false
	}
	return t, true
}
