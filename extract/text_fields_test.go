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

// appendNormTitle writes what normTitle returns.
func TestAppendNormTitle(t *testing.T) {
	buf := []byte("stale")
	for _, s := range []string{"", "  ", "Headline", " The  Big\tNews \n", "A\vB\fC\rD", "ÉTÉ  à Paris", "x\xffY", "MiXeD CaSe 42 | Site", "İ", "a\u00a0B"} {
		buf = appendNormTitle(buf[:0], s)
		if got, want := string(buf), normTitle(s); got != want {
			t.Errorf("appendNormTitle(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzAppendNormTitle(f *testing.F) {
	f.Add("Some  Title\t| Site")
	f.Add("ÉTÉ\u00a0x")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendNormTitle([]byte("x"), s)), "x"+normTitle(s); got != want {
			t.Fatalf("appendNormTitle(%q) = %q, want %q", s, got, want)
		}
	})
}

// collapseASCIISpace gives what it gave before its shortcut.
func FuzzCollapseASCIISpace(f *testing.F) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\vb", "a\u00a0b", "\xff b", "a\fb\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
		}), " ")
		if got := collapseASCIISpace(s); got != want {
			t.Fatalf("collapseASCIISpace(%q) = %q, want %q", s, got, want)
		}
	})
}
