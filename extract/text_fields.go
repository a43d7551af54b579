package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// joinFields is strings.Join(strings.Fields(s), " "): s trimmed, with each
// run of white space (unicode.IsSpace) made one space. It returns s itself
// when s is so already, and otherwise builds the result in one allocation,
// without the slice of words (an article's JSON-LD body has thousands).
func joinFields(s string) string {
	if spacedOnce(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; ; {
		i = skipFieldSpace(s, i, true)
		if i == len(s) {
			return b.String()
		}
		start := i
		i = skipFieldSpace(s, i, false)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:i])
	}
}

// skipFieldSpace returns the end of the run of white space (space true) or
// of other runes (space false) that goes on at s[i].
func skipFieldSpace(s string, i int, space bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiFieldSpace[c] != space {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) != space {
			return i
		}
		i += size
	}
	return i
}

// asciiFieldSpace marks the ASCII bytes strings.Fields splits at.
var asciiFieldSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}

// spacedOnce reports whether s is as joinFields leaves it: no white space
// at either end, and none but single ASCII spaces between its words.
func spacedOnce(s string) bool {
	prevSpace := true // so that s may not open with a space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' {
				if prevSpace {
					return false
				}
				prevSpace = true
			} else if isFieldSpace(rune(c)) {
				return false
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isFieldSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// isFieldSpace reports whether strings.Fields splits at r.
func isFieldSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiFieldSpace[r]
	}
	return unicode.IsSpace(r)
}
