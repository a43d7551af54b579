package extract

import "testing"

// TestDropShippingPanels checks that a product's page drops the shop's
// shipping and returns terms under their label, in several languages,
// and keeps the description, a buy box's line about free returns and a
// field whose label names shipping.
func TestDropShippingPanels(t *testing.T) {
	const (
		desc1 = "Cut from a single plank of American black walnut, this board carries bread, cheese and fruit from the kitchen to the table."
		desc2 = "Its juice groove keeps the counter dry when you carve a roast, and the bevelled edges make it easy to lift with one hand."
	)
	panel := func(label, p1, p2 string) string {
		return `<div class="accordion"><div class="accordion-item"><h3>` + label + `</h3><div class="accordion-body">` +
			`<p>` + p1 + `</p><p>` + p2 + `</p></div></div></div>`
	}
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"English accordion",
			productWithRow("en", "Walnut serving board", "$64.00", desc1, desc2,
				panel("Shipping & Returns",
					"Standard shipping is free on orders over $75 and usually arrives within three to five business days.",
					"Not in love with it? Send it back within 30 days of delivery for a full refund or store credit."), ""),
			[]string{"$64.00", "American black walnut", "juice groove"},
			[]string{"Shipping & Returns", "Standard shipping is free", "Send it back within 30 days"}},
		{"French accordion",
			productWithRow("fr", "Planche à découper en noyer", "64,00 €",
				"Taillée dans une seule planche de noyer, elle porte le pain, le fromage et les fruits de la cuisine jusqu'à la table.",
				"Sa rigole retient le jus quand vous découpez un rôti, et ses bords biseautés la rendent facile à soulever d'une main.",
				panel("Livraison et retours",
					"La livraison est offerte dès 60 euros d'achat et votre commande arrive en trois à cinq jours ouvrés.",
					"Vous disposez de trente jours après réception pour nous retourner un article et être remboursé."), ""),
			[]string{"64,00 €", "une seule planche de noyer"},
			[]string{"Livraison et retours", "La livraison est offerte", "trente jours après réception"}},
		{"German tab",
			productWithRow("de", "Schneidebrett aus Nussbaum", "64,00 €",
				"Aus einer einzigen Planke amerikanischen Nussbaums geschnitten, trägt es Brot, Käse und Obst von der Küche auf den Tisch.",
				"Die Saftrille hält die Arbeitsfläche trocken, wenn Sie einen Braten schneiden, und die Kanten machen es leicht zu greifen.",
				panel("Versand & Rückgabe",
					"Der Versand ist ab einem Bestellwert von 50 Euro kostenlos und dauert in der Regel zwei bis drei Werktage.",
					"Sie können Artikel innerhalb von 30 Tagen nach Erhalt zurücksenden und erhalten den vollen Kaufpreis zurück."), ""),
			[]string{"64,00 €", "einer einzigen Planke"},
			[]string{"Versand & Rückgabe", "Der Versand ist ab", "innerhalb von 30 Tagen"}},
		{"a buy box's line and a field stay",
			productWithRow("en", "Walnut serving board", "$64.00", desc1, desc2,
				`<div class="perks"><p>Free delivery and free returns</p><p>30 day return policy</p></div>`+
					`<dl class="facts"><dt>Shipping:</dt><dd>Ships from the workshop in Vermont by ground freight within two weeks of the order.</dd></dl>`, ""),
			[]string{"Free delivery and free returns", "Shipping:", "Ships from the workshop in Vermont"}, nil},
		{"a perk line before the description stays",
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Walnut serving board | Shop</title>` +
				`<meta property="og:type" content="product"></head><body><main><div class="product">` +
				`<h1>Walnut serving board</h1><div class="price">$64.00</div>` +
				`<ul class="perks"><li><div>Same day shipping if ordered by noon.</div></li><li><div>Free shipping and 30-day returns</div></li></ul>` +
				`<div class="tabs"><button aria-controls="d">Description</button><div id="d"><p>` + desc1 + `</p><p>` + desc2 + `</p></div></div>` +
				`<div class="details"><h2>Care</h2><p>Oil the board once a month with food-safe mineral oil and let it soak in overnight before you use it again.</p>` +
				`<p>Wash it by hand in warm soapy water, never in the dishwasher, and stand it on its edge to dry so that it does not warp.</p>` +
				`<table><tr><th>Wood</th><td>American black walnut</td></tr><tr><th>Size</th><td>18 x 12 x 1 inches</td></tr></table></div>` +
				`</div></main></body></html>`,
			[]string{"Free shipping and 30-day returns", "a single plank of American black walnut", "juice groove", "food-safe mineral oil"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProductText(t, tt.page, tt.want, tt.unwanted)
		})
	}
}

// TestShippingLabel checks the labels that open a shipping panel.
func TestShippingLabel(t *testing.T) {
	for text, want := range map[string]bool{
		"Shipping & Returns":               true,
		"DELIVERY & RETURNS":               true,
		"Free Shipping and Returns":        true,
		"Returns/Exchanges":                true,
		"30-Day Return Policy":             true,
		"Free shipping and 30-day returns": true,
		"Envíos y devoluciones":            true,
		"Shipping":                         false, // one word: a field's name as often as a panel's
		"Shipping:":                        false,
		"Delivery & Returns:":              false,
		"Standard delivery":                false,
		"Product details and shipping":     false,
		"":                                 false,
	} {
		if got := shippingLabel(text); got != want {
			t.Errorf("shippingLabel(%q) = %v, want %v", text, got, want)
		}
	}
}
