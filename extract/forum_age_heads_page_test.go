package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestAgeHeadsPage: a thread read as an article (an engine the page model
// does not know), whose every post opens on its author's linked name and
// how long ago the post was written ("pelle 2 years ago"), loses those
// heads through FromBytes (dropPostFrames) and keeps its posts' text.
func TestAgeHeadsPage(t *testing.T) {
	posts := []struct{ author, age, text string }{
		{"marta_k", "2 years ago", "My kettle started to click loudly every time it boils, and the light flickers before it switches off. Has anyone seen this before?"},
		{"pelle", "2 years ago", "Mine did the same when scale built up on the element. A cup of vinegar in a litre of water, boiled twice, fixed it for me."},
		{"rover42", "1 year ago", "Check the base too: the contacts under mine were black with burn marks, and a new base from the maker stopped the clicking."},
		{"quill_reader", "11 months ago", "Thanks both, the vinegar worked. It is quiet again and the light stays on until the water boils, as it should."},
	}
	var b strings.Builder
	b.WriteString(`<article><h1>Kettle clicks and flickers when boiling</h1><div class="notes">`)
	for _, p := range posts {
		fmt.Fprintf(&b, `<div class="note"><div class="meta"><a href="/u/%[1]s">%[1]s</a> %[2]s</div><p>%[3]s</p></div>`,
			p.author, p.age, p.text)
	}
	b.WriteString(`</div></article>`)
	page := synthPage(`<title>Kettle clicks and flickers when boiling | Home Fix Talk</title><meta property="og:type" content="article">`, b.String())
	res, err := FromBytes([]byte(page), Options{URL: "https://homefix.example/kettle-clicks"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageArticle {
		t.Fatalf("PageType = %s, want %s", res.PageType, PageArticle)
	}
	for _, p := range posts {
		checkHolds(t, res.Text, []string{p.text}, []string{p.author + " " + p.age})
	}
}
