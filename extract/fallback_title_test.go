package extract

import (
	"fmt"
	"strings"
	"testing"
)

// productInfo is a shop's product column: the title in a wrapper of its
// own, then short lines (brand, price, options, a short description and
// a care list), with no <main> or <article> around it.
func productInfo(titleWrap string) string {
	var grid strings.Builder
	for i := range 8 {
		fmt.Fprintf(&grid, `<li class="grid__item"><div class="card"><h3 class="card__heading"><a href="/products/scarf-%d">`+
			`Lambswool Scarf in Heather %d</a></h3><div class="price">From £4%d.00</div></div></li>`, i, i, i)
	}
	return `<!doctype html><html lang="en"><head><title>Merino Wool Beanie – North Knit Co</title>` +
		`<meta property="og:type" content="product"></head><body>` + pageHeader +
		`<div id="content"><section class="main-product"><div class="product grid">` +
		`<div class="product__media"><img src="b.jpg" alt=""></div><div class="product__info">` +
		`<p class="vendor">North Knit Co</p>` + fmt.Sprintf(titleWrap, `<h1>Merino Wool Beanie</h1>`) +
		`<div class="price"><span>£32.00</span></div><small>Tax included. Shipping calculated at checkout.</small>` +
		`<fieldset><legend>Colour</legend><input type="radio" id="c1"><label for="c1">Oatmeal</label>` +
		`<input type="radio" id="c2"><label for="c2">Charcoal</label></fieldset><button>Add to cart</button>` +
		`<div class="product__description"><p>Merino wool, knitted in Scotland.</p><ul><li>100% merino</li><li>One size</li>` +
		`<li>Hand wash cold</li></ul></div></div></div></section>` +
		`<section class="related-products"><h2>You may also like</h2><ul class="grid product-grid">` + grid.String() +
		`</ul></section></div>` + pageFooter + `</body></html>`
}

// A product page whose reading keeps nothing falls back to the element
// around its title; when the title's own wrapper holds nothing else, the
// nearest element around it that does: the product's column, not the
// page's grid of other products.
func TestTitleFallBackClimbs(t *testing.T) {
	tests := []struct {
		name, wrap string
	}{
		{"title beside the lines", `%s`},
		{"title in a wrapper", `<div class="product__title">%s</div>`},
		{"title in two wrappers", `<div class="title-row"><div class="product__title">%s</div></div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(productInfo(tt.wrap)), Options{URL: "https://shop.example/products/merino-beanie"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fallback != FallbackTitle {
				t.Errorf("fallback %q, want %q (page type %s)", res.Fallback, FallbackTitle, res.PageType)
			}
			for _, w := range []string{"£32.00", "Merino wool, knitted in Scotland.", "Hand wash cold"} {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			if strings.Contains(res.Text, "Lambswool Scarf") {
				t.Errorf("text holds the grid of other products:\n%s", res.Text)
			}
		})
	}
}
