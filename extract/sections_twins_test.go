package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestDropTwinLines(t *testing.T) {
	kept := func(text, tag string) boilerplate.Block {
		b := boilerplate.Block{Text: text, Tag: tag, Kept: true}
		b.Features.Words = len(strings.Fields(text))
		return b
	}
	dropped := func(text string) boilerplate.Block {
		b := kept(text, "div")
		b.Drop(boilerplate.ReasonNavigation)
		return b
	}
	cases := []struct {
		name   string
		blocks []boilerplate.Block
		want   []bool // kept after the pass
	}{
		{"a card's name and price printed twice",
			[]boilerplate.Block{kept("Dark Roast Coffee", "a"), kept("Dark Roast Coffee", "a"), kept("$19.99", "span"), kept("$19.99", "span")},
			[]bool{true, false, true, false}},
		{"a dropped line between: two items that share a value",
			[]boilerplate.Block{kept("Winner", "div"), kept("Design Innovation Award", "div"), kept("Winner", "div"), dropped("4.5 Rating"), kept("Winner", "div")},
			[]bool{true, true, true, false, true}},
		{"the same line apart is no twin",
			[]boilerplate.Block{kept("Black", "p"), kept("$24", "p"), kept("Black", "p")},
			[]bool{true, true, true}},
		{"a comparison table's cells stay",
			[]boilerplate.Block{kept("Included", "td"), kept("Included", "td"), kept("Yes", "td"), kept("Yes", "td")},
			[]bool{true, true, true, true}},
		{"three copies keep one",
			[]boilerplate.Block{kept("New arrival", "span"), kept("New arrival", "span"), kept("New arrival", "span"), kept("Trail Runner", "h3")},
			[]bool{true, false, false, true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dropTwinLines(c.blocks)
			for i, b := range c.blocks {
				if b.Kept != c.want[i] {
					t.Errorf("block %d %q kept = %v, want %v", i, b.Text, b.Kept, c.want[i])
				}
			}
		})
	}
}

// TestTwinLinesOnCollections: a shop's cards that print the name and the
// price twice (a copy for small screens, the theme's sale price block)
// read once each; two cards that share a price keep both.
func TestTwinLinesOnCollections(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<h1>Coffee</h1><p>Every roast we sell, whole bean and ground, shipped within two days.</p><ul class="grid">`)
	names := []string{"Dark Roast", "Medium Roast", "Espresso Roast", "Blueberry Blend", "Vanilla Blend", "Mocha Blend",
		"Decaf Roast", "Light Roast", "Hazelnut Blend", "Caramel Blend", "Cold Brew Pack", "Holiday Blend"}
	for i, n := range names {
		price := 14 + i%3
		fmt.Fprintf(&b, `<li class="card"><div class="card__media"><a href="/p/%d">%s Coffee</a></div>`+
			`<h3 class="card__title"><a href="/p/%d">%s Coffee</a></h3>`+
			`<div class="price"><span class="price-item--regular">$%d.99</span></div><div class="price"><span class="price-item--sale">$%d.99</span></div></li>`,
			i, n, i, n, price, price)
	}
	b.WriteString(`</ul>`)
	res, err := FromBytes([]byte(synthPage(`<title>Coffee | Example Roasters</title>`, b.String())), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageCollection && res.PageType != PageListing {
		t.Fatalf("read as %s", res.PageType)
	}
	for _, n := range names {
		if c := strings.Count(res.Text, n+" Coffee"); c != 1 {
			t.Errorf("%q printed %d times, want once:\n%s", n+" Coffee", c, res.Text)
		}
	}
	// Cards 0, 3, 6 and 9 share a price: each keeps its own.
	if c := strings.Count(res.Text, "$14.99"); c != 4 {
		t.Errorf("$14.99 printed %d times, want 4:\n%s", c, res.Text)
	}
}
