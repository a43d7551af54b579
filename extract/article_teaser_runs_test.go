package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// The blurbs of three or more teasers after the article go; fewer, blurbs
// under titles that are not all link, long texts and a run followed by
// more of the article stay.
func TestDropTrailingTeasers(t *testing.T) {
	body := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 120}}
	title := boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: boilerplate.ReasonLinkList, Features: boilerplate.Features{Words: 5, LinkWords: 5}}
	plain := boilerplate.Block{Kind: boilerplate.KindHeading, Reason: boilerplate.ReasonTooShort, Features: boilerplate.Features{Words: 5}}
	blurb := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 15}}
	long := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Features: boilerplate.Features{Words: 60}}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   int // blurbs dropped
	}{
		{"three teasers", []boilerplate.Block{body, title, blurb, title, blurb, title, blurb}, 3},
		{"two teasers", []boilerplate.Block{body, title, blurb, title, blurb}, 0},
		{"titles not linked", []boilerplate.Block{body, plain, blurb, plain, blurb, plain, blurb}, 0},
		{"long texts", []boilerplate.Block{body, title, long, title, long, title, long}, 0},
		{"the article goes on", []boilerplate.Block{body, title, blurb, title, blurb, title, blurb, body}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]boilerplate.Block(nil), tt.blocks...)
			dropTrailingTeasers(blocks)
			got := 0
			for _, b := range blocks {
				if b.Reason == boilerplate.ReasonRelated {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("dropped %d blurbs, want %d", got, tt.want)
			}
			if !blocks[0].Kept {
				t.Error("the article's body was dropped")
			}
		})
	}
}

// End to end: the cards of other stories after an article, each a linked
// title over a line of blurb, are not the article's text.
func TestTrailingTeasersInPage(t *testing.T) {
	blurbs := []string{
		"The bridge on the north road will stay closed while engineers replace its worn bearings.",
		"Volunteers will keep the town library open every Sunday afternoon from next month on.",
		"A new bus line will link the station with the hospital and the university every ten minutes.",
		"The market square gets new trees, benches and a fountain after the summer festival.",
	}
	var cards strings.Builder
	for i, b := range blurbs {
		cards.WriteString(`<div class="card"><div><a href="/story` + string(rune('a'+i)) + `">Town news story number ` + string(rune('A'+i)) + `</a></div><div>` + b + `</div></div>`)
	}
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	page := synthPage(`<title>Park to grow by two hectares</title>`,
		`<article><h1>Park to grow by two hectares</h1>`+body+`<div class="more">`+cards.String()+`</div></article>`)
	res, err := FromBytes([]byte(page), Options{URL: "https://news.example/park"})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range blurbs {
		if strings.Contains(res.Text, b) {
			t.Errorf("a teaser's blurb was kept: %q", b)
		}
	}
	if !strings.Contains(res.Text, articleParagraphs[len(articleParagraphs)-1]) {
		t.Errorf("text lacks the article's last paragraph:\n%q", res.Text)
	}
}
