package extract

import (
	"strings"
	"testing"
)

// productWithSpecs is a product's page whose description wins the choice
// of container and whose facts stand after it, in specs.
func productWithSpecs(specs string) string {
	desc := `<p>Thrown by hand on the wheel and glazed in a deep blue, this mug holds a generous cup of tea and keeps it warm on cold mornings. ` +
		`The glaze is food safe and the stoneware is fired at high heat, so it keeps its colour for years of daily use in the kitchen.</p>` +
		`<p>Each mug is a little different from the next one, as the glaze runs and pools where it will in the kiln. ` +
		`We pack every order in recycled paper and send it within two days of your order, wherever you live.</p>` +
		`<p>The mug was made in our small studio by the river, where four potters work at the wheel from early in the morning. ` +
		`Wash it by hand or in the dishwasher, and keep it out of the microwave, as the rim is painted with a thin line of real gold.</p>`
	return synthPage(`<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="product"><div class="buy"><h1>Stoneware mug, blue</h1><p class="price">$18.00</p><button>Add to cart</button></div>`+
			`<div class="description">`+desc+`</div>`+specs+`</div>`)
}

// TestProductSpecs: the rows of a product's specifications are kept
// whatever markup prints them, even in a tab a script hides; a comparison
// of several products, cards with their buttons and rows under a footer
// are not a product's specifications.
func TestProductSpecs(t *testing.T) {
	const (
		table = `<table><tr><th>Capacity</th><td>350 ml</td></tr><tr><th>Weight</th><td>320 g</td></tr>` +
			`<tr><th>Height</th><td>9.5 cm</td></tr><tr><th>Material</th><td>Stoneware</td></tr></table>`
		dl = `<dl><dt>Capacity</dt><dd>350 ml</dd><dt>Weight</dt><dd>320 g</dd><dt>Height</dt><dd>9.5 cm</dd>` +
			`<dt>Material</dt><dd>Stoneware</dd></dl>`
		divs = `<div class="specs"><div class="row"><p>Capacity</p><p>350 ml</p></div><div class="row"><p>Weight</p><p>320 g</p></div>` +
			`<div class="row"><p>Height</p><p>9.5 cm</p></div><div class="row"><p>Material</p><p>Stoneware</p></div></div>`
		compare = `<div class="compare"><div class="cell"><p>Capacity</p><p>350 ml</p></div><div class="cell"><p>Capacity</p><p>450 ml</p></div>` +
			`<div class="cell"><p>Weight</p><p>320 g</p></div><div class="cell"><p>Weight</p><p>410 g</p></div></div>`
		cards = `<div class="more"><div class="card"><p>Capacity</p><p>350 ml</p><button>Add to cart</button></div>` +
			`<div class="card"><p>Weight</p><p>320 g</p><button>Add to cart</button></div>` +
			`<div class="card"><p>Height</p><p>9.5 cm</p><button>Add to cart</button></div>` +
			`<div class="card"><p>Material</p><p>Stoneware</p><button>Add to cart</button></div></div>`
	)
	for _, tt := range []struct {
		name  string
		specs string
		want  bool
	}{
		{"table", `<h2>Specifications</h2>` + table, true},
		{"table in a hidden tab", `<div class="tabs"><div class="tab-pane" style="display:none"><h2>Specifications</h2>` + table + `</div></div>`, true},
		{"definition list", `<h2>Specifications</h2>` + dl, true},
		{"rows of divs", `<h2>Specifications</h2>` + divs, true},
		{"comparison", `<h2>Compare</h2>` + compare, false},
		{"cards with buttons", cards, false},
		{"in a footer", `<footer class="site-footer">` + divs + `</footer>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mugProduct(t, productWithSpecs(tt.specs))
			if !strings.Contains(res.Text, "Thrown by hand") {
				t.Errorf("text lacks the description:\n%s", res.Text)
			}
			if got := strings.Contains(res.Text, "Capacity") && strings.Contains(res.Text, "320 g"); got != tt.want {
				t.Errorf("specifications kept = %v, want %v:\n%s", got, tt.want, res.Text)
			}
		})
	}
}
