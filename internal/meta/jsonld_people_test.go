package meta

import "testing"

func TestJSONLDPeople(t *testing.T) {
	ld := func(s string) string { return `<script type="application/ld+json">` + s + `</script>` }
	tests := []struct{ name, doc, want string }{
		{"the publisher beside the writer is no author",
			ld(`{"@type":"NewsArticle","author":[{"@type":"NewsMediaOrganization","name":"Hafenblatt"},{"@type":"Person","name":"Anna Schmidt"}]}`), "Anna Schmidt"},
		{"two writers and the publisher, by reference",
			ld(`{"@graph":[{"@type":"Article","author":[{"@id":"#o"},{"@id":"#a"},{"@id":"#b"}]},{"@type":"Organization","@id":"#o","name":"Gazette"},{"@type":"Person","@id":"#a","name":"Jane Doe"},{"@type":"Person","@id":"#b","name":"John Roe"}]}`),
			"Jane Doe, John Roe"},
		{"organisations alone stay", ld(`{"@type":"NewsArticle","author":[{"@type":"Organization","name":"Gazette"},{"@type":"Organization","name":"Wire Service"}]}`),
			"Gazette, Wire Service"},
		{"a name given in parts", ld(`{"@type":"BlogPosting","author":{"@type":"Person","givenName":"Jeanne","familyName":"Dupont"}}`), "Jeanne Dupont"},
		{"a family name alone", ld(`{"@type":"BlogPosting","author":{"@type":"Person","familyName":"山田"}}`), "山田"},
		{"creator when no author", ld(`{"@type":"Article","creator":{"@type":"Person","name":"山田太郎"}}`), "山田太郎"},
		{"author before creator", ld(`{"@type":"Article","creator":{"@type":"Person","name":"Juan Pérez"},"author":{"@type":"Person","name":"María López"}}`), "María López"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := collect(tt.doc, "https://gazette.example/news/harbour").Author; got != tt.want {
				t.Errorf("Author = %q, want %q", got, tt.want)
			}
		})
	}
}
