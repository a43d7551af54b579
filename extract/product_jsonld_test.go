package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// starvedProduct is a product's page as a shop built with scripts serves
// it: the name, a price and a size selector in the page, the description
// only in the JSON-LD (ld, a Product node or a graph holding one) until
// the scripts run. shown is more of the page's own text.
func starvedProduct(lang, name, price, ld, shown string) string {
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + name + ` | Shop</title>` +
		`<meta property="og:type" content="product"><script type="application/ld+json">` + ld + `</script></head><body>` +
		`<header><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li><li><a href="/c">Sale</a></li><li><a href="/d">Contact</a></li></ul></nav></header>` +
		`<main><section id="product-root" class="product"><div class="product-info"><h1>` + name + `</h1><div class="price">` + price + `</div>` +
		`<fieldset><legend>Size</legend><label><input type="radio" name="s"> S</label><label><input type="radio" name="s"> M</label><label><input type="radio" name="s"> L</label></fieldset>` +
		`<button class="add">Add to cart</button>` + shown + `<div id="description-root"></div></div></section></main>` +
		`<footer><ul><li><a href="/p">Privacy</a></li><li><a href="/t">Terms</a></li></ul></footer></body></html>`
}

// TestAddProductDescription checks that a product's page whose visible
// text is its buy box gains the description its JSON-LD Product gives
// (in several shapes and languages, markup stripped), marked as coming
// from there, and that nothing is added when the page shows the
// description or enough of its own text, or when the description is a
// few words.
func TestAddProductDescription(t *testing.T) {
	long := "<p>Cut from a single plank of American black walnut, this board carries bread, cheese and fruit from the kitchen to the table, and its juice groove keeps the counter dry.</p>" +
		"<p>Every board is sanded by hand to a smooth finish and oiled with food-safe linseed oil, which brings out the dark grain of the wood and protects it from stains.</p>" +
		"<p>Wash it with warm water and a little soap, dry it standing up, and oil it again once a month so that it keeps its colour for many years of daily use.</p>"
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
		added      bool
	}{
		{"Shopify-like, English",
			starvedProduct("en", "Merino crew socks", "$16.00",
				`{"@context":"https://schema.org/","@type":"Product","name":"Merino crew socks","description":"Knitted from soft merino wool, these crew socks keep your feet warm in winter and cool in summer. A cushioned sole and a seamless toe make them comfortable all day long.","offers":{"@type":"Offer","price":"16.00"}}`, ""),
			[]string{"$16.00", "Knitted from soft merino wool", "seamless toe"}, nil, true},
		{"WooCommerce markup in the description, German",
			starvedProduct("de", "Leinen-Tischdecke, sandfarben", "39,90 €",
				`{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Leinen-Tischdecke"},{"@type":"Product","name":"Leinen-Tischdecke, sandfarben","description":"<p>Diese Tischdecke aus reinem Leinen wird in einer kleinen Weberei gewebt und ist bei 40 Grad waschbar.</p>\n<p>Mit jedem Waschen wird sie weicher und bekommt den typischen, leicht knittrigen Fall von gutem Leinen.</p>"}]}`, ""),
			[]string{"39,90 €", "aus reinem Leinen wird in einer kleinen Weberei", "Mit jedem Waschen wird sie weicher"}, []string{"<p>"}, true},
		{"ProductGroup, French",
			starvedProduct("fr", "Veste de pluie légère", "89,00 €",
				`{"@context":"https://schema.org","@type":"ProductGroup","name":"Veste de pluie légère","description":"Cette veste de pluie légère se plie dans sa propre poche et vous protège des averses en ville comme en randonnée, grâce à son tissu imperméable et respirant."}`, ""),
			[]string{"89,00 €", "se plie dans sa propre poche"}, nil, true},
		{"description shown in the page",
			starvedProduct("en", "Merino crew socks", "$16.00",
				`{"@type":"Product","name":"Merino crew socks","description":"Knitted from soft merino wool, these crew socks keep your feet warm in winter and cool in summer. A cushioned sole and a seamless toe make them comfortable all day long."}`,
				`<div class="notes"><p>Knitted from soft merino wool, these crew socks keep your feet warm in winter and cool in summer.</p></div>`),
			[]string{"Knitted from soft merino wool"}, nil, false},
		{"page holds its own description",
			starvedProduct("en", "Walnut serving board", "$64.00",
				`{"@type":"Product","name":"Walnut serving board","description":"A board for serving bread and cheese at the table, made by hand in our workshop from one plank of walnut wood and oiled before it ships."}`,
				`<div class="description">`+long+`</div>`),
			[]string{"single plank of American black walnut"}, []string{"made by hand in our workshop"}, false},
		{"a few words",
			starvedProduct("en", "Merino crew socks", "$16.00",
				`{"@type":"Product","name":"Merino crew socks","description":"Merino crew socks, pack of three."}`, ""),
			[]string{"$16.00"}, []string{"pack of three"}, false},
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
			added := false
			for _, b := range res.Blocks {
				if b.Kept && b.Tag == "script" && b.Features.Hints.Has(boilerplate.HintJSONLDBody) {
					added = true
				}
			}
			if added != tt.added {
				t.Errorf("description added = %v, want %v:\n%s", added, tt.added, res.Text)
			}
		})
	}
}
