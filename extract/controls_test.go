package extract

import (
	"strconv"
	"strings"
	"testing"
)

// TestCardControls: on a shop's category page, the controls every card
// repeats, drawn as links, boxes or custom elements whose class names a
// button ("Quick Shop", "Schnellansicht", "Ajouter à la liste"), go; the
// cards' names and prices stay, and so do a link named "btn" at the end
// of a sentence and text named "btn" that is longer than a control's; a
// control's heading that every card prints goes too (dropItemTemplates).
func TestCardControls(t *testing.T) {
	tests := []struct {
		name     string
		lang     string
		title    string
		intro    string
		control  string // one card's control, repeated on each card
		extra    string // HTML after the grid
		wantGone []string
		wantKept []string
	}{
		{
			name:     "custom element",
			lang:     "en",
			title:    "Trail Shoes",
			intro:    "Our trail shoes grip wet rock and loose gravel alike, and every pair is tested on the hills near our workshop.",
			control:  `<quick-shop-opener class="quick-shop__button"><span>Quick Shop</span></quick-shop-opener>`,
			wantGone: []string{"Quick Shop"},
		},
		{
			name:     "boxes",
			lang:     "de",
			title:    "Wanderschuhe",
			intro:    "Unsere Wanderschuhe halten auf nassem Fels und losem Schotter, und jedes Paar wird in den Bergen bei unserer Werkstatt getestet.",
			control:  `<div class="card__btns"><a href="#" class="js-qv">Schnellansicht</a><span class="wish">Auf den Merkzettel</span></div>`,
			wantGone: []string{"Schnellansicht Auf den Merkzettel"},
		},
		{
			name:     "inline boxes",
			lang:     "fr",
			title:    "Chaussures de trail",
			intro:    "Nos chaussures de trail tiennent sur la roche mouillée comme sur le gravier, et chaque paire est testée dans les collines près de notre atelier.",
			control:  `<span class="btn btn-outline">Comparer</span>`,
			wantGone: []string{"Comparer"},
		},
		{
			name:     "a custom element around a box",
			lang:     "it",
			title:    "Scarpe da trail",
			intro:    "Le nostre scarpe da trail tengono sulla roccia bagnata e sulla ghiaia, e ogni paio viene provato sulle colline vicino al nostro laboratorio.",
			control:  `<wishlist-toggle class="wishlist-button"><div class="label">Aggiungi alla lista</div></wishlist-toggle>`,
			wantGone: []string{"Aggiungi alla lista"},
		},
		{
			name:     "a toggle",
			lang:     "en",
			title:    "Trail Shoes",
			intro:    "Our trail shoes grip wet rock and loose gravel alike, and every pair is tested on the hills near our workshop.",
			control:  `<b class="toggle-details"><b>toggle details</b></b>`,
			wantGone: []string{"toggle details"},
		},
		{
			name:  "an accordion's questions named toggle stay",
			lang:  "en",
			title: "Trail Shoes",
			intro: "Our trail shoes grip wet rock and loose gravel alike, and every pair is tested on the hills near our workshop.",
			extra: `<div class="faq"><div class="accordion-toggle">How do the shoes fit?</div><div class="accordion-toggle">Can I wash them?</div>` +
				`<div class="accordion-toggle">Do they come in half sizes?</div></div>`,
			wantKept: []string{"How do the shoes fit?", "Can I wash them?"},
		},
		{
			name:     "a link in a sentence stays",
			lang:     "es",
			title:    "Zapatillas de trail",
			intro:    "Nuestras zapatillas de trail se agarran a la roca mojada y a la grava suelta, y cada par se prueba en las colinas cerca de nuestro taller.",
			extra:    `<p>Las rebajas de invierno terminan el domingo, y los envíos son gratis hasta entonces. <a class="btn btn-primary" href="/rebajas">Ver las rebajas</a></p>`,
			wantKept: []string{"Las rebajas de invierno terminan el domingo, y los envíos son gratis hasta entonces. Ver las rebajas"},
		},
		{
			// dropControls spares headings, but a heading every card
			// prints word for word goes all the same (dropItemTemplates).
			name:     "a control's heading in every card goes",
			lang:     "en",
			title:    "Trail Shoes",
			intro:    "Our trail shoes grip wet rock and loose gravel alike, and every pair is tested on the hills near our workshop.",
			control:  `<h4 class="card-button-title">Free returns</h4>`,
			wantGone: []string{"Free returns"},
		},
		{
			name:     "long text named btn stays",
			lang:     "en",
			title:    "Trail Shoes",
			intro:    "Our trail shoes grip wet rock and loose gravel alike, and every pair is tested on the hills near our workshop.",
			control:  `<div class="btn-note">Ships in two days from our warehouse in Leeds</div>`,
			wantKept: []string{"Ships in two days from our warehouse in Leeds"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<html lang="` + tt.lang + `"><body><main><h1>` + tt.title + `</h1><p>` + tt.intro + `</p><div class="grid">`)
			for i := range 10 {
				id := strconv.Itoa(i)
				b.WriteString(`<div class="x9f2-card"><h3><a href="/p/` + id + `">` + tt.title + ` Model ` + id +
					`</a></h3><div class="x9f2-price">` + id + `9,00 €</div>` + tt.control + `</div>`)
			}
			b.WriteString(`</div>` + tt.extra + `</main></body></html>`)
			res, err := FromBytes([]byte(b.String()), Options{reading: PageCollection})
			if err != nil {
				t.Fatal(err)
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(res.Text, "\n") {
				lines[strings.TrimSpace(l)] = true
			}
			for _, w := range tt.wantGone {
				if lines[w] {
					t.Errorf("control %q kept:\n%s", w, res.Text)
				}
			}
			for _, w := range append(tt.wantKept, tt.title+" Model 3", "39,00 €") {
				if !lines[w] {
					t.Errorf("%q dropped:\n%s", w, res.Text)
				}
			}
		})
	}
}
