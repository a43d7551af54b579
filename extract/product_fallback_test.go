package extract

import "testing"

// TestProductFallBack checks that a product's page that its reading left
// almost empty keeps the blocks that show its JSON-LD description (in a
// column the reading dropped) and names that fallback, where the reading
// itself keeps a closed tab's;
// that a column which is not the description stays dropped; and that a
// page whose reading kept the description, or kept enough, is left as it
// was.
func TestProductFallBack(t *testing.T) {
	desc := "Knitted from soft merino wool, these crew socks keep your feet warm in winter and cool in summer. A cushioned sole and a seamless toe make them comfortable all day long."
	ld := `{"@context":"https://schema.org/","@type":"Product","name":"Merino crew socks","description":"` + desc + `"}`
	para := "<p>Knitted from soft merino wool, these crew socks keep your feet warm in winter and cool in summer.</p><p>A cushioned sole and a seamless toe make them comfortable all day long.</p>"
	long := "<p>Every pair is knitted in a small mill in Portugal from yarn spun in the same valley, and each is checked by hand before it is packed and sent out to you.</p>" +
		"<p>The heel and the toe are reinforced with a stronger nylon thread, so that the socks last through many winters of walking, hiking and daily wear in boots.</p>" +
		"<p>Wash them inside out at thirty degrees and dry them flat, away from the heat of a radiator, so that the wool keeps its shape and softness.</p>"
	// asideProduct is starvedProduct with the description in a column
	// beside the buy box, after the main element.
	asideProduct := func(ld, aside string) string {
		return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Merino crew socks | Shop</title>` +
			`<meta property="og:type" content="product"><script type="application/ld+json">` + ld + `</script></head><body>` +
			`<header><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li><li><a href="/c">Sale</a></li></ul></nav></header>` +
			`<main><section class="product"><h1>Merino crew socks</h1><div class="price">$16.00</div>` +
			`<fieldset><legend>Size</legend><label><input type="radio" name="s"> S</label><label><input type="radio" name="s"> M</label></fieldset>` +
			`<button class="add">Add to cart</button></section></main><aside class="sidebar">` + aside + `</aside>` +
			`<footer><ul><li><a href="/p">Privacy</a></li><li><a href="/t">Terms</a></li></ul></footer></body></html>`
	}
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
		fallback   string
	}{
		// The reading keeps a closed tab's text itself.
		{"description in a closed tab",
			starvedProduct("en", "Merino crew socks", "$16.00", ld,
				`<div class="tabs"><button>Details</button><div class="tab-panel" hidden>`+para+`</div></div>`),
			[]string{"$16.00", "Knitted from soft merino wool", "seamless toe make them"}, nil, ""},
		{"description in an element hidden by style",
			starvedProduct("en", "Merino crew socks", "$16.00", ld,
				`<div class="accordion"><div class="accordion-body" style="display:none">`+para+`</div></div>`),
			[]string{"Knitted from soft merino wool", "seamless toe make them"}, nil, ""},
		{"description in a column beside the buy box",
			asideProduct(ld, para),
			[]string{"$16.00", "Knitted from soft merino wool", "seamless toe make them"}, nil, FallbackProductDescription},
		{"column beside the buy box that is not the description",
			asideProduct(ld, `<p>Free delivery on every order over fifty dollars, and free returns within thirty days of delivery.</p>`),
			// The JSON-LD gives the description (addProductDescription).
			[]string{"$16.00", "Knitted from soft merino wool"}, []string{"Free delivery"}, FallbackMarked},
		{"no JSON-LD description",
			asideProduct(`{"@type":"Product","name":"Merino crew socks"}`, para),
			[]string{"$16.00"}, []string{"Knitted from soft merino wool"}, FallbackMarked},
		{"description shown and kept",
			starvedProduct("en", "Merino crew socks", "$16.00", ld, `<div class="notes">`+para+`</div>`),
			[]string{"Knitted from soft merino wool"}, nil, ""},
		{"reading kept enough",
			starvedProduct("en", "Merino crew socks", "$16.00", ld,
				`<div class="description">`+long+`</div><div class="tab-panel" hidden>`+para+`</div>`),
			[]string{"small mill in Portugal"}, []string{"Knitted from soft merino wool"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://shop.example/products/1"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageProduct {
				t.Fatalf("PageType = %s, want product", res.PageType)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
			if res.Fallback != tt.fallback {
				t.Errorf("Fallback = %q, want %q", res.Fallback, tt.fallback)
			}
		})
	}
}
