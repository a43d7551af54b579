package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestDropItemTemplates checks that the lines a listing's template prints
// in every item (a rating widget's controls, a button) go, while what
// tells the items apart, the labels of their fields with the values that
// follow, and values that only some items share stay.
func TestDropItemTemplates(t *testing.T) {
	levels := []string{"Easy going", "Easy going", "Hard climb"}
	tests := []struct {
		name       string
		headings   bool // a collection's cards: only their headings are judged
		item       func(b *strings.Builder, i int)
		want, lose []string
	}{
		{"rating widget", false, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<tr><td><a href="/book/%d">The lighthouse keeper's log, volume %d</a></td>`+
				`<td><div>A second printing with maps, edition %d</div><div>4.%d average rating, %d ratings</div>`+
				`<div>Rate this book</div><div>Clear rating</div></td></tr>`, i, i, i, i, 100+i)
		}, []string{"volume 3", "maps, edition 5", "4.7 average rating"}, []string{"Rate this book", "Clear rating"}},
		{"quick view button", false, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="card"><a href="/chair/%d">Mesh office chair model %d</a>`+
				`<p>A breathable back and adjustable arms for long days at desk %d.</p>`+
				`<a class="btn" href="#qv%d">Quick view these options</a></div>`, i, i, i, i)
		}, []string{"model 4", "long days at desk 6"}, []string{"Quick view these options"}},
		{"specifications", false, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="card"><a href="/tent/%d">Ridge tent number %d</a>`+
				`<p>Sleeping capacity:</p><p>Two people</p><p>Season rating:</p><p>Three seasons</p>`+
				`<p>A light tent for the hills, pitch %d.</p></div>`, i, i, i)
		}, []string{"Sleeping capacity:", "Two people", "Three seasons"}, nil},
		{"shared values", false, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="trail"><h4>Featured ride</h4><a href="/trail/%d">River loop %d</a>`+
				`<p>%s</p><p>Gravel</p><p>A ride along the river past mill number %d.</p></div>`, i, i, levels[i%3], i)
		}, []string{"Featured ride", "Easy going", "Hard climb", "Gravel"}, nil},
		{"card overlay heading", true, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="card"><a href="/shoe/%d"><div class="overlay"><h4>See the details</h4></div>`+
				`<h2>Leather dress shoe number %d</h2></a><p>$%d</p><p>Rent or buy this pair</p></div>`, i, i, 30+i)
		}, []string{"dress shoe number 7", "$35", "Rent or buy this pair"}, []string{"See the details"}},
		{"card action links", true, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="card"><h3><a href="/firm/%d">Riverside Roofing branch %d</a></h3><p>Slate and tile repairs in district %d.</p>`+
				`<div class="actions"><a href="/firm/%d/quote">Request a quote</a> <a href="/firm/%d">View profile</a></div></div>`, i, i, i, i, i)
		}, []string{"Roofing branch 2", "repairs in district 8"}, []string{"Request a quote"}},
		{"card titles as headings", true, func(b *strings.Builder, i int) {
			fmt.Fprintf(b, `<div class="card"><h3><a href="/lamp/%d">Brass desk lamp %d</a></h3>`+
				`<p>$%d</p></div>`, i, i, 50+i)
		}, []string{"Brass desk lamp 3", "Brass desk lamp 9"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Latest</h1><table><tbody>`)
			if tt.name != "rating widget" {
				b.WriteString(`</tbody></table><div class="list">`)
			}
			for i := range 12 {
				tt.item(&b, i)
			}
			if tt.name == "rating widget" {
				b.WriteString(`</tbody></table>`)
			} else {
				b.WriteString(`</div>`)
			}
			s := segmentedPage(t, synthPage(`<title>Latest | Example</title>`, b.String()))
			keepSections(s.blocks, PageListing)
			item := listItems(s, true)
			keepItemFields(s, item)
			dropItemTemplates(s, item, tt.headings)
			var text strings.Builder
			for i := range s.blocks {
				if s.blocks[i].Kept {
					text.WriteString(s.blocks[i].Text + "\n")
				}
			}
			checkHolds(t, text.String(), tt.want, tt.lose)
		})
	}
}
