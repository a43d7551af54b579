package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepTeaserBylines: under three or more kept teaser headlines the
// dropped byline and date lines come back, in several languages; an
// article's one byline, a thread's "by X writes:" replies without dates,
// cards with a photo credit between, teasers whose headlines were dropped, and two teasers
// only, stay dropped.
func TestKeepTeaserBylines(t *testing.T) {
	head := func(text string) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindHeading, Kept: true, Text: text, Features: boilerplate.Features{Words: 6, LinkWords: 6}}
	}
	line := func(text string, r boilerplate.Reason, words, links int) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: r, Text: text, Features: boilerplate.Features{Words: words, LinkWords: links}}
	}
	blurb := boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: true, Text: "A summary of the story in one sentence or two.", Features: boilerplate.Features{Words: 24}}
	byEN := line("By Jane Marlow", boilerplate.ReasonCredit, 3, 2)
	byDE := line("Von Lena Vogt", boilerplate.ReasonCredit, 3, 2)
	byFR := line("Par Marie Dubois", boilerplate.ReasonCredit, 3, 2)
	dateEN := line("Dec 17, 2025", boilerplate.ReasonDateline, 3, 0)
	dateDE := line("17. Dezember 2025", boilerplate.ReasonDateline, 3, 0)
	photo := line("Photo: Lee Grant/Agency", boilerplate.ReasonCredit, 4, 0)
	writes := line("by Tablizer writes:", boilerplate.ReasonCredit, 3, 1)
	card := func(by, date boilerplate.Block) []boilerplate.Block {
		return []boilerplate.Block{head("Researchers map the currents of the lake"), by, date, blurb}
	}
	join := func(cards ...[]boilerplate.Block) []boilerplate.Block {
		var out []boilerplate.Block
		for _, c := range cards {
			out = append(out, c...)
		}
		return out
	}
	dropped := head("Researchers map the currents of the lake")
	dropped.Kept, dropped.Reason = false, boilerplate.ReasonLinkList
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   int // lines taken back
	}{
		{"english index", join(card(byEN, dateEN), card(byEN, dateEN), card(byEN, dateEN)), 6},
		{"mixed languages", join(card(byDE, dateDE), card(byFR, dateEN), card(byEN, dateDE), card(byDE, dateDE)), 8},
		{"date only", join([]boilerplate.Block{head("A"), dateEN, blurb}, []boilerplate.Block{head("B"), dateEN, blurb}, []boilerplate.Block{head("C"), dateEN, blurb}), 3},
		{"two teasers", join(card(byEN, dateEN), card(byEN, dateEN)), 0},
		{"one article byline", []boilerplate.Block{head("How the lake was mapped"), byEN, dateEN, blurb, blurb, blurb}, 0},
		{"thread replies", join([]boilerplate.Block{head("Re: a kernel in C++"), writes, blurb}, []boilerplate.Block{head("Re: a kernel in C++"), writes, blurb}, []boilerplate.Block{head("Re: a kernel in C++"), writes, blurb}), 0},
		{"photo credits", join(card(photo, dateEN), card(photo, dateEN), card(photo, dateEN)), 0},
		{"headlines dropped", join([]boilerplate.Block{dropped, byEN, dateEN, blurb}, []boilerplate.Block{dropped, byEN, dateEN, blurb}, []boilerplate.Block{dropped, byEN, dateEN, blurb}), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]boilerplate.Block(nil), tt.blocks...)
			before := 0
			for _, b := range blocks {
				if b.Kept {
					before++
				}
			}
			keepTeaserBylines(blocks)
			after := 0
			for _, b := range blocks {
				if b.Kept {
					after++
				}
				if b.Kept && b.Text == photo.Text {
					t.Error("a photo credit came back")
				}
			}
			if after-before != tt.want {
				t.Errorf("took back %d lines, want %d", after-before, tt.want)
			}
		})
	}
}

// TestTeaserBylinesInPage: a news section's index that winnow reads as an
// article keeps each teaser's byline and date with its headline and
// summary.
func TestTeaserBylinesInPage(t *testing.T) {
	authors := []string{"Jane Marlow", "Tom Okafor", "Rita Soames"}
	var b strings.Builder
	b.WriteString(`<h1>Streaming news</h1><p>Our writers follow what changes in television, week by week, and what it costs the viewers who pay for it.</p>`)
	for i, p := range articleParagraphs {
		fmt.Fprintf(&b, `<div class="post-block"><h4><a href="/news/story-%d">The council's vote on the park, as seen from district %d</a></h4>`+
			`<div class="author-area--name">By <a href="/author/%d">%s</a></div><div class="author-area--date">Dec %d, 2025</div>`+
			`<p class="excerpt">%s</p></div>`, i, i, i, authors[i%len(authors)], 10+i, p)
	}
	page := synthPage(`<title>Streaming news | Valley Gazette</title>`, b.String())
	res, err := FromBytes([]byte(page), Options{URL: "https://news.example/news"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"By Tom Okafor", "Dec 12, 2025", "district 4"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("text (read as %s) lacks %q:\n%s", res.PageType, want, res.Text)
		}
	}
}
