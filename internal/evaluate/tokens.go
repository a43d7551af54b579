package evaluate

import (
	"unicode"
	"unicode/utf8"
)

// Tokens splits text into the benchmark's tokens: maximal runs of letters,
// digits and underscores ([\p{L}\p{N}_]+). Tokens are substrings of text.
func Tokens(text string) []string {
	var toks []string
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			toks = append(toks, text[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		toks = append(toks, text[start:])
	}
	return toks
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// collapseSpace replaces every run of white space in s with one space.
// Leading and trailing space is kept (as one space), as in the segment
// benchmark, where a segment may end with a space.
func collapseSpace(s string) string {
	var b []byte
	inSpace := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			if !inSpace {
				b = append(b, ' ')
			}
			inSpace = true
		} else {
			b = append(b, s[i:i+size]...)
			inSpace = false
		}
		i += size
	}
	return string(b)
}
