package extract

import (
	"strconv"
	"strings"
	"testing"
)

// TestDropAboveCollectionTitle: on a shop's category, the promotion bars
// between the site's header and the category's name go, in any language;
// the introduction and the cards stay. Nothing goes when what stands
// above the title is a large share of the text: a layout that prints the
// category's heading after its grid.
func TestDropAboveCollectionTitle(t *testing.T) {
	type lang struct {
		code, title, bar, intro, card string
	}
	langs := []lang{
		{"en", "Hiking Boots", "Free shipping on every order over $75 this month, members earn double points.",
			"Our hiking boots are tested on wet rock and loose scree before they reach the shelves.", "Ridge Walker Boot"},
		{"de", "Wanderschuhe", "Kostenloser Versand ab 50 € Bestellwert, nur noch bis Ende des Monats.",
			"Unsere Wanderschuhe werden auf nassem Fels und losem Geröll getestet, bevor sie ins Regal kommen.", "Gratläufer Stiefel"},
		{"fr", "Chaussures de randonnée", "Livraison offerte dès 50 € d'achat avec le code PRINTEMPS jusqu'à dimanche.",
			"Nos chaussures de randonnée sont testées sur roche mouillée et éboulis avant d'arriver en rayon.", "Botte Crête"},
	}
	cards := func(l lang, n int) string {
		var b strings.Builder
		b.WriteString(`<ul class="k3-grid">`)
		for i := range n {
			id := strconv.Itoa(i + 1)
			b.WriteString(`<li class="k3-card"><a href="/p/` + id + `"><h3>` + l.card + ` ` + id + `</h3></a><div class="k3-price">` +
				id + `9,95 €</div></li>`)
		}
		b.WriteString(`</ul>`)
		return b.String()
	}
	page := func(l lang, titleLast bool) string {
		head := `<html lang="` + l.code + `"><head><title>` + l.title + ` | Peak Outfitters</title></head><body>` +
			`<header><nav><a href="/">Home</a> <a href="/men">Men</a> <a href="/women">Women</a> <a href="/sale">Sale</a></nav></header>` +
			`<div class="z1-promo"><p>` + l.bar + `</p></div><main>`
		h1 := `<h1>` + l.title + `</h1><p>` + l.intro + `</p>`
		if titleLast {
			return head + cards(l, 12) + h1 + `</main></body></html>`
		}
		return head + h1 + cards(l, 12) + `</main></body></html>`
	}
	for _, l := range langs {
		for _, titleLast := range []bool{false, true} {
			res, err := FromBytes([]byte(page(l, titleLast)), Options{reading: PageCollection})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, l.bar); got != titleLast {
				t.Errorf("%s, title last %v: bar kept %v, want %v\n%s", l.code, titleLast, got, titleLast, res.Text)
			}
			for _, want := range []string{l.intro, l.card + " 1", l.card + " 12"} {
				if !strings.Contains(res.Text, want) {
					t.Errorf("%s, title last %v: %q missing\n%s", l.code, titleLast, want, res.Text)
				}
			}
		}
	}
}
