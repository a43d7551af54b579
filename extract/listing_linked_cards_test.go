package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestLinkedCards checks which cards that one link wraps become items of
// a list that they were not without it: a card the link fills whole, among siblings of the same shape; not
// a link around part of a section (a banner's call to action), not a link
// around one block, not a link left open, not a few linked cards beside
// sections of another shape, not the promo tiles of a menu, not tiles
// that all end on the same call to action.
func TestLinkedCards(t *testing.T) {
	meals := []string{"Dinner", "Lunch", "Breakfast"}
	card := func(i int) string {
		return fmt.Sprintf(`<div class="card"><a href="/r/%d"><h3>Recipe %d</h3><p>Slow-cooked beans with herbs, way %d.</p>`+
			`<span>%s</span></a></div>`, i, i, i, meals[i%len(meals)])
	}
	banner := func(i int) string {
		return fmt.Sprintf(`<section><h2>Our kitchen %d</h2>`+
			`<a href="/shop/%d"><div>Find the pans we use every day in our shop, part %d.</div><div>Shop now</div></a></section>`, i, i, i)
	}
	oneBlock := func(i int) string {
		return fmt.Sprintf(`<div class="card"><a href="/r/%d"><div>Recipe %d with beans</div></a></div>`, i, i)
	}
	open := func(i int) string {
		return fmt.Sprintf(`<div class="card"><a href="/r/%d"><h3>Recipe %d</h3><p>Slow-cooked beans with herbs, way %d.</p>`+
			`<span>Dinner</span></div>`, i, i, i)
	}
	mixed := func(i int) string {
		if i%2 == 0 {
			return card(i)
		}
		return fmt.Sprintf(`<section><h2>Our kitchen %d</h2><p>We cook with what the season brings, part %d.</p>`+
			`<a href="/about/%d">Read our story</a></section>`, i, i, i)
	}
	menu := func(i int) string {
		return fmt.Sprintf(`<div class="nav-menu__promo"><a href="/r/%d"><h3>Recipe %d</h3><div>Guide</div></a></div>`, i, i)
	}
	tile := func(i int) string {
		return fmt.Sprintf(`<div class="tile"><a href="/services/%d"><h3>Service %d</h3>`+
			`<p>We help teams plan and run their systems, area %d.</p><span>Learn more</span></a></div>`, i, i, i)
	}
	teaser := func(i int) string {
		return fmt.Sprintf(`<div class="card"><a href="/r/%d"><h3>Recipe %d</h3><p>Slow-cooked beans with herbs, way %d.</p>`+
			`<span>Read more</span></a></div>`, i, i, i)
	}
	fields := func(i int) string {
		return fmt.Sprintf(`<div class="card"><a href="/r/%d"><h3>Recipe %d</h3><p>Slow-cooked beans with herbs, way %d.</p>`+
			`<span>Ready in %d minutes</span></a></div>`, i, i, i, 10+i)
	}
	tests := []struct {
		name  string
		child func(int) string
		n     int
		want  bool
	}{
		{"cards in one link", card, listMinItems, true},
		{"too few cards", card, listMinItems - 1, false},
		{"a link around part of a section", banner, 8, false},
		{"links around one block", oneBlock, 8, false},
		{"links left open", open, 8, false},
		{"a few cards beside sections", mixed, 6, false},
		{"a menu's promo tiles", menu, 8, false},
		{"tiles that all end on one call to action", tile, 6, false},
		{"teasers that all end on one call to action", teaser, 6, false},
		{"cards whose last lines differ", fields, 6, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<html><body><div id="list">`)
			for i := range tt.n {
				b.WriteString(tt.child(i))
			}
			b.WriteString(`</div></body></html>`)
			s := segmentedPage(t, b.String())
			items, old := listItems(s, true), listItems(s, false)
			got := false
			for i := range s.blocks {
				if n := s.blockAt[i]; n >= 0 && items[n] >= 0 && old[n] < 0 {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("blocks that linked cards make items: %v, want %v", got, tt.want)
			}
		})
	}
}
