package extract

import "testing"

// TestTitleWithoutSectionNumber checks manuals and books rendered to pages
// whose h1 opens with the chapter's section number while <title> names
// the page without it, in several languages: the number goes from the
// title. A number that <title> prints, a number of one level, and a
// heading that would keep one word stay as printed.
func TestTitleWithoutSectionNumber(t *testing.T) {
	tests := []struct {
		name, lang, head, h1, body, want string
	}{
		{"English manual", "en", `<title>Harbour - Mooring the boat</title>`,
			`<h1>3.1 Harbour Guide - Mooring the boat</h1>`, articleBody, "Harbour Guide - Mooring the boat"},
		{"German handbook, closing dot", "de", `<title>Handbuch: Den Hafen anlegen</title>`,
			`<h1>2.4.1. Den Hafen anlegen</h1>`, bodyDE, "Den Hafen anlegen"},
		{"French guide", "fr", `<meta property="og:title" content="Amarrer le bateau au port">`,
			`<h1>12.3 Amarrer le bateau au port</h1>`, bodyFR, "Amarrer le bateau au port"},
		{"number in the title too", "es", `<title>2.1 El consejo estudia el parque | Guía</title>`,
			`<h1>2.1 El consejo estudia el parque</h1>`, bodyES, "2.1 El consejo estudia el parque"},
		{"one level is the headline's own", "en", `<title>Harbour trails to walk this spring</title>`,
			`<h1>10 Harbour trails to walk this spring</h1>`, articleBody, "10 Harbour trails to walk this spring"},
		{"a version, not a section", "en", `<title>What changed in the harbour app</title>`,
			`<h1>2.0.12345 harbour app</h1>`, articleBody, "2.0.12345 harbour app"},
		{"number and one word", "en", `<title>Harbour manual: Mooring</title>`,
			`<h1>4.2 Mooring</h1>`, articleBody, "4.2 Mooring"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(`<!DOCTYPE html><html lang="` + tt.lang + `"><head>` + tt.head + `</head><body><nav><ul><li><a href="/">Home</a></li></ul></nav><article>` +
				tt.h1 + tt.body + `</article></body></html>`)
			res, err := FromBytes(raw, Options{URL: "https://manual.example/book/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}

// TestSectionNumber checks the shapes sectionNumber takes for a section's
// number.
func TestSectionNumber(t *testing.T) {
	for s, want := range map[string]bool{"3.1": true, "2.4.1": true, "12.3.": true, "3": false, "3.": false,
		"1234.1": false, "3..1": false, ".3": false, "v3.1": false, "3.1a": false, "": false} {
		if got := sectionNumber(s); got != want {
			t.Errorf("sectionNumber(%q) = %v, want %v", s, got, want)
		}
	}
}
