package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestDropCardBadges checks that the badges some cards of a collection
// wear ("New", "Top rated") go, while the cards' names, prices and the
// fields every card fills (a colour, a fit) stay, and so do a line only
// one card prints (alone or beside other cards' own lines in the slot),
// a badge with a digit ("20% off"), a badge slot that
// nearly every card fills (a sale's label on each card), and the badges
// of a grid too small to tell slots apart.
func TestDropCardBadges(t *testing.T) {
	colours := []string{"Black", "Navy blue", "Stone grey"}
	fits := []string{"Slim fit", "Regular fit"}
	badges := map[int]string{0: "New", 2: "Top rated", 3: "20% off", 5: "New", 7: "Back in stock", 9: "Top rated", 11: "20% off"}
	card := func(b *strings.Builder, i int, badge string) {
		b.WriteString(`<div class="tile">`)
		if badge != "" {
			b.WriteString(`<div class="flag"><span class="flag-text">` + badge + `</span></div>`)
		}
		// A long card: a name, a price and rows of facts, more lines
		// than a listing's item holds.
		fmt.Fprintf(b, `<a class="name" href="/tee/%d">Training tee model %d</a><p class="price">$%d</p>`+
			`<p class="colour">%s</p><p class="fit">%s</p><ul class="facts"><li>Fabric:</li><li>Cotton %d</li>`+
			`<li>Weight:</li><li>%d g</li><li>Care:</li><li>Wash cold %d</li><li>Origin:</li><li>Made in mill %d</li></ul></div>`,
			i, i, 20+i, colours[i%3], fits[i%2], i, 150+i, i, i)
	}
	tests := []struct {
		name       string
		cards      int
		badge      func(i int) string
		want, lose []string
	}{
		{"badges on some cards", 12, func(i int) string { return badges[i] },
			[]string{"Training tee model 0", "Training tee model 11", "$27", "Navy blue", "Slim fit", "Regular fit", "Cotton 4", "20% off"},
			[]string{"\nNew\n", "\nTop rated\n"}},
		{"a line on one card only", 12, func(i int) string {
			if i == 4 {
				return "Last pair"
			}
			return ""
		}, []string{"Last pair", "Training tee model 4"}, nil},
		{"lines each one card prints", 12, func(i int) string {
			return map[int]string{1: "Last pair", 4: "Low stock", 8: "Gift idea"}[i]
		}, []string{"Last pair", "Low stock", "Gift idea"}, nil},
		{"a label on every card", 12, func(i int) string {
			if i == 3 {
				return ""
			}
			return "On sale"
		}, []string{"On sale", "Training tee model 3"}, nil},
		{"a small grid", 7, func(i int) string { return badges[i] },
			[]string{"\nNew\n", "\nTop rated\n", "Training tee model 2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Training tees</h1><div class="grid">`)
			for i := range tt.cards {
				card(&b, i, tt.badge(i))
			}
			b.WriteString(`</div>`)
			s := segmentedPage(t, synthPage(`<title>Training tees | Example shop</title>`, b.String()))
			keepSections(s.blocks, PageCollection)
			for i := range s.blocks {
				s.blocks[i].Keep()
			}
			dropCardBadges(s)
			var text strings.Builder
			for i := range s.blocks {
				if s.blocks[i].Kept {
					text.WriteString(s.blocks[i].Text + "\n")
				}
			}
			checkHolds(t, "\n"+text.String(), tt.want, tt.lose)
		})
	}
}
