package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// starvedShopPage is a product's page whose name heading sits in a small
// wrapper above the price, with the description and the specifications in
// a tab group, an empty reviews box, and a help box (help) under them;
// a grid of other products and the footer close it.
func starvedShopPage(help string) string {
	return `<html><body><header><nav><ul><li><a href="/a">Home</a></li><li><a href="/b">Camping</a></li><li><a href="/c">Sale</a></li></ul></nav></header>` +
		`<div class="page"><div class="pdp"><div class="col"><div class="name"><h1>Trail lantern 300</h1></div><div class="price">$49.00</div></div>` +
		`<div class="tabs"><h3>Product description</h3><p>This lantern lights a whole tent with a warm and even glow, and its folding hook hangs it from a branch or a ridge line in a moment.</p>` +
		`<p>It charges over USB-C in three hours and runs for forty hours on its lowest setting, long enough for a weekend in the hills without a spare battery.</p>` +
		`<h3>Specifications</h3><ul><li>Weight: 180 g</li><li>Output: 300 lumens</li><li>Water resistance: IPX4</li></ul></div>` +
		`<div class="reviews"><h3>Reviews</h3><p>No reviews yet</p></div>` +
		`<div class="help">` + help + `</div></div>` +
		`<div class="related"><h2>Related products</h2><ul><li><a href="/p/1">Head torch 200</a></li><li><a href="/p/2">Camp stove</a></li><li><a href="/p/3">Sleeping mat</a></li></ul></div></div>` +
		`<footer><p>Outdoor Co, 12 Hill Road</p></footer></body></html>`
}

// TestProductFallBack checks the fallback of a product's page whose
// reading kept almost nothing: when what it kept lies away from the
// product's name (a help box under the description) the sections around
// the name are read instead; when it kept the lines right after the name,
// or enough words, or the page has no heading the title names, its
// verdicts stand.
func TestProductFallBack(t *testing.T) {
	help := `<p>Any questions about this product? Our team is glad to help you by phone or by e-mail on every working day.</p>`
	tests := []struct {
		name     string
		page     string
		title    string
		keep     string // the text of the blocks the reading kept
		fallback string
		want     []string
		unwanted []string
	}{
		{"help box kept, far from the name", starvedShopPage(help), "Outdoor Co Trail lantern 300", "Any questions", FallbackTitle,
			[]string{"lights a whole tent", "charges over USB-C", "Output: 300 lumens"}, []string{"Head torch 200", "Outdoor Co, 12 Hill Road"}},
		{"lines right after the name kept", starvedShopPage(help), "Outdoor Co Trail lantern 300", "$49.00", "",
			[]string{"$49.00"}, []string{"lights a whole tent"}},
		{"no heading the title names", starvedShopPage(help), "Camping gear", "Any questions", "",
			[]string{"Any questions"}, []string{"lights a whole tent"}},
		{"hidden panel between the name and the kept lines", strings.Replace(starvedShopPage(help), `<div class="price">`,
			`<div hidden><p>Choose a size and a colour first, then add the lantern to your basket to see the delivery dates for your area.</p></div><div class="price">`, 1),
			"Outdoor Co Trail lantern 300", "$49.00", "", []string{"$49.00"}, []string{"lights a whole tent"}},
		{"one-word heading the title holds", starvedShopPage(help), "Outdoor Co Specifications", "12 Hill Road", "",
			[]string{"12 Hill Road"}, []string{"lights a whole tent"}},
		{"enough kept", starvedShopPage(help + strings.Repeat(help, 3)), "Outdoor Co Trail lantern 300", "Any questions", "",
			[]string{"Any questions"}, []string{"lights a whole tent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, tt.page)
			for i := range s.blocks {
				b := &s.blocks[i]
				if strings.Contains(b.Text, tt.keep) {
					b.Keep()
				} else {
					b.Drop(boilerplate.ReasonLowDensity)
				}
			}
			if got := productFallBack(s, tt.title); got != tt.fallback {
				t.Errorf("productFallBack = %q, want %q", got, tt.fallback)
			}
			var kept strings.Builder
			for _, b := range s.blocks {
				if b.Kept {
					kept.WriteString(b.Text + "\n")
				}
			}
			checkHolds(t, kept.String(), tt.want, tt.unwanted)
		})
	}
}
