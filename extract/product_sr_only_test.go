package extract

import "testing"

// TestDropScreenReaderText checks that a product's page drops what only
// screen readers read in its buy box and gallery (the shop systems'
// screen-reader utilities, in several languages) and keeps what a
// shopper sees, and that the class names are read as whole names.
func TestDropScreenReaderText(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"WooCommerce quantity label",
			productWithRow("en", "Handmade gold drop necklace, small", "$3,665.00",
				"Handmade in eighteen carat gold, this small necklace carries a single diamond drop that catches the light with every step.",
				"The fine chain closes with a spring clasp and can be worn at two lengths, close to the neck or just above the collarbone.",
				`<form class="cart"><div class="quantity"><label class="screen-reader-text" for="q1">Handmade gold drop necklace, small quantity</label>`+
					`<input type="number" id="q1" value="1"></div><button class="single_add_to_cart_button">Add to cart</button></form>`, ""),
			[]string{"$3,665.00", "eighteen carat gold"}, []string{"small quantity"}},
		{"Shopify gallery positions, German",
			productWithRow("de", "Becher aus Steinzeug, weiß gesprenkelt", "60,00 €",
				"Jeder Becher wird auf der Scheibe gedreht und erhält eine matte, gesprenkelte Glasur, die sich warm in der Hand anfühlt.",
				"Innen ist er klar glasiert, spülmaschinen- und mikrowellenfest und fasst eine großzügige Tasse Tee oder Kaffee.",
				`<div class="product__media-list"><div class="product__media-item"><img src="1.jpg" alt=""><div class="visually-hidden">Bild 1 von 3</div></div>`+
					`<div class="product__media-item"><img src="2.jpg" alt=""><div class="visually-hidden">Bild 2 von 3</div></div>`+
					`<div class="product__media-item"><img src="3.jpg" alt=""><div class="visually-hidden">Bild 3 von 3</div></div></div>`, ""),
			[]string{"60,00 €", "matte, gesprenkelte Glasur"}, []string{"Bild 1 von 3", "Bild 3 von 3"}},
		{"carousel instructions, French",
			productWithRow("fr", "Legging de sport taille haute", "45,00 €",
				"Ce legging taille haute tient en place pendant les squats comme pendant la course, grâce à une ceinture large et souple.",
				"Son tissu respirant sèche vite et ne devient pas transparent, même quand il est étiré au maximum pendant l'effort.",
				`<div class="gallery" role="region"><p class="sr-only">Ceci est un carrousel d'images avec des diapositives cliquables. Utilisez les boutons Suivant et Précédent pour naviguer.</p>`+
					`<img src="1.jpg" alt=""><img src="2.jpg" alt=""></div>`, ""),
			[]string{"45,00 €", "ceinture large et souple"}, []string{"carrousel d'images"}},
		{"a class that only starts like the utility is shown",
			productWithRow("en", "Walnut serving board", "$64.00",
				"Cut from a single plank of American black walnut, this board carries bread, cheese and fruit from the kitchen to the table.",
				"Its juice groove keeps the counter dry when you carve a roast, and the bevelled edges make it easy to lift with one hand.",
				`<div class="sr-only-focusable-note visually-hidden-xl"><p>Oiled by hand with food-safe linseed oil before it leaves the workshop, and ready to use.</p></div>`, ""),
			[]string{"$64.00", "single plank of American black walnut", "food-safe linseed oil"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProductText(t, tt.page, tt.want, tt.unwanted)
		})
	}
}
