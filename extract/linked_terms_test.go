package extract

import (
	"strings"
	"testing"
)

// TestKeepLinkedTerms: a glossary whose terms are links ending in a colon
// keeps its terms with their definitions; a single linked label before a
// sentence, and linked labels without a colon (a menu over prose), stay
// dropped.
func TestKeepLinkedTerms(t *testing.T) {
	term := func(name, href, def string) string {
		return `<div class="term"><div><a href="` + href + `">` + name + `: </a><p>` + def + `</p></div></div>`
	}
	glossary := term("Crawl budget", "/blog/crawl-budget/", "How many pages a search engine will fetch from a site in a given time.") +
		term("Canonical tag", "/blog/canonical-tags/", "A line of markup that names the preferred address of a page with copies.") +
		term("Anchor text", "/blog/anchor-text/", "The words of a link that a reader clicks to follow it.") +
		term("Redirect", "/blog/redirects/", "An instruction that sends readers and crawlers from one address to another.")
	page := func(body string) string {
		return `<!doctype html><html lang="en"><head><title>Search basics for small shops</title></head><body>` + pageHeader +
			`<main><h1>Search basics for small shops</h1><p>` + strings.Join(articleParagraphs[:3], "</p><p>") + `</p>` +
			`<h2>Words you will meet</h2><p>Guides about search use a handful of terms again and again, so here they are in one place.</p>` +
			body + `<p>` + articleParagraphs[3] + `</p></main>` + pageFooter + `</body></html>`
	}
	tests := []struct {
		name     string
		body     string
		want     []string
		dontWant []string
	}{
		{"glossary", glossary, []string{"Crawl budget:", "Canonical tag:", "Anchor text:", "Redirect:", "fetch from a site"}, nil},
		{"one label", term("Crawl budget", "/blog/crawl-budget/", "How many pages a search engine will fetch from a site in a given time."),
			[]string{"fetch from a site"}, []string{"Crawl budget:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(page(tt.body)), Options{URL: "https://shopsearch.example/basics"})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.dontWant {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q:\n%s", w, res.Text)
				}
			}
		})
	}
}
