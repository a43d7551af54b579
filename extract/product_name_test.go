package extract

import (
	"strings"
	"testing"
)

// TestProductName: a product's page keeps the heading that names the
// product in its text, as well as in Result.Title; a hidden one stays out,
// and an article's headline stays out of its text.
func TestProductName(t *testing.T) {
	const buyBox = `<p class="brand">Clay Shop Studio</p><p class="price">$18.00</p>` +
		`<ul><li>Capacity: 350 ml</li><li>Weight: 320 g</li><li>Dishwasher safe</li></ul><button>Add to cart</button></div>` +
		`<div class="description"><p>Thrown by hand and glazed in a deep blue, this mug holds a generous cup of tea ` +
		`and keeps it warm while you read the morning paper at the kitchen table.</p></div></div>`
	const head = `<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">` +
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`
	for _, tt := range []struct {
		name, page string
		product    bool
		wantName   bool
	}{
		{"name in the buy box", synthPage(head, `<div class="product"><div class="info"><h1>Stoneware mug, blue</h1>`+buyBox), true, true},
		{"name in a band above", synthPage(head, `<div class="product-header"><h1>Stoneware mug, blue</h1></div>`+
			`<div class="product"><div class="info">`+buyBox), true, true},
		{"hidden name", synthPage(head, `<div class="product"><div class="info"><h1 style="display:none">Stoneware mug, blue</h1>`+buyBox), true, false},
		{"article headline", articlePageHTML(), false, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.product {
				res := mugProduct(t, tt.page)
				if res.Title != "Stoneware mug, blue" {
					t.Errorf("Title = %q", res.Title)
				}
				if got := strings.HasPrefix(res.Text, "Stoneware mug, blue"); got != tt.wantName {
					t.Errorf("text opens with the name = %v, want %v:\n%s", got, tt.wantName, res.Text)
				}
				return
			}
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://news.example/2024/05/park-vote"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title == "" || strings.Contains(res.Text, res.Title) {
				t.Errorf("article headline %q in text:\n%s", res.Title, res.Text)
			}
		})
	}
}
