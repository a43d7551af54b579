package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropShopLinks: in a round-up, the line under each item that is
// all one link to a shop with the price there ("$150 at Shoe Store",
// "129,99 € bei Laufladen") is dropped, whatever the language; the
// items' names and blurbs stay, and so does a page's one price link, a
// price link to the page's own site, and a link without a price (see
// TestDropShopLinksBlocks).
func TestDropShopLinks(t *testing.T) {
	item := func(name, blurb, line, href string) string {
		return `<h2>` + name + `</h2><p>` + blurb + `</p><p><a href="` + href + `">` + line + `</a></p>`
	}
	page := func(lang, intro string, items ...string) string {
		return `<html lang="` + lang + `"><head><title>Best picks</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>` +
			`<nav><a href="/">Home</a> <a href="/gear">Gear</a></nav><article><h1>Best picks</h1><p>` + intro + `</p>` +
			strings.Join(items, "") + `</article><footer><p>© 2024 Gear Site</p></footer></body></html>`
	}
	enIntro := "We ran more than four hundred miles in two dozen pairs over the winter, on roads, tracks and muddy trails, to find the shoes worth your money this year."
	en1 := item("Swift Racer", "Light and springy, with a foam that stayed lively past the two hundred mile mark in our tests.", "$150 at Shoe Store", "https://shop.example/racer")
	en2 := item("Trail King", "A grippy outsole and a roomy toe box make this the pick for long days on rocky ground.", "$135 at Outdoor Hub", "https://outdoor.example/king")
	deIntro := "Wir haben im Winter mehr als zwanzig Modelle auf Asphalt, Bahn und schlammigen Wegen getestet, um die Laufschuhe zu finden, die ihr Geld wirklich wert sind."
	de1 := item("Flinker Renner", "Leicht und federnd, mit einem Schaum, der auch nach zweihundert Kilometern noch lebendig blieb.", "129,99 € bei Laufladen", "https://laden.example/renner")
	de2 := item("Bergkönig", "Eine griffige Sohle und viel Platz für die Zehen machen ihn zum Schuh für lange Tage im Gelände.", "149,00 € bei Sporthaus", "https://sport.example/koenig")
	tests := []struct {
		name       string
		page       string
		dropped    []string
		notDropped []string
	}{
		{"price lines (en)", page("en", enIntro, en1, en2), []string{"$150 at Shoe Store", "$135 at Outdoor Hub"}, []string{"Swift Racer", "Light and springy", "A grippy outsole"}},
		{"price lines (de)", page("de", deIntro, de1, de2), []string{"129,99 € bei Laufladen", "149,00 € bei Sporthaus"}, []string{"Flinker Renner", "Leicht und federnd"}},
	}
	for _, tt := range tests {
		res, err := FromBytes([]byte(tt.page), Options{URL: "https://gear.example/best-picks"})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, d := range tt.dropped {
			if strings.Contains(res.Text, d) {
				t.Errorf("%s: %q kept; want it dropped\n%s", tt.name, d, res.Text)
			}
		}
		for _, k := range tt.notDropped {
			if !strings.Contains(res.Text, k) {
				t.Errorf("%s: %q dropped; want it kept\n%s", tt.name, k, res.Text)
			}
		}
	}
}

// TestDropShopLinksBlocks judges blocks as the classifier left them: a
// kept price line goes when the page prints two, counted kept or not;
// one alone, one to the page's own site, one without a price or a
// currency, and a longer sentence stay.
func TestDropShopLinksBlocks(t *testing.T) {
	line := func(text string, kept bool, words, offsite, digits int) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text, Kept: kept,
			Features: boilerplate.Features{Words: words, LinkWords: words, LinkCount: 1, OffsiteLinks: offsite, Digits: digits}}
		if !kept {
			b.Reason = boilerplate.ReasonLinkList
		}
		return b
	}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   []bool
	}{
		{"two price lines, one dropped already", []boilerplate.Block{line("$150 at Shoe Store", true, 4, 1, 3), line("$135 at Outdoor Hub", false, 4, 1, 3)}, []bool{false, false}},
		{"euro lines", []boilerplate.Block{line("129,99 € bei Laufladen", true, 4, 1, 5), line("149,00 € bei Sporthaus", true, 4, 1, 5)}, []bool{false, false}},
		{"one price line", []boilerplate.Block{line("$150 at Shoe Store", true, 4, 1, 3)}, []bool{true}},
		{"own site", []boilerplate.Block{line("$150 at our store", true, 4, 0, 3), line("$135 at our store", true, 4, 0, 3)}, []bool{true, true}},
		{"no currency", []boilerplate.Block{line("Top 10 at Shoe Store", true, 5, 1, 2), line("Top 5 at Outdoor Hub", true, 5, 1, 1)}, []bool{true, true}},
		{"long lines", []boilerplate.Block{line("Save $20 on every pair of trail shoes this week only", true, 11, 1, 2), line("Save $30 on every pair of road shoes this week only", true, 11, 1, 2)}, []bool{true, true}},
	}
	for _, tt := range tests {
		dropShopLinks(tt.blocks)
		for i, b := range tt.blocks {
			if b.Kept != tt.kept[i] {
				t.Errorf("%s: %q kept %v; want %v", tt.name, b.Text, b.Kept, tt.kept[i])
			}
		}
	}
}
