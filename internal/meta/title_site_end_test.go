package meta

import "testing"

func TestEndsSiteName(t *testing.T) {
	tests := []struct {
		name, title, site, want string
	}{
		{"english practice name", "Teeth Whitening Plans | Family Dental", "Smith Family Dental",
			"Teeth Whitening Plans"},
		{"german firm", "Steuerberatung für Gründer - Partner Steuerberatung", "Müller & Partner Steuerberatung",
			"Steuerberatung für Gründer"},
		{"french studio", "Cours de yoga en ligne | Studio Lumière", "Le Grand Studio Lumière",
			"Cours de yoga en ligne"},
		{"spanish academy", "Clases de inglés para niños – Academia Sol", "Centro Academia Sol",
			"Clases de inglés para niños"},
		{"one word is no site", "Teeth Whitening Plans | Dental", "Smith Family Dental",
			"Teeth Whitening Plans | Dental"},
		{"part of a word", "Cloud Storage | Box Tools", "Dropbox Tools", "Cloud Storage | Box Tools"},
		{"middle of the name", "Teeth Whitening | Family", "Smith Family Dental", "Teeth Whitening | Family"},
		{"no site name", "Teeth Whitening Plans | Family Dental", "", "Teeth Whitening Plans | Family Dental"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StripSiteTail(tt.title, tt.site, ""); got != tt.want {
				t.Errorf("StripSiteTail(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
			}
			if got := stripSiteName(tt.title, tt.site, ""); got != tt.want {
				t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
			}
		})
	}
}

// TestSiteTail: SiteTail returns the site's name that ends a title after
// a separator or in closing brackets, named by the metadata or by the
// host, and "" when the tail is no site's name (a section) or the title
// has none.
func TestSiteTail(t *testing.T) {
	tests := []struct{ title, site, host, want string }{
		{"Headline | Harbour Gazette", "Harbour Gazette", "", "Harbour Gazette"},
		{"Headline (Jane Doe)", "", "janedoe.example", "Jane Doe"},
		{"Schlagzeile – Stadtblatt", "", "www.stadtblatt.example", "Stadtblatt"},
		{"Headline | Section", "Harbour Gazette", "harbourgazette.example", ""},
		{"Headline alone", "", "janedoe.example", ""},
	}
	for _, tt := range tests {
		if got := SiteTail(tt.title, tt.site, tt.host); got != tt.want {
			t.Errorf("SiteTail(%q, %q, %q) = %q, want %q", tt.title, tt.site, tt.host, got, tt.want)
		}
	}
}
