package extract

import "testing"

// TestTidyTitle checks the white space that titles keep.
func TestTidyTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Houseplants for low light\u00a0", "Houseplants for low light"},
		{"\u00a0 Ergonomische Mäuse \u00a0", "Ergonomische Mäuse"},
		{"Brand\u00a0 Trail Pack 25", "Brand Trail Pack 25"},
		{"Chaussures de\t\trandonnée", "Chaussures de randonnée"},
		{"iPad\u00a0Pro", "iPad\u00a0Pro"},
		{"新しい電池の研究\u3000技術", "新しい電池の研究\u3000技術"},
		{"Plain title", "Plain title"},
		{"", ""},
	} {
		if got := tidyTitle(tt.in); got != tt.want {
			t.Errorf("tidyTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleTidiedOnPage checks that a headline's trailing no-break space
// does not reach the title.
func TestTitleTidiedOnPage(t *testing.T) {
	page := `<!DOCTYPE html><html lang="fr"><head><title>Plantes pour pièces sombres | Jardin Maison</title></head><body>` +
		`<main><h1>Plantes pour pièces sombres&nbsp;</h1>` + articleBody + `</main></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://jardin.example/guides/plantes"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Plantes pour pièces sombres"; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
}
