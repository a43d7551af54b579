package meta

import (
	"math/rand"
	"strings"
	"testing"
)

// lastSepRef is lastSep by brute force: of every occurrence of every
// separator, those that lie within another occurrence are no separators
// (the ": " that closes " :: "), and the last of the others to begin wins.
func lastSepRef(s string) (int, int) {
	type occ struct{ i, n int }
	var all []occ
	for _, sep := range append(titleSeps[:], tailSeps[:]...) {
		for i := 0; i < len(s); i++ {
			if strings.HasPrefix(s[i:], sep) {
				all = append(all, occ{i, len(sep)})
			}
		}
	}
	best, bestLen := -1, 0
	for _, o := range all {
		inside := false
		for _, p := range all {
			if p != o && p.i <= o.i && p.i+p.n >= o.i+o.n {
				inside = true
			}
		}
		if !inside && o.i > best {
			best, bestLen = o.i, o.n
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

func TestLastSepMatchesBruteForce(t *testing.T) {
	pieces := []string{"Headline", "Site", " ", "|", "-", "–", "—", ":", "::", "·", "•", "/", "//", "»", "«", "~",
		"｜", "：", "_", "見出し", "\xe2", "\xe2\x80", "x"}
	r := rand.New(rand.NewSource(3))
	for range 50000 {
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

// TestIsTitleTail checks the part that <title> adds after the metadata's
// title, as a heading may print it.
func TestIsTitleTail(t *testing.T) {
	for _, tt := range []struct {
		h, page, title string
		want           bool
	}{
		{"science", "Hair follicles grown in the lab : science", "Hair follicles grown in the lab", true},
		{"Jardinage", "Mes tomates ne mûrissent pas | Jardinage", "Mes tomates ne mûrissent pas", true},
		{"技術", "新しい電池の研究｜技術", "新しい電池の研究", true},
		{"science", "Hair follicles grown in the lab : science", "Something else", false},
		{"Hair follicles", "Hair follicles | Hair follicles", "Hair follicles", false},
		{"science", "No separator here", "No separator here", false},
		{"science", "Hair follicles : science", "", false},
	} {
		if got := IsTitleTail(tt.h, tt.page, tt.title); got != tt.want {
			t.Errorf("IsTitleTail(%q, %q, %q) = %v, want %v", tt.h, tt.page, tt.title, got, tt.want)
		}
	}
}

// TestOpensWithSite checks <title>s that are the site's name and a
// tagline.
func TestOpensWithSite(t *testing.T) {
	for _, tt := range []struct {
		page, title, site, host string
		want                    bool
	}{
		{"Talkboard - Where people talk", "Where people talk", "", "www.talkboard.example", true},
		{"Forumhaus | Wo Menschen reden", "Wo Menschen reden", "Forumhaus", "", true},
		{"Headline - Talkboard", "Headline", "", "www.talkboard.example", false},
		{"Talkboard - Where people talk", "Another title", "", "www.talkboard.example", false},
		{"Talkboard", "Talkboard", "", "www.talkboard.example", false},
	} {
		if got := OpensWithSite(tt.page, tt.title, tt.site, tt.host); got != tt.want {
			t.Errorf("OpensWithSite(%q, %q) = %v, want %v", tt.page, tt.title, got, tt.want)
		}
	}
}

// TestNamesSite checks the site's name without the host's main label.
func TestNamesSite(t *testing.T) {
	for _, tt := range []struct {
		s, site, host string
		want          bool
	}{
		{"Harborpack Goods", "Harborpack Goods", "harborpack.example", true},
		{"Harborpack", "", "www.harborpack.example", true},
		{"Harborpack Daypack", "", "www.harborpack.example", false},
		{"Estudio Comunidad", "Estudio", "estudio.example", false},
		{"", "Estudio", "estudio.example", false},
	} {
		if got := NamesSite(tt.s, tt.site, tt.host); got != tt.want {
			t.Errorf("NamesSite(%q, %q, %q) = %v, want %v", tt.s, tt.site, tt.host, got, tt.want)
		}
	}
}
