package meta

import (
	"math/rand"
	"strings"
	"testing"
)

// lastSepRef is lastSep as a strings.LastIndex for each separator.
func lastSepRef(s string) (int, int) {
	best, bestLen := -1, 0
	for _, sep := range titleSeps {
		if i := strings.LastIndex(s, sep); i > best {
			best, bestLen = i, len(sep)
		}
	}
	for _, sep := range tailSeps {
		if i := strings.LastIndex(s, sep); i > best {
			best, bestLen = i, len(sep)
		}
	}
	return best, bestLen
}

// TestNoSeparatorBeginsAnother holds lastSep's premise: at most one
// separator begins at any byte.
func TestNoSeparatorBeginsAnother(t *testing.T) {
	seps := append(titleSeps[:], tailSeps[:]...)
	for i, a := range seps {
		for j, b := range seps {
			if i != j && strings.HasPrefix(a, b) {
				t.Errorf("separator %q begins %q", b, a)
			}
		}
	}
}

func TestLastSepMatchesLastIndex(t *testing.T) {
	pieces := []string{"Headline", "Site", " ", "|", "-", "–", "—", ":", "::", "·", "•", "/", "//", "»", "«", "~",
		"｜", "：", "_", "見出し", "\xe2", "\xe2\x80", "x"}
	r := rand.New(rand.NewSource(3))
	for range 200000 {
		var b strings.Builder
		for range r.Intn(14) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		i, n := lastSep(s)
		wi, wn := lastSepRef(s)
		if wi < 0 {
			wn = 0
		}
		if i != wi || n != wn {
			t.Fatalf("lastSep(%q) = %d, %d; want %d, %d", s, i, n, wi, wn)
		}
	}
}
