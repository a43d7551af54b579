package recognize

import (
	"strings"
	"unicode/utf8"
)

// maxDatelineWords is the most words of one dateline: a date, its time,
// its label.
const maxDatelineWords = 16

// pairedDatelines reports whether text is two datelines joined by the
// first bar, middle dot or bullet in it ("Published: 5 March 2024 |
// Updated: 7 March 2024"), each of which Text reads as a dateline.
func pairedDatelines(text string) bool {
	at, size := -1, 0
	for i, r := range text {
		if r == '|' || r == '·' || r == '•' {
			at, size = i, utf8.RuneLen(r)
			break
		}
	}
	if at < 0 {
		return false
	}
	a, b := strings.TrimSpace(text[:at]), strings.TrimSpace(text[at+size:])
	return a != "" && b != "" && Text(a) == Dateline && Text(b) == Dateline
}
