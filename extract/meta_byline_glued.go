package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unglueByline puts a space back where a byline's name runs into the date
// or the job title that the page sets beside it in another element:
// "Jane DoeMarch 3, 2020" is "Jane Doe March 3, 2020" and "Max
// MustermannRedakteur" is "Max Mustermann Redakteur". A word is cut before
// its last capital that follows a lower-case letter when what the capital
// opens is a month's name or a job title; other words (McNally,
// PowerPoint) stay whole. s is returned as it is when nothing is glued.
func unglueByline(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if cut := gluedTail(s[i:j]); cut > 0 {
			if b.Len() == 0 {
				b.Grow(len(s) + 2)
			}
			b.WriteString(s[last : i+cut])
			b.WriteByte(' ')
			last = i + cut
		}
		i = j + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// gluedTail returns the byte index in w of the capital that opens a
// month's name or a job title glued to a lower-case letter, or 0.
func gluedTail(w string) int {
	cut := 0
	prevLower := false
	for i, r := range w {
		if unicode.IsUpper(r) && prevLower {
			cut = i
		}
		prevLower = unicode.IsLower(r)
	}
	if cut == 0 {
		return 0
	}
	tail := strings.TrimRight(w[cut:], ",.;:")
	if utf8.RuneCountInString(tail) < 3 || !isMonthName(tail) && !isRoleWord(tail) {
		return 0
	}
	return cut
}
