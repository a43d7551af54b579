package extract

import (
	"strings"
	"testing"
)

// The short line that signs off a post, printed in the post's element
// right after its last paragraph, is the post's; a date line, a link and
// what stands in another element after the post are not.
func TestClosingLinesKept(t *testing.T) {
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	after := `<div class="tags">Tags: parks, council</div>`
	tests := []struct {
		name, tail, line string
		want             bool
	}{
		{"a sign-off", `<p>x Anna</p>`, "x Anna", true},
		{"a greeting and a sign-off", `<p>Cheers, Tom</p><p>See you soon</p>`, "See you soon", true},
		{"a date line", `<p>Post time: 01-04-2024</p>`, "Post time: 01-04-2024", false},
		{"a link", `<p><a href="/about">About Anna</a></p>`, "About Anna", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>Council extends the riverside park</title>`,
				`<article><h1>Council extends the riverside park</h1><div class="entry">`+body+tt.tail+`</div>`+after+`</article>`)
			res, err := FromBytes([]byte(page), Options{URL: "https://blog.example/park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.line); got != tt.want {
				t.Errorf("%q kept %v, want %v:\n%q", tt.line, got, tt.want, res.Text)
			}
			if strings.Contains(res.Text, "Tags:") {
				t.Errorf("the line after the post's element is kept:\n%q", res.Text)
			}
			if !strings.Contains(res.Text, articleParagraphs[len(articleParagraphs)-1]) {
				t.Errorf("text lacks the body:\n%q", res.Text)
			}
		})
	}
}
