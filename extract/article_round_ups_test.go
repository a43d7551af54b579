package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestRoundUpSections checks that a guide whose sections each open with
// the name of a place linked to the place's own site keeps them, while
// the same shape after the article, linking the site's own stories,
// still goes as related stories.
func TestRoundUpSections(t *testing.T) {
	trails := []string{"Riverside Greenway Trail", "The Old Rail Line", "Hilltop Park Loop", "Harbour Wall Path"}
	var guide, related strings.Builder
	for i, name := range trails {
		fmt.Fprintf(&guide, `<h3><a href="https://trails-%d.example/visit">%s</a></h3>`+
			`<p>This trail number %d runs for %d miles along the water and through the old mill district, `+
			`shaded for most of the way, with benches every mile and a café at the far end that opens early.</p>`,
			i, name, i, 3+i)
		fmt.Fprintf(&related, `<h3><a href="/outdoors/story-%d">Town story number %d about the parks</a></h3>`+
			`<p>Another story from the town's outdoor desk, number %d in the series about parks.</p>`, i, i, i)
	}
	var intro strings.Builder
	for _, p := range articleParagraphs[:3] {
		intro.WriteString("<p>" + p + "</p>")
	}
	main := `<article><h1>The best biking trails in town</h1>` + intro.String() + guide.String() + `</article>` +
		`<div class="more"><h2>More from Outdoors</h2>` + related.String() + `</div>`
	page := synthPage(`<title>The best biking trails in town | Town Magazine</title><meta property="og:type" content="article">`, main)
	res, err := FromBytes([]byte(page), Options{URL: "https://townmag.example/outdoors/best-biking-trails"})
	if err != nil {
		t.Fatal(err)
	}
	checkHolds(t, res.Text,
		[]string{articleParagraphs[0], "This trail number 0 runs", "This trail number 3 runs"},
		[]string{"Town story number", "outdoor desk"})
}
