package extract

import (
	"strings"
	"testing"
)

// productWithMeasurementsSheet is a product's page (in lang) whose
// measurements sit in a hidden drawer at the end of the page, a row a
// list item, opened by a button after the price labelled button; the
// drawer's heading is heading.
func productWithMeasurementsSheet(lang, name, button, heading string, rows []string) string {
	var list strings.Builder
	for _, r := range rows {
		list.WriteString(`<li class="measurements-drawer__row">` + r + `</li>`)
	}
	return `<!doctype html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + name + ` | Shop</title>` +
		`<meta property="og:type" content="product"><script type="application/ld+json">{"@type":"Product","name":"` + name + `"}</script></head><body>` +
		`<header><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li><li><a href="/c">Sale</a></li></ul></nav></header>` +
		`<main><div class="product"><h1>` + name + `</h1><div class="price">129,00</div>` +
		`<p>` + mugDetails + `</p><button>Add to cart</button><ul><li><button>` + button + `</button></li><li><button>Delivery</button></li></ul></div>` +
		`<div class="measurements-drawer" hidden><h2>` + heading + `</h2><ul>` + list.String() + `</ul></div></main>` +
		`<footer><ul><li><a href="/p">Privacy</a></li><li><a href="/t">Terms</a></li></ul></footer></body></html>`
}

// TestProductMeasurementsPanel: a drawer of labelled values ("Width:
// 80 cm") whose heading a button of the product's section names holds
// the product's specifications and is kept, in several languages and
// with a full-width colon; a drawer no control names, or one whose rows
// are not labelled values, stays dropped.
func TestProductMeasurementsPanel(t *testing.T) {
	en := []string{"Width: 80 cm", "Depth: 39 cm", "Height: 147 cm", "Max load/shelf: 13 kg"}
	for _, tt := range []struct {
		name, lang, button, heading string
		rows                        []string
		want                        string
		kept                        bool
	}{
		{"English", "en", "Measurements", "Measurements", en, "Max load/shelf: 13 kg", true},
		{"French", "fr", "Dimensions", "Dimensions", []string{"Largeur : 80 cm", "Profondeur : 39 cm", "Hauteur : 147 cm", "Poids : 32 kg"}, "Profondeur : 39 cm", true},
		{"Japanese", "ja", "サイズ", "サイズ", []string{"幅：80 cm", "奥行き：39 cm", "高さ：147 cm"}, "奥行き：39 cm", true},
		{"no button names it", "en", "Reviews", "Measurements", en, "Max load/shelf: 13 kg", false},
		{"rows are not labelled", "en", "Measurements", "Measurements", []string{"80 cm wide", "39 cm deep", "147 cm high"}, "39 cm deep", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := mugProduct(t, productWithMeasurementsSheet(tt.lang, "Shelf unit, white", tt.button, tt.heading, tt.rows))
			if got := strings.Contains(res.Text, tt.want); got != tt.kept {
				t.Errorf("measurements kept = %v, want %v:\n%s", got, tt.kept, res.Text)
			}
		})
	}
}
