package extract

import (
	"strings"
	"testing"
)

// TestOpeningNotes checks that a note to readers is the page on a short
// contact page and stays a box of the site's under an article.
func TestOpeningNotes(t *testing.T) {
	story := `<p>The council voted on Tuesday to close the old swimming baths at the end of the summer, after the roof failed its third inspection in two years.</p><p>A new pool is planned next to the library, but building will not start before the spring of next year, and the clubs that train at the baths will have to share the school pool in the meantime.</p>`
	cases := []struct {
		name, lang, title, body, note string
		kept                          bool
	}{
		{"contact page, en", "en", "Contact",
			`<div class="page"><h1>Contact</h1><p>Write to us at desk@example.org or call the office on 020 7946 0000.</p><p>The office is open on weekdays from nine to five.</p></div>`,
			"Write to us at desk@example.org", true},
		{"contact page, nl", "nl", "Contact",
			`<div class="page"><h1>Contact</h1><p>Schrijf ons via post@example.org of bel ons op werkdagen.</p><p>Ons kantoor is open van negen tot vijf.</p></div>`,
			"Schrijf ons via post@example.org", true},
		{"note under an article, en", "en", "Baths",
			`<article><h1>The old baths will close</h1>` + story + `<p>Write to us at letters@example.org with your views.</p></article>`,
			"Write to us at letters@example.org", false},
		{"note over a long article, en", "en", "Baths",
			`<article><h1>The old baths will close</h1><p>Write to us at letters@example.org with your views.</p>` + story + `</article>`,
			"Write to us at letters@example.org", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := FromBytes([]byte(siteChrome(c.lang, c.title, c.body)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, c.note); got != c.kept {
				t.Errorf("note kept %v, want %v; text %q", got, c.kept, res.Text)
			}
		})
	}
}
