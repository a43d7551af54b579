package extract

import (
	"strings"
	"testing"
)

// TestBuyBoxAfterTitle: a shop's product page that declares no product
// (no JSON-LD, no og:type, an address without /products/) and that the
// page model takes for a category for its grids of other products is
// read as a product when a price stands under its name; a category whose
// title heads its cards stays a collection.
func TestBuyBoxAfterTitle(t *testing.T) {
	const url = "https://shop.example/linen-apron-sage.html"
	bare := func(page string) string {
		return strings.ReplaceAll(page, `<meta property="og:type" content="product">`, "")
	}
	shapes := shopShapes(false)
	for _, name := range []string{"dawn", "debut", "woo", "magento", "bigcommerce", "prestashop", "accordions"} {
		t.Run(name, func(t *testing.T) {
			checkReadAs(t, bare(shapes[name]), url, PageProduct, []string{shopPrice, "European flax linen", "86 cm"})
		})
	}
	// WooCommerce's "left with space" position and the shops of
	// languages that print the sign apart from the amount.
	for _, price := range []string{"$&nbsp;42.00", "€ 42,00", "42,00&nbsp;€"} {
		t.Run("woo "+price, func(t *testing.T) {
			page := strings.ReplaceAll(bare(shapes["woo"]), `<bdi>`+shopPrice+`</bdi>`, `<bdi>`+price+`</bdi>`)
			checkReadAs(t, page, url, PageProduct, []string{"European flax linen", "86 cm"})
		})
	}
	t.Run("category", func(t *testing.T) {
		page := synthPage(`<title>Indoor pots | Clay Shop</title>`, `<h1>Indoor pots</h1>`+potsDescription+productCards(12, "Stoneware pot"))
		checkReadAs(t, page, "https://shop.example/indoor-pots", PageCollection, []string{"Stoneware pot model 11 in blue glaze"})
	})
}
