package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tidyTitle returns the title t without the white space that pages leave
// at its ends (a no-break space after the last word, "Headline\u00a0") and
// with each run of white space that holds more than one character, or an
// ASCII space beside another space, as one ASCII space ("Brand\u00a0
// Product"). A lone no-break or ideographic space between words is the
// page's own typography and stays.
func tidyTitle(t string) string {
	t = strings.TrimFunc(t, unicode.IsSpace)
	if !needsTidy(t) {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsSpace(r) {
			b.WriteString(t[i : i+n])
			i += n
			continue
		}
		j, runes := i, 0
		for j < len(t) {
			r2, n2 := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsSpace(r2) {
				break
			}
			j += n2
			runes++
		}
		if runes == 1 {
			b.WriteString(t[i:j])
		} else {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// needsTidy reports whether t holds a run of two white space characters
// or more, or an ASCII control space other than a plain space.
func needsTidy(t string) bool {
	prev := false
	for _, r := range t {
		space := unicode.IsSpace(r)
		if space && (prev || r != ' ' && r < utf8.RuneSelf) {
			return true
		}
		prev = space
	}
	return false
}
