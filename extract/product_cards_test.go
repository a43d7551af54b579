package extract

import (
	"fmt"
	"strings"
	"testing"
)

// cardRow writes a row of other products' cards the way a shop system
// prints them: each card's markup is card with %[1]s the name, %[2]s the
// price and %[3]d the card's number.
func cardRow(open, card, end string, names, prices []string) string {
	var b strings.Builder
	b.WriteString(open)
	for i, n := range names {
		fmt.Fprintf(&b, card, n, prices[i], i)
	}
	return b.String() + end
}

// productWithRow writes a product's page in language lang: its name,
// price, buy box, description and specifications, then row, all in the
// product's element (the row is a part of the product's template).
func productWithRow(lang, name, price, desc1, desc2, specs, row string) string {
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + name + ` | Shop</title>` +
		`<meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"` + name + `"}</script></head><body>` +
		`<header><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li><li><a href="/c">Sale</a></li><li><a href="/d">Contact</a></li></ul></nav></header>` +
		`<main><div class="product-main"><h1>` + name + `</h1><div class="price">` + price + `</div>` +
		`<form><label><input type="radio" name="o"> S</label><label><input type="radio" name="o"> M</label><button>+</button></form>` +
		`<div class="description"><p>` + desc1 + `</p><p>` + desc2 + `</p></div>` + specs + row + `</div>` +
		`</main><footer><ul><li><a href="/p">Privacy</a></li><li><a href="/t">Terms</a></li></ul></footer></body></html>`
}

