package extract

import (
	"strings"
	"testing"
)

// TestTitlePrice: on a product's page, the price printed under the
// product's name is kept when the reading chose the description below the
// buy box as its container.
func TestTitlePrice(t *testing.T) {
	desc := `<div class="product__description"><p>` + productReviewTexts[0] + `</p><p>` + productReviewTexts[3] + `</p></div>`
	form := `<form action="/cart/add"><fieldset><legend>Size</legend><label><input type="radio" name="size">Small</label><label><input type="radio" name="size">Large</label></fieldset>` +
		`<label>Quantity</label><input type="number" value="1"><button>Add to cart</button></form>`
	for _, tt := range []struct {
		name, price string
		want        []string
	}{
		{"price under the name", `<div class="price"><span>$18.00</span></div>`, []string{"$18.00"}},
		{"sale and regular price", `<div class="price"><s>$24.00</s> <span>$18.00</span></div>`, []string{"$24.00 $18.00"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>Stoneware mug, blue | Clay Shop</title>`+productLD,
				`<section class="product"><div class="product__media"><img src="mug.jpg" alt=""></div><div class="product__info">`+
					`<p class="vendor">Clay Shop</p><h1>Stoneware mug, blue</h1>`+tt.price+`<small>Tax included. Shipping calculated at checkout.</small>`+
					form+desc+`</div></section>`)
			res := mugProduct(t, page)
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			if !strings.Contains(res.Text, "glaze has not faded") {
				t.Errorf("description dropped:\n%s", res.Text)
			}
		})
	}
}
