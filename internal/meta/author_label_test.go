package meta

import "testing"

func TestDropAuthorLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"by Jane Doe and John Roe", "Jane Doe and John Roe"},
		{"Von Max Mustermann", "Max Mustermann"},
		{"Par Jeanne Dupont", "Jeanne Dupont"},
		{"Por María García", "María García"},
		{"Door Jan de Vries", "Jan de Vries"},
		{"di Marco Rossi", "Marco Rossi"},
		{"Di Maio Luigi", "Di Maio Luigi"},
		{"Von Trier", "Von Trier"},
		{"Автор: Иван Петров", "Иван Петров"},
		{"著者：山田太郎", "山田太郎"},
		{"作者：张伟", "张伟"},
		{"Jane Doe", "Jane Doe"},
		{"Byron Smith", "Byron Smith"},
		{"Parker Jones", "Parker Jones"},
	}
	for _, tt := range tests {
		if got := dropAuthorLabel(tt.in); got != tt.want {
			t.Errorf("dropAuthorLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	// In the metadata's author fields.
	for _, doc := range []string{`<meta name="author" content="Von Max Mustermann">`,
		`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Von Max Mustermann"}}</script>`} {
		if got := collect(doc, "https://zeitung.example/artikel").Author; got != "Max Mustermann" {
			t.Errorf("%s: Author = %q, want %q", doc, got, "Max Mustermann")
		}
	}
}
