package meta

import (
	"strings"
	"time"
)

// dateFromURL finds the publication date that many sites put in their
// article paths: /2019/11/19/, /2019/1/9/, /2019/mar/05/, /2020-02/19/,
// /2019/0425/, and a segment that starts with 2010-10-26, 2010_10_26 or
// 20101026 (not followed by more digits: /20140109030403/ is a time
// stamp, no day), else a segment that ends with one after a dash or an
// underscore (/news/story-title-2017-03-15, /story_20170315.html; see
// slugEndDate). Year and month alone (/2019/05/)
// are not enough: the day is unknown and the numbers are often something
// else (an issue number).
func dateFromURL(u string) (time.Time, bool) {
	if len(u) > maxURL {
		return time.Time{}, false
	}
	segs := strings.Split(u, "/")
	for i, seg := range segs {
		if len(seg) < 4 {
			continue
		}
		// 2010-10-26..., 2010_10_26...
		if len(seg) >= 10 && (seg[4] == '-' || seg[4] == '_') && seg[7] == seg[4] {
			if t, ok := ymd(seg[:4], seg[5:7], seg[8:10]); ok && (len(seg) == 10 || !isDigit(seg[10])) {
				return t, true
			}
		}
		// 20190411-slug, 20190211.html
		if len(seg) >= 8 && allDigits(seg[:8]) && (len(seg) == 8 || !isDigit(seg[8])) {
			if t, ok := ymd(seg[:4], seg[4:6], seg[6:8]); ok {
				return t, true
			}
		}
		if i+1 >= len(segs) {
			continue
		}
		// 2020-02/19
		if len(seg) == 7 && seg[4] == '-' {
			if t, ok := ymd(seg[:4], seg[5:], segs[i+1]); ok {
				return t, true
			}
		}
		// 2019/11/19
		if len(seg) == 4 && i+2 < len(segs) {
			if t, ok := ymd(seg, segs[i+1], segs[i+2]); ok {
				return t, true
			}
		}
		// 2019/mar/05
		if len(seg) == 4 && i+2 < len(segs) {
			if m := urlMonth(segs[i+1]); m > 0 {
				if t, ok := ymdMonth(seg, m, segs[i+2]); ok {
					return t, true
				}
			}
		}
		// 2019/0425/
		if next := segs[i+1]; len(seg) == 4 && len(next) >= 4 && allDigits(next[:4]) && (len(next) == 4 || !isDigit(next[4])) {
			if t, ok := ymd(seg, next[:2], next[2:4]); ok {
				return t, true
			}
		}
	}
	path := segs
	if strings.Contains(u, "//") && len(segs) >= 3 {
		path = segs[3:] // past "https:", "" and the host
	}
	for _, seg := range path {
		if t, ok := slugEndDate(seg); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// slugEndDate reads the date that ends a path segment after the words of
// its slug, as publishing systems that stamp the day on the slug write
// it: "story-title-2017-03-15", "story_title_2017_03_15",
// "story-title-20170315", before a query, a fragment or a file extension
// ("story_20170315.html"). More digits before the date make it a number
// ("item-120170315"), no date.
func slugEndDate(seg string) (time.Time, bool) {
	if i := strings.IndexAny(seg, "?#"); i >= 0 {
		seg = seg[:i]
	}
	if i := strings.LastIndexByte(seg, '.'); i >= 0 && len(seg)-i <= 6 && !strings.ContainsFunc(seg[i+1:], isNotLetter) {
		seg = seg[:i]
	}
	n := len(seg)
	switch {
	case n >= 11 && isSlugSep(seg[n-11]) && isSlugSep(seg[n-6]) && seg[n-3] == seg[n-6]:
		return ymd(seg[n-10:n-6], seg[n-5:n-3], seg[n-2:])
	case n >= 9 && isSlugSep(seg[n-9]) && allDigits(seg[n-8:]):
		return ymd(seg[n-8:n-4], seg[n-4:n-2], seg[n-2:])
	}
	return time.Time{}, false
}

// isSlugSep reports whether c separates the words of a slug.
func isSlugSep(c byte) bool { return c == '-' || c == '_' }

// isNotLetter reports whether r is no ASCII letter.
func isNotLetter(r rune) bool { return !('a' <= r|0x20 && r|0x20 <= 'z') }

// urlMonths are the English months' three-letter names, as news sites
// write them in their paths (/2019/mar/05/).
var urlMonths = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// urlMonth returns the month, 1 to 12, that a path segment names with its
// three-letter English name in any case, else 0.
func urlMonth(seg string) int {
	if len(seg) != 3 {
		return 0
	}
	for i, m := range urlMonths {
		if strings.EqualFold(seg, m) {
			return i + 1
		}
	}
	return 0
}

// ymd makes a date of a 4-digit year and a month and day of one or two
// digits, when they name a real day.
func ymd(y, m, d string) (time.Time, bool) {
	month, ok := atoi(m, 1, 2)
	if !ok {
		return time.Time{}, false
	}
	return ymdMonth(y, month, d)
}

// ymdMonth is ymd with the month as a number.
func ymdMonth(y string, month int, d string) (time.Time, bool) {
	year, ok1 := atoi(y, 4, 4)
	day, ok3 := atoi(d, 1, 2)
	if !ok1 || !ok3 || year < 1990 || year > maxYear || month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // 31 February
		return time.Time{}, false
	}
	return t, true
}

// atoi reads a number of minLen to maxLen decimal digits.
func atoi(s string, minLen, maxLen int) (int, bool) {
	if len(s) < minLen || len(s) > maxLen {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
