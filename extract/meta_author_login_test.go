package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestLoginAuthor: a publishing system's login in the metadata is the
// author only when the page prints no byline.
func TestLoginAuthor(t *testing.T) {
	tests := []struct{ name, head, header, want string }{
		{"login alone", `<meta name="author" content="desk_editor">`, "", "desk_editor"},
		{"byline replaces the login", `<meta name="author" content="desk_editor">`,
			`<p class="byline">By Jane Doe</p>`, "Jane Doe"},
		{"name in JSON-LD before the login", `<meta name="author" content="desk_editor"><script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"John Roe"}}</script>`,
			"", "John Roe"},
		{"template variable is nobody", `<meta name="author" content="post.author">`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, tt.header, articleBody), Options{URL: "https://www.harbourgazette.example/2024/03/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

// TestLoginAuthorAfterArticle: a byline printed only after the article
// (the writer's line under the text) replaces a login in the metadata,
// as it fills in for no author at all.
func TestLoginAuthorAfterArticle(t *testing.T) {
	var long strings.Builder
	for i := range 30 {
		fmt.Fprintf(&long, "<p>Item %d of the study: the members asked the council's officers to weigh the costs of the park against those of the market.</p>", i+1)
	}
	doc := `<!DOCTYPE html><html><head><meta name="author" content="desk_editor"></head><body><nav><ul><li><a href=/>Home</a></li></ul></nav>` +
		`<main><article><h1>Council agrees to study the harbour park plan</h1>` + long.String() + `</article>` +
		`<p class="meta">October 28, 2025 by Jane Doe | Council</p></main><footer><p>© 2024 The Harbour Gazette</p></footer></body></html>`
	res, err := FromBytes([]byte(doc), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Author != "Jane Doe" {
		t.Errorf("Author = %q, want %q", res.Author, "Jane Doe")
	}
}
