package extract

import (
	"fmt"
	"strings"
	"testing"
)

// blogTeasers writes n teasers of a blog's index: a linked headline, the
// author and date, and a summary of a few sentences.
func blogTeasers(n, from int) string {
	var b strings.Builder
	for i := from; i < from+n; i++ {
		fmt.Fprintf(&b, `<div class="post"><h2><a href="/posts/%d">How we rebuilt the harbour ferry number %d</a></h2>`+
			`<div class="meta"><a href="/authors/ann">By Ann Lee</a></div><div class="date">December %d, 2025</div>`+
			`<p>The ferry had carried commuters across the bay for forty years before its engine failed in the storm. `+
			`This is the story of the volunteers who spent %d weekends bringing it back to service.</p></div>`, i, i, i+1, i+3)
	}
	return b.String()
}

// TestTeaserHeadlines checks that a blog's index keeps each teaser's
// linked headline with its summary, whatever type it is judged, and that
// an article's box of related stories after its body stays dropped.
func TestTeaserHeadlines(t *testing.T) {
	var body strings.Builder
	for _, p := range articleParagraphs {
		body.WriteString("<p>" + p + "</p>")
	}
	index := `<h1>Blog</h1><p>News and stories from the people who keep the harbour ferries running, ` +
		`written by the crews and the volunteers of the museum.</p>` + blogTeasers(6, 1)
	article := `<article><h1>Council extends the riverside park after a year of meetings</h1>` + body.String() +
		`</article><div class="more"><h2>More stories</h2>` + blogTeasers(3, 1) + `</div>`
	tests := []struct {
		name, title, main string
		want, unwanted    []string
	}{
		{"blog index", "Blog", index,
			[]string{"How we rebuilt the harbour ferry number 1", "How we rebuilt the harbour ferry number 6", "spent 9 weekends"}, nil},
		{"article with related stories", "Council extends the riverside park after a year of meetings", article,
			[]string{articleParagraphs[0], articleParagraphs[4]}, []string{"harbour ferry number", "forty years"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>`+tt.title+` | Harbour Ferries</title><meta property="og:type" content="article">`, tt.main)
			res, err := FromBytes([]byte(page), Options{URL: "https://ferries.example/blog/"})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
		})
	}
}
