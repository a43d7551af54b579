package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// productThenRow writes a product's page whose buy box comes first, row
// next in a region of its own, and the product's description and
// specifications last, in an element of their own: the reading reads
// the product's section, which holds row.
func productThenRow(lang, name, price, desc1, desc2, specs, row string) string {
	page := productWithRow(lang, name, price, desc1, desc2, specs, "")
	i, j := strings.Index(page, `<div class="description">`), strings.Index(page, `</div></main>`)
	details := page[i:j]
	return page[:i] + `</div><section class="shelf">` + row + `</section><div class="details">` + details + `</div></main>` +
		page[j+len(`</div></main>`):]
}

// TestDropBareHeadings checks that a product's page drops the headings
// of carousels and grids whose cards went (or that a script fills in
// later), in several languages, and the last heading of the product's
// own element over links to other pages, and keeps the headings over what
// it kept: the description's and the specifications', and specifications
// printed as pairs of headings.
func TestDropBareHeadings(t *testing.T) {
	carousel := func(names ...string) string {
		s := `<div class="carousel"><button>Previous</button><ul>`
		for i, n := range names {
			s += `<li><a href="/p/` + string(rune('a'+i)) + `">` + n + `</a></li>`
		}
		return s + `</ul><button>Next</button></div>`
	}
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"carousels of linked cards, English",
			productThenRow("en", "Faux leather jacket, black", "$49.99",
				"A boxy faux leather jacket with a turn-down collar, a zip front and a chest pocket, cut to sit just at the hip.",
				"The smooth outer fabric is lined in soft polyester, so the jacket layers easily over a hoodie or a knitted jumper.",
				`<h2>Material &amp; care</h2><ul><li>Outer fabric: 100% polyester</li><li>Lining: 100% polyester</li></ul>`,
				`<h2>Complete the look</h2><h3>Outfit inspiration</h3>`+carousel("Straight jeans, blue", "Chunky trainers, white", "Knitted beanie, grey")+
					`<h2>How about these?</h2>`+carousel("Bomber jacket, black", "Denim jacket, washed", "Puffer jacket, olive")),
			[]string{"$49.99", "boxy faux leather jacket", "Material & care", "Outer fabric: 100% polyester"},
			[]string{"Complete the look", "Outfit inspiration", "How about these?"}},
		{"grid a script fills, German",
			productThenRow("de", "Wasserkocher aus Edelstahl, 1,7 l", "59,90 €",
				"Der Wasserkocher aus gebürstetem Edelstahl bringt bis zu 1,7 Liter Wasser in wenigen Minuten zum Kochen.",
				"Ein Temperaturwähler hält das Wasser für grünen Tee, Kaffee oder Babynahrung auf der richtigen Temperatur.",
				`<h2>Technische Daten</h2><table><tr><th>Leistung</th><td>2200 W</td></tr><tr><th>Inhalt</th><td>1,7 l</td></tr></table>`,
				`<h2>Passend dazu</h2><div class="recommendations" data-widget="cross-sell"><p><a href="/zubehoer">Alle Zubehörteile ansehen</a></p></div>`),
			[]string{"59,90 €", "gebürstetem Edelstahl", "Technische Daten", "2200 W"}, []string{"Passend dazu"}},
		{"specifications as pairs of headings, French",
			productWithRow("fr", "Sonnette vidéo connectée", "199,00 €",
				"Cette sonnette vidéo filme votre porte d'entrée de jour comme de nuit et vous prévient dès qu'un colis est déposé.",
				"Répondez à vos visiteurs depuis votre téléphone grâce à l'audio bidirectionnel, où que vous soyez dans le monde.",
				`<h2>Caractéristiques</h2><div class="spec"><h4>Capteur</h4><h4>1664 x 1664</h4></div><div class="spec"><h4>Champ de vision</h4><h4>180° x 180°</h4></div>`,
				""),
			[]string{"199,00 €", "Caractéristiques", "Capteur", "1664 x 1664", "Champ de vision", "180° x 180°"}, nil},
		{"a last heading over links in the product's own element",
			productWithRow("en", "Stoneware mug, speckled", "$28.00",
				"Thrown by hand from a speckled stoneware clay, this mug holds a generous twelve ounces of coffee or tea.",
				"A glossy glaze inside keeps it easy to clean, and the wide handle leaves room for every finger.",
				`<h3>Care</h3><p>Dishwasher and microwave safe; avoid sudden changes of temperature.</p>`,
				`<h3>Recently viewed</h3><p><a href="/p/bowl">Stoneware bowl, speckled</a></p>`),
			[]string{"$28.00", "speckled stoneware clay", "Care", "Dishwasher and microwave safe"},
			[]string{"Recently viewed", "Stoneware bowl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProductText(t, tt.page, tt.want, tt.unwanted)
		})
	}
}

// refTrailingLinks is how dropBareHeadings first told a heading that
// closes the reading over links, reading every block after it again.
func refTrailingLinks(blocks []boilerplate.Block, h int) bool {
	links := false
	for j := h + 1; j < len(blocks); j++ {
		b := &blocks[j]
		if b.Kind == boilerplate.KindHeading {
			continue
		}
		if b.Kept {
			return false
		}
		if !links && b.Reason != boilerplate.ReasonLinkList && b.Reason != boilerplate.ReasonRelated {
			return false
		}
		links = true
	}
	return links
}

// TestTrailingMatchesReference: trailing, learnt block by block from the
// end, tells every heading what reading the blocks after it tells.
func TestTrailingMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	kinds := []boilerplate.Kind{boilerplate.KindHeading, boilerplate.KindParagraph, boilerplate.KindListItem}
	reasons := []boilerplate.Reason{boilerplate.ReasonNone, boilerplate.ReasonLinkList, boilerplate.ReasonRelated, boilerplate.ReasonComments}
	yes := 0
	for trial := range 3000 {
		blocks := make([]boilerplate.Block, 1+rng.IntN(12))
		for i := range blocks {
			b := &blocks[i]
			b.Kind, b.Reason = kinds[rng.IntN(len(kinds))], reasons[rng.IntN(len(reasons))]
			b.Kept = b.Reason == boilerplate.ReasonNone && rng.IntN(3) > 0
		}
		var after trailing
		for h := len(blocks) - 1; h >= 0; h-- {
			if got, want := after.links(), refTrailingLinks(blocks, h); got != want {
				t.Fatalf("trial %d, block %d: links %v; want %v", trial, h, got, want)
			} else if got {
				yes++
			}
			after.add(&blocks[h])
		}
	}
	if yes < 100 {
		t.Errorf("only %d headings closed the reading over links: the cases test too little", yes)
	}
}
