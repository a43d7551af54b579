package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestBareLinkCards: a grid whose cards are bare links around block
// cells (<a href><div>title</div><div>date</div><p>summary</p></a>
// straight in the grid) keeps its cards' titles, dates, prices and
// summaries on the listing and collection readings, as cards that a
// wrapper element holds do; the article reading does not look for items,
// and a menu of bare links around blocks stays dropped on every reading.
func TestBareLinkCards(t *testing.T) {
	months := []string{"March", "April", "May", "June"}
	news := func(i int) string {
		return fmt.Sprintf(`<a class="card" href="/news/%d"><div class="card__title">Harbour works reach stage %d</div>`+
			`<div class="card__date">%d %s 2026</div><p class="card__dek">Crews on the north quay finished section %d ahead of the storms.</p></a>`,
			i, i, 3+i, months[i%len(months)], i)
	}
	shop := func(i int) string {
		return fmt.Sprintf(`<a class="tile" href="/p/%d"><div class="tile__name">Walnut stool model %d</div>`+
			`<div class="tile__price">$%d.99</div></a>`, i, i, 40+i)
	}
	nav := func(i int) string {
		return fmt.Sprintf(`<a href="/section/%d"><div class="ico">+</div><div class="label">Section %d</div></a>`, i, i)
	}
	grid := func(card func(int) string, n int) string {
		var b strings.Builder
		b.WriteString(`<div class="grid">`)
		for i := range n {
			b.WriteString(card(i))
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	menu := `<nav class="site-nav">` + grid(nav, 6) + `</nav>`
	intro := `<h1>Latest from the harbour</h1><p>News, prices and notices from the harbour board, updated every week by the staff.</p>`
	tests := []struct {
		name       string
		reading    PageType
		body       string
		kept, gone []string
	}{
		{"news cards on a listing", PageListing, menu + intro + grid(news, 6),
			[]string{"Harbour works reach stage 2", "5 May 2026", "Crews on the north quay finished section 4 ahead of the storms."},
			[]string{"Section 3"}},
		{"news cards on a collection", PageCollection, menu + intro + grid(news, 6),
			[]string{"Harbour works reach stage 1", "Crews on the north quay finished section 5 ahead of the storms."},
			[]string{"Section 2"}},
		{"shop tiles on a collection", PageCollection, menu + intro + grid(shop, 8),
			[]string{"Walnut stool model 3", "$43.99"}, []string{"Section 1"}},
		{"shop tiles on a listing", PageListing, menu + intro + grid(shop, 8),
			[]string{"Walnut stool model 6", "$46.99"}, []string{"Section 4"}},
		{"menu alone on a listing", PageListing, menu + intro + `<p>` + articleParagraphs[0] + `</p>`,
			[]string{"The city council voted on Tuesday"}, []string{"Section 0", "Section 5"}},
		{"article with related cards", PageArticle, menu + `<article><h1>Council extends the park</h1><p>` +
			strings.Join(articleParagraphs, `</p><p>`) + `</p></article>` + grid(news, 4),
			[]string{"The new land, a former rail yard, will be cleaned over the summer. Work on the paths should begin in the autumn and end before the spring floods, the mayor said after the vote."},
			[]string{"Section 2", "Harbour works reach stage 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(synthPage(`<title>Harbour news | Example</title>`, tt.body)), Options{reading: tt.reading})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.kept {
				if !keptLine(res, w) && !strings.Contains(res.Text, w) {
					t.Errorf("%q dropped:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.gone {
				if strings.Contains(res.Text, w) {
					t.Errorf("%q kept:\n%s", w, res.Text)
				}
			}
		})
	}
}
