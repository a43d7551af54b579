package extract

import (
	"strings"
	"testing"
)

// mugDetails is the description a product's details sheet holds.
const mugDetails = "The mug is thrown by hand from a stoneware clay that keeps coffee warm for longer than porcelain does. " +
	"Its glaze is free of lead and safe in the dishwasher and the microwave, and each piece differs a little in colour."

// productWithDetailsSheet is a product's page whose description sits in
// a hidden sheet (a modal) at the end of the page, opened by a button
// after the price labelled button; the sheet's heading is heading.
func productWithDetailsSheet(button, heading string) string {
	return synthPage(`<title>Stoneware mug, blue | Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="product"><h1>Stoneware mug, blue</h1><div class="price">US $18.00</div>`+
			`<p>A blue mug for the morning, made in a small studio by the sea and packed in recycled paper.</p>`+
			`<button>Add to cart</button><ul><li><button>`+button+`</button></li><li><button>Delivery</button></li></ul></div>`+
			`<div class="details-modal" hidden><h2>`+heading+`</h2><div class="details-modal__body">`+
			`<p>`+mugDetails+`</p><p>Hold it by the handle when it is full: the body gets hot. Wipe it dry after washing to keep the glaze bright.</p>`+
			`<h3>Materials</h3><p>Stoneware, glaze.</p></div></div>`)
}

// TestProductNamedPanels: a sheet whose heading a button of the product's
// section names is the product's description and is kept, though its
// class reads as furniture; a sheet no control names stays dropped.
func TestProductNamedPanels(t *testing.T) {
	for _, tt := range []struct {
		name, button, heading string
		want                  bool
	}{
		{"named by a button", "Product details", "Product details", true},
		{"named, other case", "PRODUCT DETAILS", "Product details", true},
		{"no button names it", "Reviews", "Product details", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mugProduct(t, productWithDetailsSheet(tt.button, tt.heading))
			if got := strings.Contains(res.Text, "thrown by hand"); got != tt.want {
				t.Errorf("details kept = %v, want %v:\n%s", got, tt.want, res.Text)
			}
		})
	}
}
