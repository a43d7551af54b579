package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestKeepListingBylines: on a section's front page read as a listing,
// the byline under each teaser stays, an author's repeated name included,
// while the photo credit beside it still goes.
func TestKeepListingBylines(t *testing.T) {
	authors := []string{"Jane Marlow", "Tom Okafor", "Jane Marlow", "Rita Soames"}
	subjects := []string{"the ice of a northern lake", "a glacier's meltwater", "the reefs off the cape", "a city's old sewers",
		"the soil of a burnt forest", "bats in a railway tunnel", "the salt flats after rain", "a river's migrating fish",
		"moss on the cathedral roof", "the dust of a dry summer", "owls in the suburbs", "a volcano's sleeping crater"}
	var b strings.Builder
	b.WriteString(`<h1>Science</h1><ul class="stories">`)
	for i := range 12 {
		fmt.Fprintf(&b, `<li class="teaser"><h2><a href="/story-%d">Researchers map the currents of lake number %d in detail</a></h2>`+
			`<figure><img src="/p%d.jpg" alt=""><figcaption>Photo: Lee Grant/Agency</figcaption></figure>`+
			`<p>By %s</p>`+
			`<p><a href="/story-%d">A team spent a season studying %s.</a></p></li>`,
			i, i, i, authors[i%len(authors)], i, subjects[i])
	}
	b.WriteString(`</ul>`)
	page := synthPage(`<title>Science | Valley Gazette</title><meta property="og:type" content="article">`, b.String())
	res, err := FromBytes([]byte(page), Options{URL: "https://news.example/science"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageListing {
		t.Fatalf("read as %s, want %s", res.PageType, PageListing)
	}
	if n := strings.Count(res.Text, "By Jane Marlow"); n != 6 {
		t.Errorf("%d copies of a repeated byline in the text, want 6:\n%s", n, res.Text)
	}
	for _, want := range []string{"By Tom Okafor", "By Rita Soames", "lake number 11"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(res.Text, "Lee Grant") {
		t.Errorf("text keeps the photo credit:\n%s", res.Text)
	}
}
