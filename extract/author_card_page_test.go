package extract

import (
	"strings"
	"testing"
)

// End to end: the author's card that closes an article (a heading with
// the byline's name, then a note on the writer) is not the article's
// text; an article whose last section is headed and short keeps it.
func TestAuthorCardInPage(t *testing.T) {
	const note = "Hello and welcome! I have written about city parks and gardens for twelve years, and I still visit one every weekend."
	const lastSection = "The council will vote on the plan in March, and the work could start in the summer."
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	tests := []struct {
		name, tail, probe string
		kept              bool
	}{
		{"author card", `<div class="box"><h3>Jane Doe</h3><p>` + note + `</p></div>`, note, false},
		{"last section", `<h3>What comes next</h3><p>` + lastSection + `</p>`, lastSection, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			head := `<title>Park to grow by two hectares</title><meta name="author" content="Jane Doe">`
			page := synthPage(head, `<article><h1>Park to grow by two hectares</h1>`+body+tt.tail+`</article>`)
			res, err := FromBytes([]byte(page), Options{URL: "https://news.example/park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.probe); got != tt.kept {
				t.Errorf("kept %q = %v, want %v; author %q, type %q:\n%q", tt.probe, got, tt.kept, res.Author, res.PageType, res.Text)
			}
			if !strings.Contains(res.Text, articleParagraphs[len(articleParagraphs)-1]) {
				t.Errorf("text lacks the article's last paragraph:\n%q", res.Text)
			}
		})
	}
}
