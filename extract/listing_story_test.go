package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestStoryAfterTitle checks which shapes of page tell one story under
// their headline: a long paragraph kept after the title, before any
// teaser's headline, with no price on the page after the title.
func TestStoryAfterTitle(t *testing.T) {
	h, p := boilerplate.KindHeading, boilerplate.KindParagraph
	title := bodyBlock(h, 0, "Bears of the valley", 0, boilerplate.ReasonTitle)
	story := bodyBlock(p, 0, strings.Repeat("The rangers counted the young bears of the valley again this spring. ", 20), 0, "")
	summary := bodyBlock(p, 0, "The rangers counted the young bears of the valley again this spring, and found more than ever.", 0, "")
	teaser := bodyBlock(h, 0, "Rangers count the bears of the valley", 7, boilerplate.ReasonLinkList)
	price := bodyBlock(p, 0, "Bear-proof food box $49.99", 0, boilerplate.ReasonLowDensity)
	menu := bodyBlock(p, 0, "Wildlife Trails Visit Contact", 4, boilerplate.ReasonLinkList)
	dropped := story
	dropped.Kept, dropped.Reason = false, boilerplate.ReasonOutsideMain
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool
	}{
		{"a long paragraph under the title", []boilerplate.Block{menu, title, story, menu}, true},
		{"no title", []boilerplate.Block{menu, story, menu}, false},
		{"teasers' summaries only", []boilerplate.Block{title, teaser, summary, teaser, summary}, false},
		{"a teaser's headline before the long paragraph", []boilerplate.Block{title, teaser, story}, false},
		{"a price after the long paragraph", []boilerplate.Block{title, story, teaser, price}, false},
		{"a long paragraph before the title", []boilerplate.Block{story, title, summary}, false},
		{"a long paragraph the extraction dropped", []boilerplate.Block{title, dropped}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := storyAfterTitle(tt.blocks); got != tt.want {
				t.Errorf("storyAfterTitle = %v, want %v", got, tt.want)
			}
		})
	}
}

// storyMenu writes a park authority's menus: n sections of many linked
// pages each, which outweigh a story's text on a site of that kind.
func storyMenu(n int) string {
	var b strings.Builder
	b.WriteString(`<div class="menu">`)
	for i := range n {
		fmt.Fprintf(&b, `<div class="item"><a href="/s%d">Wildlife section %d</a><div class="sub">`, i, i)
		for j := range 12 {
			fmt.Fprintf(&b, `<div class="item"><a href="/s%d/p%d">The animals and plants of area %d, part %d</a></div>`, i, j, i, j)
		}
		b.WriteString(`</div></div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// storyText is a press release's body: one short paragraph, then a long
// one that no teaser's summary matches.
var storyText = `<p>At least nine female bears gave birth in the park this year, the rangers said on Tuesday after ` +
	`the autumn count, the highest number since records began.</p><p>` +
	strings.Repeat(`The count is made each autumn by teams of rangers and volunteers who watch the slopes at dawn `+
		`from fixed points across the park and record every female seen with her cubs. `, 8) + `</p>`

// TestStoryRead checks a press release on a site whose menus outweigh its
// text: the model takes it for a listing, and the long paragraph under its
// headline makes it an article, read without its menus.
func TestStoryRead(t *testing.T) {
	page := `<!doctype html><html lang="en"><head><title>Bears: a record year</title></head><body>` +
		storyMenu(10) + `<div class="content"><h1>Bears: a record year</h1>` + storyText + `</div>` +
		`<div class="footer">` + storyMenu(2) + `</div></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "http://park.example/detail.php?id=42"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageArticle {
		t.Errorf("PageType = %s, want %s", res.PageType, PageArticle)
	}
	checkHolds(t, res.Text, []string{"At least nine female bears", "record every female seen"},
		[]string{"Wildlife section", "The animals and plants"})
}
