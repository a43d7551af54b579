package extract

import (
	"fmt"
	"strings"
	"testing"
)

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
			res, err := FromBytes([]byte(synthPage(`<title>Catalogue | Example</title>`, b.String())), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageCollection && res.PageType != PageListing {
				t.Fatalf("read as %s", res.PageType)
			}
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
