package extract

import (
	"fmt"
	"strings"
	"testing"
)

// teaserCards writes n teasers of a section's front page: a linked
// headline and a linked summary with its date.
func teaserCards(n, from int) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		fmt.Fprintf(&b, `<article class="teaser"><h2><a href="/story-%d">Researchers map the currents of lake number %d in detail</a></h2>`+
			`<p><a href="/story-%d">March %d, 2025 • A team spent the winter measuring how water moves under the ice of lake %d.</a></p></article>`,
			i, i, i, i+1, i)
	}
	return b.String()
}

// featured is a teaser whose summary is not a link: the densest prose of a
// section's front page, which the article model takes for a body.
const featured = `<article class="teaser featured"><p>Scientists who listened to whales for ten years found that the songs ` +
	`of the northern herds change every spring, and that the young learn the new ones first. The recordings were made by ` +
	`volunteers along the coast.</p><h2><a href="/whales">Whale songs change every spring, a decade of recordings shows</a></h2></article>`

// TestTeasersBeforeContent checks that a section's front page whose
// densest prose is one teaser among others is read as a listing, and that
// an article keeps its type when a box of related headlines sits between
// its headline and its body, when its title is short, and when its title
// tells a story rather than names a section.
func TestTeasersBeforeContent(t *testing.T) {
	var body strings.Builder
	for _, p := range articleParagraphs {
		body.WriteString("<p>" + p + "</p>")
	}
	related := `<aside><h3>Related</h3>` + teaserCards(4, 50) + `</aside>`
	tests := []struct {
		name, title, main string
		want              PageType
		wantText          []string
	}{
		{"section front page", "Science", `<h1>Science</h1>` + teaserCards(4, 0) + featured + teaserCards(8, 4),
			PageListing, []string{"lake number 0", "lake number 11", "Whale songs change every spring"}},
		{"story headline over teasers", "Whale songs change every spring, a decade of recordings shows",
			`<h1>Whale songs change every spring, a decade of recordings shows</h1>` + teaserCards(4, 0) + featured + teaserCards(8, 4),
			PageArticle, nil},
		{"article with related box", "Council extends the riverside park after a year of meetings",
			`<article><h1>Council extends the riverside park after a year of meetings</h1>` + related + body.String() + `</article>`,
			PageArticle, []string{articleParagraphs[0]}},
		{"article with short title", "Park",
			`<article><h1>Park</h1>` + related + body.String() + `</article>`,
			PageArticle, []string{articleParagraphs[0]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Sites declare their section pages as they declare articles.
			page := synthPage(`<title>`+tt.title+` | Valley Gazette</title><meta property="og:type" content="article">`, tt.main)
			checkReadAs(t, page, "https://news.example/section", tt.want, tt.wantText)
		})
	}
}

// checkReadAs extracts page and checks that it is judged a page of type
// want and that its text holds every one of wantText.
func checkReadAs(t *testing.T, page, url string, want PageType, wantText []string) {
	t.Helper()
	res, err := FromBytes([]byte(page), Options{URL: url})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != want {
		t.Errorf("PageType = %s, want %s", res.PageType, want)
	}
	checkHolds(t, res.Text, wantText, nil)
}