// TestDropPriceCards checks that a product's page drops the prices and
// summaries of a row of other products' cards (a link and a short price
// line in each) whatever heads the row, and keeps its own price, the
// prices of its options and a row of formats whose prices sit in their
// links.
func TestDropPriceCards(t *testing.T) {
	magentoCard := `<li class="product-item"><div class="product-item-info"><a class="product-item-photo" href="/p/%[3]d"><img src="x.jpg" alt=""></a>` +
		`<div class="product-item-details"><strong class="product-item-name"><a class="product-item-link" href="/p/%[3]d">%[1]s</a></strong>` +
		`<div class="price-box"><span class="price">%[2]s</span></div><div class="actions-primary"><button>Add to Cart</button></div></div></div></li>`
	marketCard := `<div class="variant-card"><div class="rating">%[3]d</div><div class="name">%[1]s</div>` +
		`<div class="summary">%[1]s electric guitar, alder body, maple neck, rosewood fingerboard, three single coils</div>` +
		`<div class="price">%[2]s</div><a href="/v/%[3]d">zum Produkt</a></div>`
	wooCard := `<li class="product type-product"><a href="/produit/%[3]d" class="woocommerce-LoopProduct-link"><img src="x.jpg" alt="">` +
		`<h2 class="woocommerce-loop-product__title">%[1]s</h2></a><span class="price"><bdi>%[2]s</bdi></span></li>`
	shopifyCard := `<div class="grid__item"><div class="card"><h3 class="card__heading">%[1]s</h3></div>` +
		`<div class="price"><span class="price-item">%[2]s</span></div><a href="/products/%[3]d" class="button">Ver producto</a></div>`
	prestaCard := `<article class="product-miniature"><div class="thumbnail-container"><h3 class="product-title"><a href="/it/%[3]d">%[1]s</a></h3>` +
		`<div class="product-price-and-shipping"><span class="price">%[2]s</span></div></div></article>`
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"Magento upsell without a known heading",
			productWithRow("en", "Walnut serving board", "$64.00",
				"Cut from a single plank of American black walnut, this board carries bread, cheese and fruit from the kitchen to the table.",
				"Its juice groove keeps the counter dry when you carve a roast, and the bevelled edges make it easy to lift with one hand.",
				`<table><tr><th>Wood</th><td>Black walnut</td></tr><tr><th>Length</th><td>45 cm</td></tr></table>`,
				`<div class="block upsell"><div class="block-title"><strong>Pairs well with</strong></div><div class="block-content"><ol class="product-items">`+
					cardRow("", magentoCard, "", []string{"Board oil", "Cheese knife set", "Linen napkins"}, []string{"$14.00", "$38.00", "$22.00"})+`</ol></div></div>`),
			[]string{"$64.00", "single plank of American black walnut", "45 cm"}, []string{"$14.00", "$38.00", "$22.00"}},
		{"marketplace variants with summaries, German",
			productWithRow("de", "Stratocaster Player II Birkengrün", "675 €",
				"Die Player II Stratocaster verbindet den klassischen Klang dreier Single-Coils mit einem modernen, bequemen Halsprofil.",
				"Der Korpus aus Erle und das Griffbrett aus Palisander sorgen für einen warmen, klaren Ton, der sich in jeder Band durchsetzt.",
				`<ul><li>Korpus: Erle</li><li>Hals: Ahorn</li><li>Bünde: 22</li></ul>`,
				`<div class="variations"><p>Varianten dieses Produkts anzeigen</p>`+
					cardRow(`<div class="slider">`, marketCard, `</div>`, []string{"Stratocaster Player II Schwarz", "Stratocaster Player II Sunburst", "Stratocaster Player II Weiß", "Stratocaster Player II Rot"},
						[]string{"699 €", "711 €", "689 €", "715 €"})+`</div>`),
			[]string{"675 €", "klassischen Klang dreier Single-Coils", "Korpus: Erle"}, []string{"699 €", "711 €", "alder body, maple neck"}},
		{"WooCommerce cross-sells, French",
			productWithRow("fr", "Théière en fonte, noire", "49,00 €",
				"Cette théière en fonte émaillée garde le thé chaud longtemps et diffuse la chaleur de façon régulière pendant l'infusion.",
				"Son filtre en inox se retire facilement pour le nettoyage, et sa poignée reste agréable à tenir pendant le service.",
				`<table class="shop_attributes"><tr><th>Contenance</th><td>0,9 litre</td></tr></table>`,
				`<div class="cross-sells"><h2>Complétez votre service</h2><ul class="products columns-4">`+
					cardRow("", wooCard, "", []string{"Tasses en fonte", "Dessous de plat", "Thé vert sencha"}, []string{"29,00 €", "12,00 €", "9,50 €"})+`</ul></div>`),
			[]string{"49,00 €", "théière en fonte émaillée", "0,9 litre"}, []string{"29,00 €", "12,00 €", "9,50 €"}},
		{"Shopify complementary products, Spanish",
			productWithRow("es", "Mochila de lona encerada", "89,00 €",
				"Esta mochila de lona encerada resiste la lluvia ligera y envejece con elegancia, ganando carácter con cada viaje.",
				"El compartimento acolchado protege un portátil de quince pulgadas y los bolsillos laterales guardan una botella y un paraguas.",
				`<ul><li>Capacidad: 22 litros</li><li>Peso: 1,1 kg</li></ul>`,
				`<section class="complementary-products"><h2>Completa el look</h2><div class="grid">`+
					cardRow("", shopifyCard, "", []string{"Cartera de cuero", "Gorra de lona", "Llavero de latón"}, []string{"45,00 €", "29,00 €", "15,00 €"})+`</div></section>`),
			[]string{"89,00 €", "lona encerada resiste la lluvia", "22 litros"}, []string{"45,00 €", "29,00 €", "15,00 €"}},
		{"PrestaShop same category, Italian",
			productWithRow("it", "Caffettiera in acciaio, 6 tazze", "39,90 €",
				"Questa caffettiera in acciaio inossidabile prepara un caffè corposo e aromatico su ogni tipo di fornello, induzione compresa.",
				"Il manico in bachelite resta freddo al tatto e la guarnizione in silicone si sostituisce in pochi secondi senza attrezzi.",
				`<dl class="data-sheet"><dt>Capacità</dt><dd>6 tazze</dd></dl>`,
				`<section class="product-accessories"><p class="h5">Nella stessa categoria</p><div class="products">`+
					cardRow("", prestaCard, "", []string{"Macinacaffè manuale", "Tazzine in ceramica", "Guarnizioni di ricambio"}, []string{"34,90 €", "19,90 €", "4,90 €"})+`</div></section>`),
			[]string{"39,90 €", "caffè corposo e aromatico", "6 tazze"}, []string{"34,90 €", "19,90 €", "4,90 €"}},
		{"pack options without links keep their prices",
			productWithRow("en", "Merino hiking socks", "$18.00",
				"Knitted from a soft merino blend, these socks keep feet warm on cold mornings and dry on long climbs in the afternoon.",
				"A cushioned sole softens every step on rocky trails, and the reinforced heel and toe outlast the miles of a whole season.",
				`<div class="packs"><div class="pack"><span>Single pair</span><span>$18.00</span></div><div class="pack"><span>Three pairs</span><span>$49.00</span></div>`+
					`<div class="pack"><span>Six pairs</span><span>$92.00</span></div></div>`, ""),
			[]string{"$18.00", "soft merino blend", "$49.00", "$92.00"}, nil},
		{"formats whose prices sit in their links",
			productWithRow("en", "The quiet garden: a year of small plantings", "$24.00",
				"A gardener's diary of small plantings through the seasons, from bulbs in a window box to a shaded courtyard of ferns.",
				"Each chapter closes with a short list of plants that thrive in pots, and with notes on watering them through a dry summer.",
				`<ul class="formats"><li><a href="/f/1">Hardcover $24.00</a></li><li><a href="/f/2">Paperback $16.00</a></li><li><a href="/f/3">Ebook $9.99</a></li></ul>`, ""),
			[]string{"$24.00", "gardener's diary of small plantings"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProductText(t, tt.page, tt.want, tt.unwanted)
		})
	}
}

// checkProductText extracts page, which must be read as a product's, and
// checks that its text holds every string of want and none of unwanted.
func checkProductText(t *testing.T, page string, want, unwanted []string) {
	t.Helper()
	res, err := FromBytes([]byte(page), Options{URL: "https://shop.example/p/1"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageProduct {
		t.Fatalf("PageType = %s, want product", res.PageType)
	}
	checkHolds(t, res.Text, want, unwanted)
}
