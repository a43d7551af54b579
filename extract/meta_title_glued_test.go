package extract

import "testing"

// TestGluedHeadline checks that an h1 whose tagline span runs into the
// headline gives way to the metadata's title, and that a brand written in
// camel case, which the metadata's title holds too, does not.
func TestGluedHeadline(t *testing.T) {
	tests := []struct {
		name, head, h1, want string
	}{
		{"tagline span glued to the headline",
			`<meta property="og:title" content="Best Harbour Ferries: Routes and Fares in 2026">`,
			`<h1>The Best Harbour Ferries<span class="block">Routes, Fares &amp; Timetables for Every Pier</span></h1>`,
			"Best Harbour Ferries: Routes and Fares in 2026"},
		{"product name glued to its tagline, title's tail cut",
			`<meta property="og:title" content="Harbour Edition | Meal Replacement Powder">`,
			`<h1>Harbour Edition<span class="tagline">Complete plant-based powder meal</span></h1>`,
			"Harbour Edition"},
		{"animated words glued, in German",
			`<meta property="og:title" content="Das System für Produktentwicklung">`,
			`<h1><span>Das</span><span>System</span><span>für Teams</span>Das System für Teams</h1>`,
			"Das System für Produktentwicklung"},
		{"camel-case brand the title holds too",
			`<meta property="og:title" content="Harbour charts in PowerPoint | Gazette">`,
			`<h1>Drawing harbour charts in PowerPoint</h1>`,
			"Drawing harbour charts in PowerPoint"},
		{"no metadata title keeps the h1",
			``,
			`<h1>The Best Harbour Ferries<span class="block">Routes and Fares</span></h1>`,
			"The Best Harbour FerriesRoutes and Fares"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "<!DOCTYPE html><html><head>" + tt.head + "</head><body><article>" + tt.h1 + articleBody + "</article></body></html>"
			res, err := FromBytes([]byte(doc), Options{URL: "https://gazette.example/2026/ferries"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}
