package meta

import (
	"strconv"
	"strings"
	"time"
)

// Layouts tried by parseDate, by the shape of the value. Numeric dates with
// slashes are read month first (the US use) unless the first number cannot
// be a month; dotted dates are day first (the European use).
var (
	isoLayouts = [...]string{
		time.RFC3339Nano, // also without fractional seconds
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04:05Z07",
		"2006-01-02T15:04:05 Z07:00",
		"2006-01-02T15:04:05 -0700",
		"2006-01-02T15:04:05 MST",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04Z0700",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 Z07:00",
		"2006-01-02 15:04:05 -0700 MST",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05 MST",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"2006-01-02",
		"2006-1-2",
		"2006/1/2 15:04:05",
		"2006/1/2 15:04",
		"2006/1/2",
		"2006.1.2",
		"2006-01",
		"20060102",
		"20060102150405",
	}
	numericLayouts = [...]string{
		"2.1.2006 15:04:05",
		"2.1.2006 15:04",
		"2.1.2006",
		"1/2/2006 15:04:05",
		"1/2/2006 3:04 PM",
		"1/2/2006 15:04",
		"1/2/2006",
		"2/1/2006",
		"2-1-2006",
		"2 January 2006 15:04",
		"2 January 2006",
		"2 Jan 2006 15:04:05 -0700",
		"2 Jan 2006 15:04",
		"2 Jan 2006",
		"2 January, 2006",
	}
	textLayouts = [...]string{
		time.RFC1123Z,
		time.RFC1123,
		"Mon, 2 Jan 2006 15:04:05 -0700",
		"Mon, 2 Jan 2006 15:04:05 MST",
		"Mon, 2 Jan 2006 15:04:05",
		"Mon, 2 Jan 2006",
		"Mon, 02-Jan-2006 15:04:05 MST",
		time.RFC850,
		time.UnixDate,
		time.ANSIC,
		"Mon Jan 2 2006 15:04:05 GMT-0700",
		"January 2, 2006, 3:04 PM MST",
		"January 2, 2006, 3:04 PM",
		"January 2, 2006 3:04 PM MST",
		"January 2, 2006 3:04 PM",
		"January 2, 2006 3:04PM",
		"January 2, 2006 15:04",
		"January 2, 2006",
		"January 2 2006",
		"Jan 2, 2006 3:04 PM",
		"Jan 2, 2006 15:04",
		"Jan 2, 2006",
		"Jan 2 2006",
		"Jan. 2, 2006",
		"Monday, January 2, 2006 3:04 PM",
		"Monday, January 2, 2006",
		"Monday, 2 January 2006 15:04",
		"Monday, 2 January 2006",
		"Monday 2 January 2006",
		"Mon, Jan 2, 2006",
		"Mon Jan 2, 2006",
		"January 2006",
	}
)

// Years outside this range are typos or placeholders (0001-01-01).
const minYear, maxYear = 1900, 2100

// parseDate reads the date formats found in page metadata: RFC 3339 with or
// without seconds, fraction and zone, "2006-01-02 15:04:05", RFC 1123 and
// its variants, "January 2, 2006", "2 January 2006", "02.01.2006",
// "01/02/2006", "20060102" and "20060102150405", Unix timestamps in
// seconds or milliseconds; else what the
// date recognisers read (see writtenDate). Values without a zone are UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 64 {
		return time.Time{}, false
	}
	if t, ok := parseUnix(s); ok {
		return t, true
	}
	var layouts []string
	iso, written := false, false // which check of the layouts applies
	switch {
	case isDigit(s[0]) && len(s) >= 5 && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) && !isDigit(s[4]):
		layouts, iso = isoLayouts[:], true
		s = padOffset(s)
	case len(s) == 8 && allDigits(s):
		layouts = isoLayouts[len(isoLayouts)-2 : len(isoLayouts)-1]
	case len(s) == 14 && allDigits(s):
		layouts = isoLayouts[len(isoLayouts)-1:]
	case isDigit(s[0]):
		layouts, written = numericLayouts[:], true
		s = normTextDate(s)
	default:
		layouts, written = textLayouts[:], true
		s = normTextDate(s)
	}
	for _, layout := range layouts {
		if iso && !isoMayParse(layout, s) || written && !layoutMayParse(layout, s) {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			if y := t.Year(); y < minYear || y > maxYear {
				return time.Time{}, false
			}
			return t, true
		}
	}
	return writtenDate(s)
}

