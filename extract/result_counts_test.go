package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestResultCountLine checks the lines read as a count of results, in
// the recognisers' languages, and lines of numbers and nouns that count
// something else: a numbered item, a pager, a pack's contents.
func TestResultCountLine(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Showing 70 results", true}, {"193 items", true}, {"(52 products)", true}, {"Products (52)", true},
		{"1–30 of 143 products", true}, {"1-24 items of 33", true}, {"Showing 24 of 193 results", true},
		{"1,072 results", true}, {"Viewing 1 - 60 of 400 products", true}, {"12 Produkte", true},
		{"Affichage 1-12 de 48 produits", true}, {"Mostrando 1 - 20 de 85 resultados", true}, {"1 - 20 of 85", true},
		{"Products", false}, {"Showing results", false}, {"Pack of 12 items", false}, {"3 colors", false},
		{"$24.50", false}, {"12 items in your basket", false}, {"Chapter 3 of 12", false}, {"Top 10 products for spring", false},
		{"2024", false}, {"1 2 3 4", false},
		{"2. Products", false}, {"1 2 3 4 5 items", false}, {"1 of", false}, {"", false}, {"()", false},
		{"1-24 z 193 produktów", true}, {"1–24 из 193 товаров", true}, {"48 товарів", true}, {"1 072 results", true},
	} {
		if got := resultCountLine(c.text); got != c.want {
			t.Errorf("resultCountLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestResultCountsOverGrids: on a collection, the count over the grid and
// the pager's status under it go; the intro, the cards and a title that
// carries the count stay.
func TestResultCountsOverGrids(t *testing.T) {
	cases := []struct {
		name, top, bottom, card string
		gone                    []string
		reading                 PageType // forced when set; else read as a collection
	}{
		{"shop grid, English", `<div class="toolbar"><p class="count">Showing 36 results</p></div>`,
			`<div class="pager"><p>1–12 of 36 products</p><a href="?page=2">Next</a></div>`,
			`<li class="grid__item"><h3><a href="/products/p%d">Walnut side table %d</a></h3><div class="price">$%d.00</div></li>`,
			[]string{"Showing 36 results", "1–12 of 36 products"}, ""},
		{"course catalogue, counts in parentheses", `<div class="results-bar"><span>(36 items)</span></div>`,
			`<div class="results-footer"><span>Items (36)</span></div>`,
			`<div class="course"><h3><a href="/course/%d">Pottery for beginners, group %d</a></h3><p class="price">$%d0.00</p></div>`,
			[]string{"(36 items)", "Items (36)"}, ""},
		{"German shop", `<div class="listing-header"><p>36 Produkte</p></div>`, `<div class="pagination"><p>Anzeige 1 - 12 von 36 Artikel</p></div>`,
			`<div class="product-box"><a href="/detail/%d">Wanderschuh Modell %d</a><div class="product-price">%d,95 €</div></div>`,
			[]string{"36 Produkte", "Anzeige 1 - 12 von 36"}, ""},
		{"shop grid read as a listing", `<div class="toolbar"><p class="count">Showing 36 results</p></div>`,
			`<div class="pager"><p>1–12 of 36 products</p><a href="?page=2">Next</a></div>`,
			`<li class="grid__item"><h3><a href="/products/p%d">Oak bench model %d</a></h3><div class="price">$%d.00</div></li>`,
			[]string{"Showing 36 results", "1–12 of 36 products"}, PageListing},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Catalogue</h1><p>Everything in the range, picked by our buyers and updated every week.</p>` + c.top + `<div class="grid">`)
			for i := range 12 {
				fmt.Fprintf(&b, c.card, i, i, 10+i)
			}
			b.WriteString(`</div>` + c.bottom)
			res, err := FromBytes([]byte(synthPage(`<title>Catalogue | Example</title>`, b.String())), Options{reading: c.reading})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageCollection && c.reading == "" {
				t.Fatalf("read as %s", res.PageType)
			}
			for _, g := range c.gone {
				if strings.Contains(res.Text, g) {
					t.Errorf("kept the count %q:\n%s", g, res.Text)
				}
			}
			card := fmt.Sprintf(c.card, 3, 3, 13)
			first := card[strings.Index(card, `">`)+2:]
			first = first[:strings.Index(first, "<")]
			if !strings.Contains(res.Text, first) || !strings.Contains(res.Text, "Everything in the range") {
				t.Errorf("lost the card %q or the intro:\n%s", first, res.Text)
			}
		})
	}
}

// TestCountBesideSortBar: a number and one word beside the sort bar over
// a grid count its results whatever the noun; the same line elsewhere,
// or a longer one beside the bar, does not.
func TestCountBesideSortBar(t *testing.T) {
	block := func(text string) boilerplate.Block { return boilerplate.Block{Text: text, Kept: true} }
	for _, c := range []struct {
		name  string
		lines []string
		at    int
		want  bool
	}{
		{"count over a sort label", []string{"12 businesses", "Sort by"}, 0, true},
		{"count under a sort label", []string{"Sort: Newest", "230 vacancies"}, 1, true},
		{"count beside a filter button", []string{"Filters", "48 homes"}, 1, true},
		{"count without a sort bar", []string{"12 businesses", "Harbour Plumbing"}, 0, false},
		{"a card's line beside the bar", []string{"Sort by", "3 bedrooms with a garden"}, 1, false},
		{"a price beside the bar", []string{"Sort by", "$450"}, 1, false},
		{"a bare number", []string{"Sort by", "12"}, 1, false},
	} {
		blocks := make([]boilerplate.Block, len(c.lines))
		for i, l := range c.lines {
			blocks[i] = block(l)
		}
		if got := countBesideSortBar(blocks, c.at); got != c.want {
			t.Errorf("%s: countBesideSortBar = %v, want %v", c.name, got, c.want)
		}
	}
}
