package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestFallBackDropsRelated: a page of guide cards taken for an article
// falls back to its sections, and they drop the list under a related
// heading ("You may also like") as a listing's reading does, blurbs and
// all, while they keep the cards.
func TestFallBackDropsRelated(t *testing.T) {
	var cards strings.Builder
	for i := range 12 {
		fmt.Fprintf(&cards, `<div class="card"><h3><a href="/guides/topic-%d">Guide %d: planting the spring garden bed</a></h3>`+
			`<p>How to prepare the soil of bed %d, when to sow the early peas and how deep to set the onion sets.</p></div>`, i, i, i)
	}
	titles := []string{"Pruning roses before the frost", "A pond for the frogs of the yard", "Compost that does not smell", "Seeds to save from the tomatoes"}
	related := func(blurbs bool) string {
		var b strings.Builder
		b.WriteString(`<div class="related"><h3>You may also like</h3><ul>`)
		for i, s := range titles {
			fmt.Fprintf(&b, `<li><a href="/more/%d">%s</a>`, i, s)
			if blurbs {
				fmt.Fprintf(&b, `<p>Tips number %d from our gardeners about the season ahead.</p>`, i)
			}
			b.WriteString(`</li>`)
		}
		b.WriteString(`</ul></div>`)
		return b.String()
	}
	tests := []struct {
		name   string
		blurbs bool
	}{{"links and blurbs", true}, {"links alone", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := synthPage(`<title>Garden guides | Green Hands</title><meta property="og:type" content="article">`,
				`<article><h1>Garden guides</h1><p>`+articleParagraphs[0]+` `+articleParagraphs[1]+`</p></article><section>`+cards.String()+`</section>`+related(tt.blurbs))
			res, err := FromBytes([]byte(html), Options{URL: "https://greenhands.example/guides/"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fallback != FallbackPage {
				t.Errorf("fallback %q, want %q", res.Fallback, FallbackPage)
			}
			if !strings.Contains(res.Text, "Guide 11: planting") {
				t.Errorf("text lacks the cards")
			}
			for _, w := range append(titles, "Tips number") {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q", w)
				}
			}
		})
	}
}
