package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/text/language"
)

// TestKeepItemCopies checks that the terms a list prints under each of
// its items (a coupon's conditions) come back in every item, while a
// teaser printed twice, a value repeated in the items and a short label
// stay single; a card's specification rows ("Label: value") come back in
// every card.
func TestKeepItemCopies(t *testing.T) {
	tests := []struct {
		name  string
		item  func(b *strings.Builder, i int)
		count map[string]int // line -> copies wanted in the text
	}{
		{"coupon terms", func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="offer"><h3>Save %d dollars on a furnace tune-up</h3><ul>`+
				`<li>Valid only at the time of the first visit.</li>`+
				`<li>Cannot be combined with other offers, limits may apply.</li></ul></div>`, 10+i)
		}, map[string]int{"Valid only at the time of the first visit.": 6, "Cannot be combined with other offers": 6}},
		{"repeated value", func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="offer"><h3>Garden bench model %d</h3>`+
				`<p>A cedar bench that seats three, finished by hand in workshop %d.</p>`+
				`<p>Ships in 2 days</p></div>`, i, i)
		}, map[string]int{"Ships in 2 days": 1}},
		{"specification rows", func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="card"><h3>Desk lamp model %d</h3>`+
				`<p>Bulb type: LED</p><p>Reach: up to 60 cm</p><p>From $%d</p></div>`, i, 40+i)
		}, map[string]int{"Bulb type: LED": 6, "Reach: up to 60 cm": 6}},
		{"teaser twice", func(b *strings.Builder, i int) {
			story := `<div class="card"><h3>River town votes on a new bridge</h3>` +
				`<p>The council meets on Tuesday to decide where the crossing goes.</p></div>`
			if i < 2 {
				b.WriteString(story)
				return
			}
			fmt.Fprintf(b, `<div class="card"><h3>Market report number %d</h3>`+
				`<p>Prices at the farm market held steady through week %d of the season.</p></div>`, i, i)
		}, map[string]int{"The council meets on Tuesday": 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Offers</h1><div class="list">`)
			for i := range 6 {
				tt.item(&b, i)
			}
			b.WriteString(`</div>`)
			s := segmentedPage(t, synthPage(`<title>Offers | Example</title>`, b.String()))
			countStopwords(s.blocks, language.English)
			boilerplate.MarkRepeats(s.blocks, nil, "")
			keepSections(s.blocks, PageListing)
			keepItemCopies(s, false)
			var text strings.Builder
			for i := range s.blocks {
				if s.blocks[i].Kept {
					text.WriteString(s.blocks[i].Text + "\n")
				}
			}
			for line, n := range tt.count {
				if got := strings.Count(text.String(), line); got != n {
					t.Errorf("%q printed %d times, want %d; text:\n%s", line, got, n, text.String())
				}
			}
		})
	}
}

// TestItemCopiesUnderReadings checks that a category's cards keep their
// specification rows whichever reading the page gets: a category of a
// few products with prices may read as one product's page.
func TestItemCopiesUnderReadings(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Monitor stands | Example Shop</title></head><body>` +
		`<nav><a href="/">Home</a> <a href="/desks">Desks</a> <a href="/chairs">Chairs</a></nav><main>` +
		`<h1>Monitor stands</h1><p>Choose the right stand for the screens on your desk.</p><div class="grid">`)
	for i := range 6 {
		fmt.Fprintf(&b, `<div class="card"><h3><a href="/p/stand-%d">Stand model %d</a></h3>`+
			`<p>Load: 4-12 kg</p><p>Screen size: up to 32 in</p><p>From $%d</p></div>`, i, i, 120+10*i)
	}
	b.WriteString(`</div></main><footer><p>Example Shop, 1 Main Street.</p></footer></body></html>`)
	for _, reading := range []PageType{PageCollection, PageProduct} {
		t.Run(string(reading), func(t *testing.T) {
			res, err := FromBytes([]byte(b.String()), Options{URL: "https://shop.example/c/stands", reading: reading})
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range []string{"Load: 4-12 kg", "Screen size: up to 32 in"} {
				if got := strings.Count(res.Text, line); got != 6 {
					t.Errorf("%q printed %d times, want 6; text:\n%s", line, got, res.Text)
				}
			}
		})
	}
}

// TestKeepItemRowsOnly checks the article reading's use of
// keepItemCopies: the rows of label and value a round-up prints under
// each item come back, a sentence its items repeat stays single.
func TestKeepItemRowsOnly(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<h1>Ten plants for a dark room</h1><p>Not every corner gets the sun, and these plants do not mind.</p>`)
	for i := range 6 {
		fmt.Fprintf(&b, `<section><h2>Fern number %d</h2><p>A soft fern that grows slowly in shade, kind %d.</p>`+
			`<p>Watering: once a week</p><p>Ask at your local shop for the same plant in larger pots.</p></section>`, i, i)
	}
	s := segmentedPage(t, synthPage(`<title>Plants | Example</title>`, b.String()))
	countStopwords(s.blocks, language.English)
	boilerplate.MarkRepeats(s.blocks, nil, "")
	keepSections(s.blocks, PageArticle)
	keepItemCopies(s, true)
	var text strings.Builder
	for i := range s.blocks {
		if s.blocks[i].Kept {
			text.WriteString(s.blocks[i].Text + "\n")
		}
	}
	for line, n := range map[string]int{"Watering: once a week": 6, "Ask at your local shop": 1} {
		if got := strings.Count(text.String(), line); got != n {
			t.Errorf("%q printed %d times, want %d; text:\n%s", line, got, n, text.String())
		}
	}
}
