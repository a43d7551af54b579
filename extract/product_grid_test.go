package extract

import (
	"fmt"
	"strings"
	"testing"
)

// productCards writes n cards of a shop's grid: a linked name and a price.
func productCards(n int, name string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<li class="card"><a href="/products/%s-%d">%s model %d in blue glaze</a>`+
			`<span class="price">$%d.50</span></li>`, name, i, name, i, 12+i)
	}
	return `<ul class="grid">` + b.String() + `</ul>`
}

// priceFirstCards writes n cards that print their price before their
// linked name, as a property search prints a house's price over its
// address.
func priceFirstCards(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<div class="homecard"><span class="flag">New</span><span class="price">$%d,000</span><div>%d beds %d baths</div>`+
			`<a href="/home/%d">%d Kiln Street, Millbrook</a><p>A bright home near the park, with a garden of %d feet.</p></div>`, 300+i*10, 2+i%3, 1+i%2, i, 10+i, 40+i)
	}
	return b.String()
}

// hiddenFilters writes a shop's filter drawer that a script opens: n
// hidden options, one block each.
func hiddenFilters(n int) string {
	var b strings.Builder
	b.WriteString(`<div class="drawer" hidden>`)
	for i := range n {
		fmt.Fprintf(&b, `<label><input type="checkbox"> Height %d cm</label>`, 10+i)
	}
	return b.String() + `</div>`
}

const productLD = `<meta property="og:type" content="product">` +
	`<script type="application/ld+json">{"@type":"Product","name":"Stoneware","offers":{"@type":"Offer","price":"18.00"}}</script>`

const potsDescription = `<p>Pots and planters bring colour and warmth to a room in every season. Each of ours is thrown by hand ` +
	`and glazed in small batches, so no two are quite alike.</p>`

// TestPriceGridAfterTitle checks that a shop's category page the page
// model takes for a product (it declares a Product and shows prices) is
// read as a collection when its title heads a grid of product cards, and
// that a product's page keeps its type whatever grid of other products or
// table of its variants' prices it shows.
func TestPriceGridAfterTitle(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              PageType
		wantText          []string
	}{
		{"category grid", "Indoor pots", `<h1>Indoor pots</h1>` + potsDescription +
			`<label>Sort by</label><select><option>Price</option><option>Name</option></select>` + productCards(12, "Stoneware pot"),
			PageCollection, []string{"Stoneware pot model 0 in blue glaze", "Stoneware pot model 11 in blue glaze", "$23.50"}},
		{"category grid of seven cards", "Indoor pots", `<h1>Indoor pots</h1>` + potsDescription + productCards(7, "Stoneware pot"),
			PageCollection, []string{"Stoneware pot model 0 in blue glaze", "Stoneware pot model 6 in blue glaze"}},
		{"category grid behind a hidden filter drawer", "Indoor pots", `<h1>Indoor pots</h1>` + potsDescription +
			hiddenFilters(60) + productCards(12, "Stoneware pot"),
			PageCollection, []string{"Stoneware pot model 0 in blue glaze", "Stoneware pot model 11 in blue glaze"}},
		{"product then related grid", "Stoneware mug, blue", `<h1>Stoneware mug, blue</h1><p class="price">$18.00</p><button>Add to cart</button>` +
			`<h2>Description</h2>` + potsDescription + `<p>It holds a generous cup of tea and keeps it warm for a long while.</p>` +
			`<h2>You may also like</h2>` + productCards(12, "Stoneware cup"),
			PageProduct, []string{"$18.00", "It holds a generous cup"}},
		{"category grid under a heading after a short introduction", "Indoor pots", `<h1>Indoor pots</h1>` + potsDescription +
			`<h2>Bestsellers</h2>` + productCards(12, "Stoneware pot"),
			PageCollection, []string{"Stoneware pot model 0 in blue glaze", "Stoneware pot model 11 in blue glaze"}},
		{"listing with the seller's link, description, then the shop's grid", "Stoneware mug, blue", `<h1>Stoneware mug, blue</h1>` +
			`<p><a href="/shop/clay">Message Clay Shop</a></p><button>Add to cart</button>` + potsDescription +
			`<p>It holds a generous cup of tea and keeps it warm for a long while, and the handle is wide enough for two fingers.</p>` +
			`<h2>More from this shop</h2>` + productCards(12, "Stoneware cup"),
			PageProduct, []string{"It holds a generous cup"}},
		{"price-first cards", "Homes for sale", `<h1>Homes for sale</h1><p>Houses for sale in Millbrook, updated daily.</p>` + priceFirstCards(12),
			PageCollection, []string{"$300,000", "10 Kiln Street, Millbrook", "21 Kiln Street, Millbrook"}},
		{"product with no description, then a related grid", "Stoneware mug, blue", `<h1>Stoneware mug, blue</h1><p class="price">$18.00</p><button>Add to cart</button>` +
			`<h2>You may also like</h2>` + productCards(12, "Stoneware cup"),
			PageProduct, []string{"$18.00"}},
		{"product with variant prices", "Stoneware planter", `<h1>Stoneware planter</h1>` + potsDescription +
			`<ul><li>Small $12.00</li><li>Medium $16.00</li><li>Large $22.00</li><li>Extra large $28.00</li>` +
			`<li>Small, glazed $14.00</li><li>Medium, glazed $18.00</li><li>Large, glazed $24.00</li><li>Extra large, glazed $30.00</li>` +
			`<li>Saucer $6.00</li></ul><button>Add to cart</button>`,
			PageProduct, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>`+tt.title+` | Clay Shop</title>`+productLD, tt.body)
			checkReadAs(t, page, "https://shop.example/indoor-pots", tt.want, tt.wantText)
		})
	}
}