// isoMayParse reports whether time.Parse(layout, s) may succeed, for a
// layout of isoLayouts and s that opens with four digits and a non-digit:
// time.Parse reads the year as four bytes and the "01" and "02" of month
// and day as two digits each, so the byte after the year, and after a
// full date ("2006-01-02") the end of s or the byte that follows it, must
// be the layout's. parseDate skips the layouts that fail these tests: a
// date alone failed sixteen layouts before its own, each failure an
// error's allocations.
func isoMayParse(layout, s string) bool {
	if layout[4] != s[4] {
		return false
	}
	const date = "2006-01-02"
	switch {
	case !strings.HasPrefix(layout, date):
		return true
	case len(layout) == len(date):
		return len(s) == len(date)
	case len(s) <= len(date) || s[len(date)] != layout[len(date)]:
		return false
	}
	// The layout goes on with "15:04". When s writes the hour with two
	// digits ("T10:15"), its minutes end at 16 too: a colon there opens
	// seconds, which the layout must read if and only if s has them, and
	// s that ends with its seconds ("T10:15:30") needs a layout that ends
	// there as well (the others want a zone or a name after them).
	if len(s) < 16 || !isDigit(s[11]) || !isDigit(s[12]) || s[13] != ':' {
		return true
	}
	seconds := len(s) > 16 && s[16] == ':'
	if seconds != (len(layout) > 16 && layout[16] == ':') {
		return false
	}
	return !seconds || len(s) != 19 || len(layout) == 19
}

// layoutMayParse reports whether time.Parse(layout, s) may succeed, for a
// layout of numericLayouts or textLayouts, which open with a day or month
// number ("2", "1": one or two digits) or a day or month name ("Mon",
// "Jan": three letters; "Monday", "January": the name) followed by a byte
// that is neither: s must open with such a run followed by that byte.
// And a layout that ends in a digit ("2006", "15:04", "-0700") needs s to
// end in one, a layout that ends in "PM" needs "AM" or "PM". A value
// failed half of the layouts in turn before this check, each failure an
// error's allocations.
func layoutMayParse(layout, s string) bool {
	lr, sr := leadingRun(layout), leadingRun(s)
	if lr >= len(layout) || sr >= len(s) || s[sr] != layout[lr] {
		return false
	}
	if isDigit(layout[0]) {
		if !isDigit(s[0]) || sr > 2 {
			return false
		}
	} else if sr < 3 || lr == 3 && sr != 3 || isDigit(s[0]) {
		return false
	}
	last := s[len(s)-1]
	switch {
	case isDigit(layout[len(layout)-1]):
		return isDigit(last)
	case strings.HasSuffix(layout, "PM"):
		return last == 'M'
	}
	return true
}

// leadingRun returns the length of the run of ASCII digits or of ASCII
// letters that s opens with.
func leadingRun(s string) int {
	i := 0
	if i < len(s) && isDigit(s[0]) {
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		return i
	}
	for isLetterAt(s, i) {
		i++
	}
	return i
}

// padOffset writes with two digits of hours the zone offset that ends an
// ISO date and time with one ("2018-10-29T10:15-500", "...T10:15:00+530",
// "...T10:15-5", "...T10:15+5:30"), as templates that format the offset
// as a number write it: the offset of hours under ten loses its leading
// zero. s is returned unchanged when it ends otherwise.
func padOffset(s string) string {
	i := strings.LastIndexAny(s, "+-")
	if i < 12 || !isDigit(s[i-1]) && (s[i-1] != ' ' || !isDigit(s[i-2])) || !strings.ContainsAny(s, "T ") {
		return s // no time before the sign: a date's own dash
	}
	switch off := s[i+1:]; {
	case len(off) == 1 && isDigit(off[0]),
		len(off) == 3 && allDigits(off),
		len(off) == 4 && isDigit(off[0]) && off[1] == ':' && isDigit(off[2]) && isDigit(off[3]):
		return s[:i+1] + "0" + off
	}
	return s
}

// parseUnix reads a Unix time of 10 digits (seconds) or 13 (milliseconds).
func parseUnix(s string) (time.Time, bool) {
	if len(s) != 10 && len(s) != 13 {
		return time.Time{}, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return time.Time{}, false
	}
	t := time.Unix(n, 0)
	if len(s) == 13 {
		t = time.UnixMilli(n)
	}
	t = t.UTC()
	if y := t.Year(); y < 1995 || y > maxYear {
		return time.Time{}, false
	}
	return t, true
}

// normTextDate rewrites a written-out date into a shape the layouts know:
// ordinal suffixes go ("March 3rd" is "March 3"), "Sept" is "Sep", " at "
// before the time is dropped, am/pm is
// upper case, runs of spaces are one.
func normTextDate(s string) string {
	var b strings.Builder
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' && last == ' ' {
			continue
		}
		b.WriteByte(c)
		last = c
		if isDigit(c) && i+3 <= len(s) && isOrdinal(s[i+1:i+3]) && !isLetterAt(s, i+3) {
			i += 2
		}
	}
	s = b.String()
	s = strings.Replace(s, "Sept ", "Sep ", 1)
	s = strings.Replace(s, "Sept.", "Sep.", 1)
	s = strings.Replace(s, " at ", " ", 1)
	if n := len(s); n > 2 {
		switch strings.ToLower(s[n-2:]) {
		case "am", "pm":
			s = s[:n-2] + strings.ToUpper(s[n-2:])
		}
	}
	return s
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isLetterAt(s string, i int) bool {
	return i < len(s) && 'a' <= s[i]|0x20 && s[i]|0x20 <= 'z'
}

func isOrdinal(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// ParseDate reads a date in one of the formats of page metadata (see
// parseDate): the datetime of a <time>, the content of a date <meta>.
func ParseDate(s string) (time.Time, bool) { return parseDate(s) }
