package extract

import "testing"

// TestAuthorUnprintedInMetadata checks that the byline under the headline
// wins over a metadata author whom the page prints nowhere, and only then.
func TestAuthorUnprintedInMetadata(t *testing.T) {
	const filer = `<meta name="author" content="Pat Filer">`
	tests := []struct {
		name, head, header, want string
	}{
		{"byline credits another writer", filer, `<p class="meta">By John Roe</p>`, "John Roe"},
		{"German byline", filer, `<p>Von Anna Schmidt</p>`, "Anna Schmidt"},
		{"French byline", filer, `<p>Par Jeanne Dupont</p>`, "Jeanne Dupont"},
		{"name over date", filer, `<p>Juan Pérez</p><p>3 de marzo de 2021</p>`, "Juan Pérez"},
		{"no byline: the metadata stands", filer, "", "Pat Filer"},
		{"a reviewer is not the writer", filer, `<p>Reviewed by Dr. John Roe</p>`, "Pat Filer"},
		{"the metadata's author is printed", `<meta name="author" content="Jane Doe">`,
			`<p>By John Roe</p><p>Photos: Jane Doe</p>`, "Jane Doe"},
		{"a photo's credit marked by its class", filer,
			`<figure><img src="/harbour.jpg" alt=""><div class="license-author"><a href="https://photos.example/p/1">Lee Lens</a></div></figure>`, "Pat Filer"},
		{"a link to the writer's page", filer, `<p><a href="/author/john-roe/">John Roe</a></p>`, "John Roe"},
		{"printed in capitals", `<meta name="author" content="Jane Doe">`, `<p>By JANE DOE</p>`, "Jane Doe"},
		{"one of several printed", `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Pat Filer"}]}</script>`,
			`<p>By Jane Doe</p>`, "Jane Doe, Pat Filer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, tt.header, articleBody), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
