package extract

import "testing"

// A byline that opens with the date of publication, labelled or not, and
// names the author after it ("Posted on 3 March 2021 by Jane Doe") is read
// in the recognisers' languages, and the label is no name.
func TestBylineAfterPublicationLabel(t *testing.T) {
	tests := []struct{ name, header, want string }{
		{"English", `<p>Posted on 3rd March 2021 by Jane Doe</p>`, "Jane Doe"},
		{"German", `<p>Veröffentlicht am 3. März 2021 von Anna Schmidt</p>`, "Anna Schmidt"},
		{"German, no label", `<p>3. März 2021 von Anna Schmidt</p>`, "Anna Schmidt"},
		{"French", `<p>Publié le 3 mars 2021 par Jeanne Dupont</p>`, "Jeanne Dupont"},
		{"Spanish", `<p>Publicado el 3 de marzo de 2021 por Juan Pérez</p>`, "Juan Pérez"},
		{"Italian", `<p>Pubblicato il 3 marzo 2021 di Marco Rossi</p>`, "Marco Rossi"},
		{"Dutch", `<p>Gepubliceerd op 3 maart 2021 door Jan de Vries</p>`, "Jan de Vries"},
		{"Polish, a one-word label", `<p>Opublikowano 3 marca 2021 przez Jan Kowalski</p>`, "Jan Kowalski"},
		{"a sentence with a date is no byline", `<p>The plan was approved on 3 March 2021 by the council of the town after a long debate</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page("", tt.header, articleBody), Options{URL: "https://gazette.example/news/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

func TestIsPublicationLabel(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Posted on", true},
		{"Veröffentlicht am", true},
		{"Opublikowano", true},
		{"Jane Doe", false},
		{"", false},
		{"The report published by the council on", false},
	}
	for _, tt := range tests {
		if got := isPublicationLabel(tt.in); got != tt.want {
			t.Errorf("isPublicationLabel(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
