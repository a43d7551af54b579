package extract

import "testing"

// TestTitleWithoutDashSubtitle checks h1 headlines that set a subtitle
// after a spaced dash, as <title> prints them too, in several languages:
// the title is the headline before it. A short head that the rest
// completes, a dash before a lower-case word, the en dash and a long
// subtitle stay.
func TestTitleWithoutDashSubtitle(t *testing.T) {
	tests := []struct {
		name, lang, h1, body, want string
	}{
		{"English hyphen", "en", "Harbour park plan goes to study - What Residents Said", articleBody,
			"Harbour park plan goes to study"},
		{"German em dash", "de", "Stadtrat prüft den Hafenpark — Die Antworten der Anwohner", bodyDE,
			"Stadtrat prüft den Hafenpark"},
		{"French, digit subtitle", "fr", "Le parc du vieux port - 12 questions au conseil", bodyFR,
			"Le parc du vieux port"},
		{"Spanish, short head", "es", "Parque portuario - Preguntas del consejo", bodyES,
			"Parque portuario - Preguntas del consejo"},
		{"lower-case continuation", "en", "Council backs the harbour park — and residents cheer", articleBody,
			"Council backs the harbour park — and residents cheer"},
		{"en dash", "en", "Council backs the harbour park – My Notes", articleBody,
			"Council backs the harbour park – My Notes"},
		{"long subtitle", "en", "Council backs the harbour park - What It Means For The Market, The Shops And The Old Piers", articleBody,
			"Council backs the harbour park - What It Means For The Market, The Shops And The Old Piers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(`<!DOCTYPE html><html lang="` + tt.lang + `"><head><title>` + tt.h1 + ` | Harbour Gazette</title>` +
				`<meta property="og:site_name" content="Harbour Gazette"></head><body><nav><ul><li><a href="/">Home</a></li></ul></nav><article>` +
				"<h1>" + tt.h1 + "</h1>" + tt.body + `</article></body></html>`)
			res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}
