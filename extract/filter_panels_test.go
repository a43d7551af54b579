package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// shopCards writes n product cards: a linked name of a few words and a
// price.
func shopCards(b *strings.Builder, n int, extra string) {
	for i := range n {
		id := strconv.Itoa(i)
		b.WriteString(`<div class="x9f2-card">` + extra + `<h3><a href="/p/` + id + `">Trail Runner Model ` + id +
			`</a></h3><div class="x9f2-price">$` + id + `9.00</div></div>`)
	}
}

// segmentedPage segments page and resolves its hints, as finish does
// before a page is read by sections.
func segmentedPage(t *testing.T, page string) *segmenter {
	t.Helper()
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	resolveHints(s, true)
	return s
}

// TestFilterPanels: the filter panel of a shop's category, in plain
// <div>s with hashed class names, goes whole when its options are
// checkboxes or lines with counts; the cards beside it stay, and so do
// cards that carry a checkbox each, a panel of too few options and the
// category's introduction.
func TestFilterPanels(t *testing.T) {
	intro := `<h1>Trail Shoes</h1><p>Our trail shoes grip wet rock and loose gravel alike, and every pair is tested on the hills near our workshop.</p>`
	checkboxes := func(names ...string) string {
		var b strings.Builder
		b.WriteString(`<div class="a1b2c3"><div class="q7z">Filters</div><h4>Colour</h4>`)
		for _, n := range names {
			b.WriteString(`<div class="r4t"><input type="checkbox" id="f-` + n + `"><span>` + n + `</span> <span class="c0">12</span></div>`)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	counted := `<div class="k8m"><div class="j2">Brand</div><div class="h5"><a href="?b=1">Northpeak (38)</a><a href="?b=2">Stoneway (21)</a>` +
		`<a href="?b=3">Fellrunner (7)</a><a href="?b=4">Ridgeline (1,204)</a></div><div class="j2">Price</div>` +
		`<div class="h5"><a href="?p=1">$0 to $50 (14)</a><a href="?p=2">$50 to $100 (9)</a></div></div>`
	tests := []struct {
		name      string
		panel     string
		cardExtra string
		wantGone  []string
	}{
		{
			name:     "checkboxes",
			panel:    checkboxes("Red", "Blue", "Green", "Black", "Grey"),
			wantGone: []string{"Filters", "Colour", "Red 12", "Grey 12"},
		},
		{
			name:     "counts",
			panel:    counted,
			wantGone: []string{"Brand", "Northpeak (38)Stoneway (21)Fellrunner (7)Ridgeline (1,204)", "Price"},
		},
		{
			name:      "a checkbox in every card",
			panel:     `<div class="b7">Sort</div>`,
			cardExtra: `<label><input type="checkbox"> Compare</label>`,
		},
		{
			name:  "too few options",
			panel: checkboxes("Red", "Blue", "Green"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<html><body><div class="p0">` + intro + `<div class="row">` + tt.panel + `<div class="grid">`)
			shopCards(&b, 10, tt.cardExtra)
			b.WriteString(`</div></div></div></body></html>`)
			s := segmentedPage(t, b.String())
			defer s.release()
			dropFilterPanels(s, panelCounts(s))
			gone := map[string]bool{}
			for i := range s.blocks {
				bl := &s.blocks[i]
				if bl.Reason == boilerplate.ReasonInterface {
					gone[bl.Text] = true
				}
				if (strings.HasPrefix(bl.Text, "Trail") || strings.HasSuffix(bl.Text, ".00") || strings.HasPrefix(bl.Text, "Our trail")) &&
					bl.Dropped() {
					t.Errorf("content %q dropped (%s)", bl.Text, bl.Reason)
				}
			}
			for _, w := range tt.wantGone {
				if !gone[w] {
					t.Errorf("%q not dropped as a filter panel; dropped: %v", w, gone)
				}
			}
			if tt.wantGone == nil && len(gone) > 0 {
				t.Errorf("dropped %v, want nothing", gone)
			}
		})
	}
}

func TestOptionCounts(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Red (12)", 1},
		{"Aries (38)Cambo (38)Canon (261)", 3},
		{"(1,204)", 1},
		{"$25 to $50 (73)", 1},
		{"Model (2024 edition)", 0},
		{"()", 0},
		{"(,5)", 0},
		{"see (3", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := optionCounts(tt.in); got != tt.want {
			t.Errorf("optionCounts(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
