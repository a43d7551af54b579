package extract

import (
	"fmt"
	"strings"
	"testing"
)

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
		{"gallery slides labelled by a hidden span, English",
			galleryProduct("en", "White speckle mug", "$60.00",
				"Make each cup of tea or coffee feel special with a wheel thrown mug in a matte white speckle finish.",
				`<div class="slide"><img src="%[1]d.jpg" alt=""><span class="visually-hidden">Image %[1]d of %[2]d</span><div class="zoom" aria-hidden="true"><img src="%[1]d.jpg" alt=""></div></div>`),
			[]string{"$60.00", "matte white speckle finish"}, []string{"Image 1 of 3", "Image 3 of 3"}},
		{"gallery slides labelled by a hidden span, Spanish",
			galleryProduct("es", "Mochila de trekking 40 l", "89,00 €",
				"Esta mochila ligera reparte el peso entre los hombros y la cadera, y su espalda ventilada evita el sudor.",
				`<div class="swiper-slide"><img src="%[1]d.jpg" alt=""><span class="sr-only">Diapositiva %[1]d de %[2]d</span></div>`),
			[]string{"89,00 €", "espalda ventilada"}, []string{"Diapositiva 1 de 3", "Diapositiva 3 de 3"}},
		{"gallery slides labelled by a hidden span, German",
			galleryProduct("de", "Becher aus Steinzeug", "60,00 €",
				"Jeder Becher wird auf der Scheibe gedreht und erhält eine matte, gesprenkelte Glasur, die sich warm anfühlt.",
				`<li class="slide"><img src="%[1]d.jpg" alt=""><span class="screen-reader-text">Bild %[1]d von %[2]d</span></li>`),
			[]string{"60,00 €", "gesprenkelte Glasur"}, []string{"Bild 1 von 3", "Bild 2 von 3"}},
		{"a line with shown text beside its hidden part stays",
			productWithRow("en", "Cast iron skillet, 12 inch", "$39.90",
				"Seasoned with natural vegetable oil, this skillet is ready to sear, sauté, bake and fry from the first day you bring it home.",
				"It holds heat evenly across the whole pan and works on gas, electric and induction hobs as well as over a campfire.",
				`<p class="note">Every skillet ships with a red silicone cover for its helper handle<span class="sr-only"> (included in the box)</span>.</p>`, ""),
			[]string{"$39.90", "red silicone cover for its helper handle"}, nil},
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

// galleryProduct is a small shop's product page whose gallery of three
// photos stands before the product's name: slide is the markup of each
// photo's slide, with %[1]d the photo's number and %[2]d their count.
func galleryProduct(lang, name, price, desc, slide string) string {
	var slides strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&slides, slide, i, 3)
	}
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + name + ` | Shop</title>` +
		`<meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"` + name + `"}</script></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a></nav></header>` +
		`<main><div class="product-wrapper"><div class="product-gallery"><div class="slides">` + slides.String() + `</div></div>` +
		`<div class="product-meta"><h1>` + name + `</h1><div class="price">` + price + `</div>` +
		`<div class="description"><p>` + desc + `</p></div><button>Add to cart</button></div></div></main>` +
		`<footer><a href="/privacy">Privacy</a></footer></body></html>`
}
