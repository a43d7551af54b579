package extract

import (
	"math/rand"
	"strings"
	"testing"
)

func TestJoinFieldsMatchesFields(t *testing.T) {
	pieces := []string{"word", "Wort", "слово", "中文", " ", "  ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085",
		"\u2003", "\u3000", "\u202f", "\u200b", "\xff", "\xe2\x80", ".", ""}
	for _, s := range []string{"", " ", "a", " a", "a ", "a  b", "a b", "a\u00a0b", "\xffa b"} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
	r := rand.New(rand.NewSource(5))
	for range 100000 {
		var b strings.Builder
		for range r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}
