package extract

import "testing"

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
