package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSortBarLine checks the lines read as a sort menu, a filter button
// or a layout switch, and lines that open with the same words but name
// a product or a topic.
func TestSortBarLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Sort by", true}, {"Sort By:", true}, {"Sort: Best Match", true}, {"Filter and Sort", true}, {"Filters", true},
		{"View:", true}, {"Trier par : Pertinence", true}, {"Sortieren nach", true}, {"Ordenar por: Precio", true},
		{"Filtri", true}, {"Sorteer op", true}, {"Сортировка: по цене", true},
		{"Sorting out your garden shed", false}, {"Filter coffee, 250 g", false}, {"Viewfinder cap", false},
		{"Sort of blue denim jacket", false}, {"Filtration jug", false},
	} {
		if got := sortBarLine(c.text); got != c.want {
			t.Errorf("sortBarLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSortBarsOverGrids: the bar over a shop's or a catalogue's grid (a
// sort menu, a filter button, a layout switch) goes; the cards stay,
// and so does a product whose name opens with the same word.
func TestSortBarsOverGrids(t *testing.T) {
	cases := []struct {
		name, bar, card string
		gone            []string
	}{
		{"Shopify, English", `<div class="facets"><div class="sort"><p>Sort by:</p><p>Best selling</p></div><div><p>Filter and sort</p></div></div>`,
			`<li class="grid__item"><h3><a href="/products/p%d">Filter coffee blend %d</a></h3><div class="price">$%d.50</div></li>`,
			[]string{"Sort by:", "Filter and sort"}},
		{"Shopware, German", `<div class="cms-element-product-listing-actions"><div>Sortieren nach: Beliebtheit</div><div>Ansicht</div></div>`,
			`<div class="product-box"><a href="/detail/%d">Wanderschuh Modell %d</a><div class="product-price">%d,95 €</div></div>`,
			[]string{"Sortieren nach", "Ansicht"}},
		{"PrestaShop, French", `<div id="js-product-list-top"><div class="sort-by-row"><span>Trier par :</span><div>Pertinence</div></div><div><p>Filtrer</p></div></div>`,
			`<article class="product-miniature"><h2><a href="/produit/%d">Barbecue charbon %d cm</a></h2><div class="price">%d,00 €</div></article>`,
			[]string{"Trier par", "Filtrer"}},
		{"course catalogue, Spanish", `<div class="toolbar"><p>Ordenar por: Más populares</p><p>Filtros</p></div>`,
			`<div class="course"><h3><a href="/curso/%d">Cerámica para principiantes, grupo %d</a></h3><p>%d semanas, en línea</p></div>`,
			[]string{"Ordenar por", "Filtros"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Catalogue</h1><p>Everything in the range, updated every week.</p>` + c.bar + `<div class="grid">`)
			for i := range 12 {
				fmt.Fprintf(&b, c.card, i, i, 10+i)
			}
			b.WriteString(`</div>`)
			res := readGrid(t, `Catalogue | Example`, b.String())
			for _, g := range c.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept the bar's %q:\n%s", g, res.Text)
				}
			}
			card := fmt.Sprintf(c.card, 3, 3, 13)
			first := card[strings.Index(card, `">`)+2:]
			first = first[:strings.Index(first, "<")]
			if !strings.Contains(res.Text, first) {
				t.Errorf("lost the card %q:\n%s", first, res.Text)
			}
		})
	}
}

// TestSortMenuLabel checks the lines read as a sort menu's label alone,
// the label that its options follow.
func TestSortMenuLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Sort by", true}, {"Sort :", true}, {"SORT BY:", true}, {"Trier par", true}, {"Sortieren nach:", true},
		{"Sort: Best Match", false}, {"Filters", false}, {"View", false}, {"Sort of blue", false},
	} {
		if got := sortMenuLabel(c.text); got != c.want {
			t.Errorf("sortMenuLabel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSortMenuOptions: a sort menu printed as text (a row of buttons
// beside its label, or a list under it) loses its options with its
// label; a flat grid of short cards right after a label stays, and so
// do the cards under a menu.
func TestSortMenuOptions(t *testing.T) {
	cases := []struct {
		name, menu string
		gone       []string
	}{
		{"buttons beside the label", `<div class="sorter"><div class="sorter-title">Sort : </div><div class="sorter-options">` +
			`<div class="sorter-item active">Relevance</div><div class="sorter-item">Newest first</div>` +
			`<div class="sorter-item"><span>Price: low to high</span></div><div class="sorter-item">Price: high to low</div></div></div>`,
			[]string{"Relevance", "Newest first", "Price: low to high", "Price: high to low"}},
		{"list under a heading", `<div class="toolbar"><h4>Sort By</h4><ul class="options"><li><a href="?s=1">Featured</a></li>` +
			`<li><a href="?s=2">Name A-Z</a></li><li>Price: Low to High</li><li>Price: High to Low</li></ul></div>`,
			[]string{"Featured", "Name A-Z", "Price: Low to High", "Price: High to Low"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Garden tools</h1><p>Everything for the garden, updated every week.</p>` + c.menu + `<div class="grid">`)
			for i := range 12 {
				fmt.Fprintf(&b, `<div class="card"><h3><a href="/p/%d">Steel rake model %d</a></h3><p class="price">$%d.50</p><p>Forged head, ash handle, %d teeth.</p></div>`, i, i, 10+i, 12+i)
			}
			b.WriteString(`</div>`)
			res := readGrid(t, `Garden tools | Example`, b.String())
			for _, g := range c.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept the menu's %q:\n%s", g, res.Text)
				}
			}
			if !strings.Contains(res.Text, "Steel rake model 3") {
				t.Errorf("lost a card:\n%s", res.Text)
			}
		})
	}
}

// TestSortOptionsBounds: the options printed as siblings of a sort
// label go with it; short lines after a label that are not its menu
// stay: a run that reaches a heading or a longer line, and lines in an
// element that is neither the label's parent nor a child of it.
func TestSortOptionsBounds(t *testing.T) {
	tests := []struct {
		name, html string
		gone, kept []string
	}{
		{"siblings of the label", `<div class="sort"><p>Sort by</p><p>Newest first</p><p>Price: low to high</p></div>`,
			[]string{"Newest first", "Price: low to high"}, nil},
		{"a heading in the run", `<div class="sort"><p>Sort by</p><p>Newest first</p><h3>Price</h3></div>`,
			nil, []string{"Newest first"}},
		{"a longer line in the run", `<div class="sort"><p>Sort by</p><p>Newest first</p><p>Our walks leave from the harbour steps</p></div>`,
			nil, []string{"Newest first"}},
		{"lines elsewhere", `<div class="sort"><p>Sort by</p></div><div class="list"><div class="row"><p>Newest first</p><p>Oldest first</p></div></div>`,
			nil, []string{"Newest first", "Oldest first"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, synthPage(`<title>Town walks</title>`, `<h1>Town walks</h1>`+tt.html))
			for i := range s.blocks {
				s.blocks[i].Kept = true
			}
			dropSortBars(s)
			for _, b := range s.blocks {
				if slices.Contains(tt.gone, b.Text) && b.Kept || slices.Contains(tt.kept, b.Text) && !b.Kept {
					t.Errorf("%q kept = %v", b.Text, b.Kept)
				}
			}
		})
	}
}

// TestSortOptionsNotGrid: short lines after a sort label that are not a
// menu (more of them than a menu holds) stay.
func TestSortOptionsNotGrid(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<h1>Town walks</h1><p>Walks around the old town, each with its own guide and pace.</p><div class="list"><p>Sort by</p>`)
	for i := range 16 {
		fmt.Fprintf(&b, `<p><a href="/walk/%d">Harbour walk number %d</a></p>`, i, i)
	}
	b.WriteString(`</div>`)
	s := segmentedPage(t, synthPage(`<title>Town walks</title>`, b.String()))
	for i := range s.blocks {
		s.blocks[i].Kept = true
	}
	dropSortBars(s)
	for _, bl := range s.blocks {
		if strings.HasPrefix(bl.Text, "Harbour walk") && !bl.Kept {
			t.Fatalf("dropped %q", bl.Text)
		}
	}
}

// readGrid extracts a synthetic page of the given title and body, which
// must read as a collection or a listing.
func readGrid(t *testing.T, title, body string) *Result {
	t.Helper()
	res, err := FromBytes([]byte(synthPage(`<title>`+title+`</title>`, body)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageCollection && res.PageType != PageListing {
		t.Fatalf("read as %s", res.PageType)
	}
	return res
}
