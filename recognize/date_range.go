package recognize

import (
	"strings"
	"unicode/utf8"
)

// isDateRange reports whether text is a span of two dates or two times
// of one shape joined by a dash: "1/27/2026 - 3/24/2026", "6:15 PM -
// 8:15 PM", "12.01.26 — 10.04.26", "Sat 7 Mar – Mon 9 Mar", "Monday —
// Friday". A dateline stamps one moment (when a page was published); a
// span is the term of a course, the hours of a service, the days of an
// event, which the page is about. Two stamps of different shapes ("March
// 3, 2025 — 10:42 AM") or a stamp and its update ("… - Updated …") are
// no span.
func isDateRange(text string) bool {
	at, size := rangeDash(text)
	if at < 0 {
		return false
	}
	a, b := strings.TrimSpace(text[:at]), strings.TrimSpace(text[at+size:])
	if a == "" || b == "" || !isDateline(a) || !isDateline(b) {
		return false
	}
	sa, okA := spanShape(a)
	sb, okB := spanShape(b)
	return okA && okB && sa == sb
}

// rangeDash returns the index and size of the first dash in text that
// can join two dates: an en or em dash, a hyphen with a space on either
// side, or a hyphen between a number and a word ("31-February"); the
// hyphens inside a numeric date ("2019-01-21") join none. It returns -1
// when text has none.
func rangeDash(text string) (int, int) {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '–' || r == '—':
			return i, size
		case r == '-' && i > 0 && i+1 < len(text):
			before, after := text[i-1], text[i+1]
			if before == ' ' || after == ' ' || isASCIIDigit(before) && after >= 'A' && (after|0x20) <= 'z' && (after|0x20) >= 'a' {
				return i, size
			}
		}
		i += size
	}
	return -1, 0
}

// spanShape sums up the shape of one end of a span: whether it names a
// month, a weekday and a time of day. ok is false when it holds a word a
// dateline adds to its date ("updated", "at"), which no end of a span
// does.
func spanShape(text string) (shape uint8, ok bool) {
	const month, weekday, clock = 1, 2, 4
	words := dateWords()
	for i, n := 0, 0; n < maxDateTokens; n++ {
		t, next, more := readDateToken(text, i, words)
		if !more {
			break
		}
		i = next
		switch {
		case t.kind == dwFiller:
			return 0, false
		case t.kind >= 1 && t.kind <= 12:
			shape |= month
		case isWeekday(t.kind):
			shape |= weekday
		case t.kind == dwAMPM || t.kind == dwPM || t.kind == 0 && (t.sep == ':' || t.glued == gluedAM || t.glued == gluedPM):
			shape |= clock
		}
	}
	return shape, true
}
