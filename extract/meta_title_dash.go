package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// dashTailSeps are the dashes that part an h1's headline from a subtitle:
// the spaced hyphen and the em dash. The en dash, which titles set in
// ranges and asides as often, is not read.
var dashTailSeps = [...]string{" - ", " — "}

// minDashHead is the fewest words of the headline before a dash that
// cutDashTail cuts after: a shorter head is a label or a name that the
// rest completes ("Git Branching - Branches in a Nutshell", "About -
// Our team").
const minDashHead = 3

// cutDashTail returns an h1 without the subtitle after one dash: its first
// spaced hyphen wherever it stands, or, when it has none, its first
// spaced em dash ("Gym Workouts for Beginners — Strength Training",
// "Driver Kit - 32 Precision Bits"). Only that dash is judged: the
// headline is the part before it, when that part has minDashHead words or
// more and the subtitle, at most maxTitleTail words, opens as a title of
// its own does, with a capital or a digit; else the h1 stays whole and no
// other dash is tried. A dash before a lower-case word continues the
// sentence ("... of 2024 — and 5 trends to expect") and stays.
func cutDashTail(h string) string {
	for _, sep := range dashTailSeps {
		i := strings.Index(h, sep)
		if i <= 0 {
			continue
		}
		head, tail := h[:i], strings.TrimSpace(h[i+len(sep):])
		r, _ := utf8.DecodeRuneInString(tail)
		if wordCount(head) >= minDashHead && wordCount(tail) <= maxTitleTail && (unicode.IsUpper(r) || unicode.IsDigit(r)) {
			return strings.TrimSpace(head)
		}
		return h
	}
	return h
}
