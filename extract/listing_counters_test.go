package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestBareCount: a bare count is digits alone, grouped in threes by
// commas or not ("6207", "1,242"); a rating with a point, a number in
// brackets or with a sign, a count with its label or unit, a misplaced
// comma and a number too long to be a count are not.
func TestBareCount(t *testing.T) {
	for _, c := range []struct {
		text string
		v    int
		ok   bool
	}{
		{"6207", 6207, true}, {"42", 42, true}, {"1,242", 1242, true}, {"12,345,678", 12345678, true},
		{"4.5", 0, false}, {"(212)", 0, false}, {"12 reviews", 0, false}, {"1,24", 0, false}, {"12,3456", 0, false},
		{",123", 0, false}, {"", 0, false}, {"#3", 0, false}, {"-5", 0, false}, {"2410kJ", 0, false},
		{"1234567890123", 0, false},
	} {
		if v, ok := bareCount(c.text); v != c.v && c.ok || ok != c.ok {
			t.Errorf("bareCount(%q) = %d, %v, want %d, %v", c.text, v, ok, c.v, c.ok)
		}
	}
}

// TestDropItemCounters: on a listing, the bare counts under its items
// (reviews beside a product's stars, votes) go when three or more stand on
// the page; a chart's ranks, which count up by one, stay, and so do ratings
// with a point, counts with their label, and one or two bare numbers.
func TestDropItemCounters(t *testing.T) {
	kept := func(text string) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text, Kept: true}
	}
	tests := []struct {
		name  string
		texts []string
		gone  []bool
	}{
		{"review counts", []string{"Studio headphones A", "6207", "Studio headphones B", "64", "Studio headphones C", "5,186"},
			[]bool{false, true, false, true, false, true}},
		{"a chart's ranks", []string{"1", "First film", "2", "Second film", "3", "Third film", "4", "Fourth film"},
			[]bool{false, false, false, false, false, false, false, false}},
		{"ranks and counts", []string{"1", "First film", "812", "2", "Second film", "95", "3", "Third film", "1,030"},
			[]bool{false, false, true, false, false, true, false, false, true}},
		{"ratings and labelled counts", []string{"Trail A", "4.5", "212 reviews", "Trail B", "3.9", "18 reviews", "Trail C", "4.1", "(7)"},
			[]bool{false, false, false, false, false, false, false, false, false}},
		{"two counts", []string{"Trail A", "212", "Trail B", "18"}, []bool{false, false, false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var blocks []boilerplate.Block
			for _, s := range tc.texts {
				blocks = append(blocks, kept(s))
			}
			dropItemCounters(blocks)
			for i, b := range blocks {
				if b.Kept == tc.gone[i] {
					t.Errorf("%q kept = %v, want %v", b.Text, b.Kept, !tc.gone[i])
				}
			}
		})
	}
}
