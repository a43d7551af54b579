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
// stay single.
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
			keepItemCopies(s)
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
