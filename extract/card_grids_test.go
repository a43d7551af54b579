package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestTrustGrids: a grid of product cards or teasers in an element whose
// class names the pagination loses the navigation hint that name gives
// it, but for the parts of a card its own name marks; a menu under the
// same name, a grid inside a <nav> element and a grid of too few cards
// keep it.
func TestTrustGrids(t *testing.T) {
	card := func(i int) string {
		id := strconv.Itoa(i)
		return `<div class="tile"><h4><a href="/p/` + id + `">Seamless Tee ` + id + `</a></h4><p>Black</p><div class="cost">$` + id + `5</div>` +
			`<div class="breadcrumb"><a href="/c">Tops</a></div></div>`
	}
	teaser := func(i int) string {
		id := strconv.Itoa(i)
		return `<li><a href="/post/` + id + `">How we rebuilt the harbour wall, part ` + id + `</a><p>March ` + id + `, 2025</p></li>`
	}
	grid := func(open, close string, n int, item func(int) string) string {
		var b strings.Builder
		b.WriteString(open)
		for i := range n {
			b.WriteString(item(i))
		}
		b.WriteString(close)
		return b.String()
	}
	menuItem := func(i int) string {
		return `<li><a href="/c/` + strconv.Itoa(i) + `">Category ` + strconv.Itoa(i) + `</a></li>`
	}
	tests := []struct {
		name    string
		body    string
		probe   string // the text of a block to look at
		wantNav bool
	}{
		{"cards in a pagination element", grid(`<div class="pagination-grid">`, `</div>`, 12, card), "Black", false},
		{"a card's price", grid(`<div class="pagination-grid">`, `</div>`, 12, card), "$35", false},
		{"a card's own breadcrumb", grid(`<div class="pagination-grid">`, `</div>`, 12, card), "Tops", true},
		{"teasers in a pager list", grid(`<ul class="pager">`, `</ul>`, 10, teaser), "How we rebuilt the harbour wall, part 3", false},
		{"a menu", grid(`<ul class="menu">`, `</ul>`, 12, menuItem), "Category 3", true},
		{"cards inside <nav>", grid(`<nav><div class="results">`, `</div></nav>`, 12, card), "Black", true},
		{"too few cards", grid(`<div class="pagination-grid">`, `</div>`, 5, card), "Black", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The category's introduction is most of the page's prose, as
			// it is on a shop's category: the grid is no part of it.
			intro := strings.Repeat("Our shirts are cut from organic cotton and sewn in a small workshop that we visit every season. ", 12)
			page := `<html><body><main><h1>Shirts</h1><p>` + intro + `</p>` + tt.body + `</main></body></html>`
			s := segmentedPage(t, page)
			defer s.release()
			trustGrids(s)
			found := false
			for i := range s.blocks {
				if s.blocks[i].Text != tt.probe {
					continue
				}
				found = true
				if got := s.blocks[i].Features.Hints.Has(boilerplate.HintNav); got != tt.wantNav {
					t.Errorf("block %q: navigation hint %v, want %v", tt.probe, got, tt.wantNav)
				}
			}
			if !found {
				t.Fatalf("no block %q", tt.probe)
			}
		})
	}
}
