package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/ascii"
)

// labelSet is a list of lower-case labels that hasLabel looks for inside
// a text ("updated", "published", "member since"), indexed by their first
// two bytes: a text is read once, and a label is compared only where the
// text has its first byte and a second byte that some label of that first
// byte has, where a search for each label in turn would read the text as
// many times as there are labels. Built once, never modified.
type labelSet struct {
	first  [256]uint8 // 1 + the index in groups of the labels starting with a byte; 0 for none
	second []uint64   // for each group, the second bytes of its labels (bit b&63)
	groups [][]string
}

// newLabelSet indexes labels, each in lower case and of two bytes or more.
func newLabelSet(labels []string) *labelSet {
	s := &labelSet{}
	for _, l := range labels {
		if len(l) < 2 || strings.ToLower(l) != l {
			panic("extract: label " + l + " is not lower-case or is shorter than two bytes")
		}
		g := s.first[l[0]]
		if g == 0 {
			s.groups = append(s.groups, nil)
			s.second = append(s.second, 0)
			g = uint8(len(s.groups))
			s.first[l[0]] = g
		}
		s.groups[g-1] = append(s.groups[g-1], l)
		s.second[g-1] |= 1 << (l[1] & 63)
	}
	return s
}

// hasLabel reports whether a text holds one of the labels of set, case
// aside (as strings.ToLower lowers it).
func hasLabel(text string, set *labelSet) bool {
	return set.in(foldable(text))
}

// foldable returns text ready for labelSet.in: text itself when a lower
// case would change none of its bytes but ASCII capitals, which in reads
// lowered (ASCII text, and text whose other characters are quotes,
// dashes, spaces and small letters, as most lines are), else text
// lower-cased, whose length a lower case may change.
func foldable(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			if lowerBeyondASCII(text[i:]) {
				return text
			}
			return strings.ToLower(text)
		}
	}
	return text
}

// lowerBeyondASCII reports whether strings.ToLower leaves every rune of
// s that is not ASCII as it is: s is valid UTF-8 and holds no capital
// beyond ASCII. strings.ToLower of such a text only lowers its ASCII
// capitals, byte for byte in place, and the copy it makes can be spared.
func lowerBeyondASCII(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && !caseless(r) && (r == utf8.RuneError || unicode.ToLower(r) != r) {
			return false
		}
	}
	return true
}

// caseless reports whether r lies in a block of runes that
// unicode.ToLower leaves as they are, and that lines beyond ASCII hold
// most: small Latin-1 and Cyrillic letters, punctuation, the scripts of
// Chinese, Japanese and Korean. It spares their look-up in the case
// tables.
func caseless(r rune) bool {
	switch {
	case r < 0x2000:
		return 0xDF <= r && r <= 0xFF || 0x430 <= r && r <= 0x45F
	case r <= 0x206F: // general punctuation: dashes, quotes, spaces
		return true
	}
	return 0x2E80 <= r && r <= 0xA63F || 0xAC00 <= r && r <= 0xD7A3
}

// in reports whether text, made ready by foldable, holds a label of s.
func (s *labelSet) in(text string) bool { return s.index(text) >= 0 }

// index returns where the first label of s in text, made ready by
// foldable, begins, or -1.
func (s *labelSet) index(text string) int {
	for i := 0; i+1 < len(text); i++ {
		g := s.first[ascii.Lower(text[i])]
		if g == 0 || s.second[g-1]&(1<<(ascii.Lower(text[i+1])&63)) == 0 {
			continue
		}
		for _, l := range s.groups[g-1] {
			if ascii.HasPrefixFold(text[i:], l) {
				return i
			}
		}
	}
	return -1
}
