package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// teaserGrid is a grid of n cards under heading (none when ""): a linked
// headline, a blurb and a date each, all worded differently.
func teaserGrid(heading string, n int) string {
	places := []string{"harbour", "old mill", "north school", "market square", "rail bridge", "town library", "ferry pier", "ice rink", "county museum", "hill farm", "bus depot", "water tower"}
	events := []string{"reopens after the storm", "wins a national prize", "closes for the winter", "gets a new roof", "hosts the spring fair", "faces a bigger budget"}
	details := []string{"Volunteers painted the fences over two weekends", "Inspectors found cracks in the old beams", "Parents asked for a safer crossing near the gate", "The owners plan a café on the ground floor", "Tickets sold out within an hour on Monday", "Engineers expect the work to last until June"}
	var b strings.Builder
	b.WriteString(`<section class="more">`)
	if heading != "" {
		b.WriteString("<h2>" + heading + "</h2>")
	}
	for i := range n {
		place, event, detail := places[i%len(places)], events[i%len(events)], details[(i*5+1)%len(details)]
		fmt.Fprintf(&b, `<div class="card"><a href="/news/story-%d"><img src="/img/%d.jpg" alt=""><h3>The %s %s</h3></a>`+
			`<p>%s, and the %s will hold an open day for residents.</p><span class="date">March %d, 2025</span></div>`, i, i, place, event, detail, place, i+1)
	}
	b.WriteString(`</section>`)
	return b.String()
}

// commentThread is a thread of n comments under a count heading.
func commentThread(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section id="comments"><h2>%d Comments</h2><ol class="comment-list">`, n)
	for i := range n {
		fmt.Fprintf(&b, `<li class="comment"><div class="comment-author">reader%d says:</div><div class="comment-meta">March %d, 2025 at 10:%02d am</div>`+
			`<p>I walk along the river every morning and the old path floods every winter, so this is welcome news for comment %d. I hope the benches come first.</p><a href="#reply-%d">Reply</a></li>`, i, i+5, i, i, i)
	}
	b.WriteString(`</ol></section>`)
	return b.String()
}

// moreFromAuthor is a list of n linked titles of the author's other posts.
func moreFromAuthor(n int) string {
	var b strings.Builder
	b.WriteString(`<aside class="author-more"><h3>More from this author</h3><ul>`)
	for i := range n {
		fmt.Fprintf(&b, `<li><a href="/author/jane-doe/post-%d">Post %d: what the spring floods taught the valley's farmers</a></li>`, i, i)
	}
	b.WriteString(`</ul></aside>`)
	return b.String()
}

// shortArticle is a page that declares an article: a headline, a byline
// with a date, paragraphs (indexes into articleParagraphs) in wrap ("article"
// or "div"), then after, outside the article's element.
func shortArticle(wrap string, paragraphs []int, after string) string {
	var body strings.Builder
	body.WriteString(`<h1>Council extends the riverside park</h1><p class="byline">By Jane Doe | <time datetime="2025-03-04">March 4, 2025</time></p>`)
	for _, i := range paragraphs {
		body.WriteString("<p>" + articleParagraphs[i] + "</p>")
	}
	return synthPage(`<title>Council extends the riverside park | Valley Gazette</title><meta property="og:type" content="article">`+
		`<meta property="article:published_time" content="2025-03-04T10:00:00Z">`,
		"<"+wrap+` class="post">`+body.String()+"</"+wrap+">"+after)
}

// TestArticleEndsFirst: a short but complete article (a headline, a
// byline, a few paragraphs) followed by a run of teaser cards, other posts
// or comments keeps its article reading: the page's sections would add
// only that run, after the article's end. A page of cards under a one-
// paragraph introduction still falls back to its sections
// (TestGuessDegradesToSections).
func TestArticleEndsFirst(t *testing.T) {
	tests := []struct {
		name string
		html string
	}{
		{"news item, marked, teaser grid", shortArticle("article", []int{0, 1, 2}, teaserGrid("More stories", 12))},
		{"news item, unmarked, teaser grid", shortArticle("div", []int{0, 1, 2}, teaserGrid("More stories", 12))},
		{"two paragraphs, grid without a heading", shortArticle("article", []int{0, 1}, teaserGrid("", 12))},
		{"press release, latest releases", shortArticle("article", []int{3, 4, 0}, teaserGrid("Latest press releases", 9))},
		{"blog post, other posts, cards and comments", shortArticle("div", []int{0, 1}, moreFromAuthor(6)+teaserGrid("Related", 10)+commentThread(6))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.html), Options{URL: "https://gazette.example/item?id=4417"})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageArticle || res.Fallback != "" {
				t.Errorf("judged %s, fallback %q; want article, none", res.PageType, res.Fallback)
			}
			if !strings.Contains(res.Text, articleParagraphs[0][:40]) {
				t.Errorf("text lacks the article: %q", res.Text)
			}
			for _, w := range []string{"The market square", "open day for residents", "Post 2: what", "comment 4", "reader1 says"} {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q", w)
				}
			}
		})
	}
}

// TestArticleEndsFirstBlocks: the article reading stands when the
// sections add only after its last block, and only then.
func TestArticleEndsFirstBlocks(t *testing.T) {
	para := func(kept bool) boilerplate.Block {
		return boilerplate.Block{Kind: boilerplate.KindParagraph, Kept: kept, Features: boilerplate.Features{Words: 40, Sentences: 2}}
	}
	title := boilerplate.Block{Kind: boilerplate.KindHeading, Reason: boilerplate.ReasonTitle, Features: boilerplate.Features{Words: 6}}
	card := boilerplate.Block{Kind: boilerplate.KindParagraph, Reason: boilerplate.ReasonOutsideMain, Features: boilerplate.Features{Words: 20, Sentences: 1}}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool
	}{
		{"cards after the article", []boilerplate.Block{title, para(true), para(true), card, card, card}, true},
		{"cards above the article", []boilerplate.Block{card, card, card, title, para(true), para(true)}, false},
		{"cards inside the article", []boilerplate.Block{title, para(true), card, card, card, para(true)}, false},
		{"one paragraph over cards", []boilerplate.Block{title, para(true), card, card, card}, false},
		{"no title", []boilerplate.Block{para(true), para(true), card, card, card}, false},
		{"the article above its title", []boilerplate.Block{para(true), title, para(true), card, card, card}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := make([]boilerplate.Block, len(tt.blocks))
			copy(page, tt.blocks)
			for i := range page {
				if page[i].Reason == boilerplate.ReasonOutsideMain {
					page[i].Keep()
				}
			}
			if got := articleEndsFirst(tt.blocks, page); got != tt.want {
				t.Errorf("articleEndsFirst = %v, want %v", got, tt.want)
			}
		})
	}
}
