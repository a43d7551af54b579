package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// The short line that signs off a post, printed in the post's element
// right after its last paragraph, is the post's; a date line, a link and
// what stands in another element after the post are not.
func TestClosingLinesKept(t *testing.T) {
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	after := `<div class="tags">Tags: parks, council</div>`
	tests := []struct {
		name, tail, line string
		want             bool
	}{
		{"a sign-off", `<p>x Anna</p>`, "x Anna", true},
		{"a greeting and a sign-off", `<p>Cheers, Tom</p><p>See you soon</p>`, "See you soon", true},
		{"a date line", `<p>Post time: 01-04-2024</p>`, "Post time: 01-04-2024", false},
		{"a link", `<p><a href="/about">About Anna</a></p>`, "About Anna", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>Council extends the riverside park</title>`,
				`<article><h1>Council extends the riverside park</h1><div class="entry">`+body+tt.tail+`</div>`+after+`</article>`)
			res, err := FromBytes([]byte(page), Options{URL: "https://blog.example/park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.line); got != tt.want {
				t.Errorf("%q kept %v, want %v:\n%q", tt.line, got, tt.want, res.Text)
			}
			if strings.Contains(res.Text, "Tags:") {
				t.Errorf("the line after the post's element is kept:\n%q", res.Text)
			}
			if !strings.Contains(res.Text, articleParagraphs[len(articleParagraphs)-1]) {
				t.Errorf("text lacks the body:\n%q", res.Text)
			}
		})
	}
}

// A short line, or a sub-heading and its line, between two kept blocks of
// their own element are the body's; a longer run, a line between blocks of
// other elements, one mostly of links and one dropped for a reason of its
// own keep their verdicts.
func TestKeepShortBetween(t *testing.T) {
	short, links, social := boilerplate.ReasonTooShort, boilerplate.ReasonLinkList, boilerplate.ReasonSocial
	h, p := boilerplate.KindHeading, boilerplate.KindParagraph
	intro := bodyBlock(p, 0, "Looking for a moving company in the city? These are the movers our readers rate best this year.", 0, "")
	item := bodyBlock(p, 0, "The company is family-owned and has moved more than ten thousand homes since it opened its doors.", 0, "")
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   []bool
	}{
		{"a fact line of a listicle's item",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "2. Metropolis Moving", 2, ""),
				bodyBlock(p, 0, "Total reviews: 628", 0, short), bodyBlock(p, 0, "Average rating: 4.9", 0, ""), item},
			[]bool{true, true, true, true, true}},
		{"an item's sub-heading and its line",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "Post-workout drink", 0, short),
				bodyBlock(p, 0, "Drink within half an hour after", 0, short), item},
			[]bool{true, true, true, true}},
		{"a longer run is no line",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "More from us", 0, short), bodyBlock(p, 0, "Our podcast", 0, short),
				bodyBlock(p, 0, "Our newsletter", 0, short), bodyBlock(p, 0, "Our shop", 0, short), item},
			[]bool{true, false, false, false, false, true}},
		{"a label between the body and a box",
			[]boilerplate.Block{intro, bodyBlock(p, 1, "Explore further", 0, short), bodyBlock(p, 2, "Storm closes the coastal road for the whole weekend, engineers say.", 0, ""), item},
			[]bool{true, false, true, true}},
		{"a link",
			[]boilerplate.Block{intro, bodyBlock(p, 0, "See our full review", 3, links), item},
			[]bool{true, false, true}},
		{"a share line",
			[]boilerplate.Block{intro, bodyBlock(p, 0, "Share this", 0, social), item},
			[]bool{true, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkKept(t, keepShortBetween, tt.blocks, tt.kept) })
	}
}
