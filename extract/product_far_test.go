package extract

import (
	"fmt"
	"strings"
	"testing"
)

// sellerStory is the paragraph of a seller's card: the densest prose of
// a market's product page, yet not the product's.
const sellerStory = "Founded by two potters who met at art school, our studio has been making tableware in a small town by the sea for over twenty years. " +
	"Every piece is thrown, trimmed and glazed by hand in our workshop, and we fire our kilns with power from the roof of the old barn we work in. " +
	"We sell through this market and at a few fairs each summer, and we answer every message ourselves, usually within a day. " +
	"If something arrives broken we send a new one at once, and we are always happy to talk about custom orders for cafes and restaurants."

// productWithSellerCard is a market's product page: the product's
// section (name, price, options, delivery, returns) holds short facts,
// a seller's card further down holds a paragraph; buyBox facts are
// repeated to make the product's section longer or shorter than it.
func productWithSellerCard(buyBox int) string {
	var facts strings.Builder
	for i := 0; i < buyBox; i++ {
		fmt.Fprintf(&facts, `<div class="row"><span>Zone %d:</span><span>US $%d.50, %d-%d days</span></div>`, i+1, 4+i, 3+i, 6+i)
	}
	return synthPage(`<title>Stoneware mug, blue | Market</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="item"><div class="buy"><h1>Stoneware mug, blue</h1><div class="price">US $18.00</div>`+
			`<div class="row"><span>Condition:</span><span>New</span></div>`+facts.String()+
			`<button>Buy it now</button><button>Add to cart</button></div>`+
			`<div class="seller"><div class="card"><h2>About this seller</h2><h3><a href="/shop/clay">Clay Shop Studio</a></h3>`+
			`<p>99.8% positive feedback</p></div><div class="bio"><p>`+sellerStory+`</p></div></div></div>`)
}

// TestProductFarContainer: when the article model's container is a card
// further down a product's page and the product's section between the
// title and the card says more, the product's section is read; when the
// card says more, the card stays the content.
func TestProductFarContainer(t *testing.T) {
	for _, tt := range []struct {
		name      string
		buyBox    int
		wantFacts bool
	}{
		{"long product section", 30, true},
		{"short product section", 3, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mugProduct(t, productWithSellerCard(tt.buyBox))
			if got := strings.Contains(res.Text, "Zone 1:"); got != tt.wantFacts {
				t.Errorf("buy box's facts kept = %v, want %v:\n%s", got, tt.wantFacts, res.Text)
			}
			// The price under the name, in any case (see keepTitlePrice).
			if !strings.Contains(res.Text, "US $18.00") {
				t.Errorf("price dropped:\n%s", res.Text)
			}
		})
	}
}
