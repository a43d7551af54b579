package extract

import (
	"strings"
	"testing"
)

func TestDatedNames(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Dec 26, 2025 • Jane Doe in Guides", "Jane Doe"},
		{"3 mars 2021 | Jeanne Dupont", "Jeanne Dupont"},
		{"12. März 2024 · Max Mustermann und Erika Musterfrau", "Max Mustermann und Erika Musterfrau"},
		{"May 3, 2024 • Technology", ""},        // one word: a section
		{"May 3, 2024 • 5 min read", ""},        // no name
		{"Jane Doe • Dec 26, 2025", "Jane Doe"}, // the name first
		{"Anna Schmidt | 3. März 2021, 14:05 Uhr", "Anna Schmidt"},
		{"Jeanne Dupont et Paul Martin · 3 mars 2021", "Jeanne Dupont et Paul Martin"},
		{"Иван Петров · 3 марта 2021", "Иван Петров"},
		{"Juan Pérez | miércoles, 3 de marzo de 2021", "Juan Pérez"},
		{"Technology · May 3, 2024", ""}, // one word: a section
		{"Read more · May 3, 2024", ""},
		{"Dec 26, 2025 Jane Doe", ""},          // no separator
		{"Harbour News | Harbour Gazette", ""}, // no date
	}
	for _, tt := range tests {
		if got := datedNames(tt.text); got != tt.want {
			t.Errorf("datedNames(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDatedBylineUnderHeadline checks that a date and a name set apart by
// a separator under the headline give the author, and that the same line
// after the article, another story's teaser, does not.
func TestDatedBylineUnderHeadline(t *testing.T) {
	line := `<p>Dec 26, 2025 <span>&bull;</span> <img src="/a.png" alt=""> Jane Doe in <a href="/guides">Guides</a></p>`
	res, err := FromBytes(page("", line, articleBody), Options{URL: "https://gazette.example/2025/12/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Author != "Jane Doe" {
		t.Errorf("under the headline: Author = %q, want %q", res.Author, "Jane Doe")
	}
	long := strings.Repeat(articleBody, 15) // past the header's 25 blocks
	teaser := `<section><h3><a href="/other">Another harbour story</a></h3>` + line + `</section>`
	res, err = FromBytes(page("", "", long+teaser), Options{URL: "https://gazette.example/2025/12/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Author != "" {
		t.Errorf("after the article: Author = %q, want none", res.Author)
	}
}
