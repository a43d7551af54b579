package extract

import (
	"strings"
	"testing"
)

// The greeting that opens a post in the post's element, right before its
// first paragraph, is the post's; a line that is no salutation, a date, a
// link, and a greeting that follows other text of the element keep their
// verdicts.
func TestOpeningLinesKept(t *testing.T) {
	body := `<p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	tests := []struct {
		name, head, line string
		want             bool
	}{
		{"a greeting", `<p>Hello friends,</p>`, "Hello friends,", true},
		{"an exclamation", `<p>Hi everyone!</p>`, "Hi everyone!", true},
		{"two lines", `<p>Hi all,</p><p>Happy Sunday!</p>`, "Hi all,", true},
		{"a label", `<p>Listen to this story</p>`, "Listen to this story", false},
		{"a date", `<p>Monday, 4 March 2024,</p>`, "4 March 2024", false},
		{"a link", `<p><a href="/about">Hello from Anna,</a></p>`, "Hello from Anna", false},
		{"after a line of the element", `<p>Read this first</p><p>Hello friends,</p>`, "Hello friends,", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := synthPage(`<title>Council extends the riverside park</title>`,
				`<article><h1>Council extends the riverside park</h1><div class="meta">By Anna Berg</div><div class="entry">`+
					tt.head+body+`</div></article>`)
			res, err := FromBytes([]byte(page), Options{URL: "https://blog.example/park"})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(res.Text, tt.line); got != tt.want {
				t.Errorf("%q kept %v, want %v:\n%q", tt.line, got, tt.want, res.Text)
			}
			if !strings.Contains(res.Text, articleParagraphs[0]) {
				t.Errorf("text lacks the body:\n%q", res.Text)
			}
		})
	}
}
