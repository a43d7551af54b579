package lower

import (
	"strings"
	"testing"
)

// lowerCases hold ASCII, Latin, Cyrillic and Greek capitals, runes whose
// lower case is shorter or longer in UTF-8 (Kelvin sign, dotted I) and
// bytes that are not UTF-8.
var lowerCases = []string{
	"", "Sort by", "SORT BY:", "already lower", "Geprüft", "VÉRIFIÉ", "Автор", "СОРТИРОВКА",
	"ΣΟΦΊΑ", "\u212a", "\u0130stanbul", "a\xffb", "\xff", "\xe2\x82", "Ünïcödé 42", "日本語",
	"\uFFFD", "ẞ",
}

func TestAppend(t *testing.T) {
	for _, s := range lowerCases {
		var buf [8]byte
		if got, want := string(Append(buf[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("Append(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIs(t *testing.T) {
	for _, s := range lowerCases {
		for _, l := range lowerCases {
			if got, want := Is(s, l), strings.ToLower(s) == l; got != want {
				t.Errorf("Is(%q, %q) = %v, want %v", s, l, got, want)
			}
		}
		if l := strings.ToLower(s); !Is(s, l) {
			t.Errorf("Is(%q, %q) = false", s, l)
		}
	}
}

func TestNoAllocations(t *testing.T) {
	n := testing.AllocsPerRun(100, func() {
		var buf [32]byte
		_ = Append(buf[:0], "Sortieren nach Größe")
		_ = Is("Sortieren nach", "sortieren nach")
	})
	if n != 0 {
		t.Errorf("%v allocations, want 0", n)
	}
}

func FuzzLower(f *testing.F) {
	for _, s := range lowerCases {
		f.Add(s, strings.ToLower(s))
	}
	f.Fuzz(func(t *testing.T, s, l string) {
		if got := string(Append(nil, s)); got != strings.ToLower(s) {
			t.Fatalf("Append(%q) = %q", s, got)
		}
		if got, want := Is(s, l), strings.ToLower(s) == l; got != want {
			t.Fatalf("Is(%q, %q) = %v", s, l, got)
		}
		if !Is(s, strings.ToLower(s)) {
			t.Fatalf("Is(%q, ToLower) = false", s)
		}
	})
}
