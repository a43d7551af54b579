package extract

import (
	"strings"
	"testing"
)

// The standfirst under the headline stays, though it has no full stop and
// a picture or a byline stands between it and the body; a short notice
// there is no standfirst, nor is a line of links.
func TestStandfirstKept(t *testing.T) {
	const dek = "Apprehension and distrust pervade the protest site as promises from the state do little to assuage fears"
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	figure := `<figure><img src="/camp.jpg" alt=""><figcaption>Police at the camp</figcaption></figure>`
	tests := []struct {
		name, lead string
		want       bool
	}{
		{"over a picture", `<p>` + dek + `</p>` + figure, true},
		{"over a byline", `<p>` + dek + `</p><p>By Jane Doe and John Roe</p>`, true},
		{"after a notice", `<p>This article is more than five years old</p><p>` + dek + `</p>` + figure, true},
		{"a line of links", `<p><a href="/a">` + dek + `</a></p>` + figure, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>Protesters hold out</title>`, `<article><h1>Protesters hold out</h1>`+tt.lead+body+`</article>`)
			res, err := FromBytes([]byte(page), Options{URL: "https://news.example/protest"})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, dek); got != tt.want {
				t.Errorf("standfirst kept %v, want %v:\n%q", got, tt.want, res.Text)
			}
			if !strings.Contains(res.Text, articleParagraphs[0]) {
				t.Errorf("text lacks the body:\n%q", res.Text)
			}
		})
	}
}
