package recognize

// CalendarLine reports whether text, a line the recogniser reads as a
// dateline, names a day or a time of day: a month or a weekday ("Sunday,
// September 7", "12 mars"), a clock time ("8:20 PM", "19:30", "10h15",
// "7pm") or a date of numbers alone ("2025-09-07", "07.09.2025"). A
// dateline of other numbers ("47.5g", "2410kj/581kcal", "3 | 12", "1.5
// mi") is a figure a table measures, not a day it lists.
func CalendarLine(text string) bool {
	if _, ok := parseDate(text, false); ok {
		return true
	}
	var toks [maxDateTokens]dateToken
	n := dateTokens(text, &toks)
	for i := 0; i < n; i++ {
		t := toks[i]
		switch {
		case t.kind >= 1 && t.kind <= 12:
			return true
		case isWeekday(t.kind):
			// A weekday opens the line or names a day's number: "Mi"
			// after a number is a distance in miles ("1.5 mi").
			if i == 0 || i+1 < n && toks[i+1].kind == 0 && toks[i+1].val >= 1 && toks[i+1].val <= 31 {
				return true
			}
		case t.kind != 0 || t.ndig > 2:
		case t.glued == gluedAM || t.glued == gluedPM || t.glued == gluedHour:
			return true // "7pm", "10h15"
		case i+1 < n && t.sep == ':' && toks[i+1].kind == 0 && toks[i+1].ndig == 2:
			return true // "8:20"
		case i+1 < n && (toks[i+1].kind == dwAMPM || toks[i+1].kind == dwPM) && t.sep == ' ':
			return true // "7 pm"
		}
	}
	return false
}
