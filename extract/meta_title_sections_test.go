package extract

import "testing"

// TestTitleOverSectionHeads: a write-up rendered from markdown sets an h1
// on each of its sections; the one that the title names in passing is no
// headline.
func TestTitleOverSectionHeads(t *testing.T) {
	const para = `<p>We looked at how the build pipeline fetched its packages and found that any maintainer could publish a new version without review, which the other projects then installed on their next build without noticing.</p>`
	tests := []struct {
		name, page, want string
	}{
		{"english write-up",
			`<meta property="og:title" content="How we found a flaw in the build pipelines of Harbor, Quay and forty other projects">
<body><article><h1>Harbor</h1>` + para + `<h1>Quayside</h1>` + para + `<h1>Timeline</h1>` + para + `</article></body>`,
			"How we found a flaw in the build pipelines of Harbor, Quay and forty other projects"},
		{"german write-up",
			`<meta property="og:title" content="Wie wir eine Lücke in den Build-Pipelines von Hafenwerk und vierzig anderen Projekten fanden">
<body><article><h1>Hafenwerk</h1>` + para + `<h1>Zeitleiste</h1>` + para + `<h1>Danksagung</h1>` + para + `</article></body>`,
			"Wie wir eine Lücke in den Build-Pipelines von Hafenwerk und vierzig anderen Projekten fanden"},
		{"one h1 stays the headline",
			`<meta property="og:title" content="Comment nous avons trouvé une faille dans les chaînes de Port et de quarante autres projets">
<body><article><h1>Port</h1>` + para + `</article></body>`,
			"Port"},
		{"a long h1 among several stays the headline",
			`<meta property="og:title" content="Cómo encontramos un fallo en las cadenas de compilación de cuarenta proyectos">
<body><article><h1>Un fallo en las cadenas de compilación</h1>` + para + `<h1>Cronología</h1>` + para + `<h1>Agradecimientos</h1>` + para + `</article></body>`,
			"Un fallo en las cadenas de compilación"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte("<!DOCTYPE html><html><head>"+tt.page+"</html>"), Options{URL: "https://code.example/writeup"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}
