package extract

import (
	"strings"
	"testing"
)

// TestFoldedLinkTabs: the tab list of many shop themes is a list of
// in-page links (href="#details") to panels that a script hides, without
// ARIA. The hidden tabs are unfolded like those that aria-controls names;
// a lone hidden element that a link points to (a sign-in box) is not.
func TestFoldedLinkTabs(t *testing.T) {
	panels := []string{
		"The kettle boils a full litre of water in under three minutes and switches itself off when it is done.",
		"The body is brushed steel, the handle stays cool to the touch, and the base turns all the way round.",
		"Descale the kettle once a month with a cup of vinegar and rinse it twice before you boil water again.",
	}
	const signIn = "Sign in to see the prices for trade customers and the dates of the next deliveries to your area."
	for _, tt := range []struct {
		name  string
		fold  string
		shown bool
	}{
		{"display none", `style="display:none"`, true},
		{"hidden attribute", `hidden`, true},
		{"shown by class", `class="tab-content"`, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var list, body strings.Builder
			list.WriteString(`<ul class="tabs">`)
			for i := range panels {
				id := string(rune('1' + i))
				list.WriteString(`<li><a class="tab-link" href="#tab` + id + `">Tab ` + id + `</a></li>`)
				fold := `class="tab-content active"`
				if i > 0 {
					fold = tt.fold
				}
				body.WriteString(`<div id="tab` + id + `" ` + fold + `><p>` + panels[i] + `</p></div>`)
			}
			list.WriteString(`</ul>`)
			page := `<!doctype html><html lang="en"><head><title>Kettle</title></head><body>` + pageHeader +
				`<p><a href="#signin">Trade customers</a></p><div id="signin" hidden><p>` + signIn + `</p></div>` +
				`<main><h1>Steel kettle</h1><p>` + strings.Join(articleParagraphs[:2], "</p><p>") + `</p>` +
				`<div class="product-tabs">` + list.String() + `<div class="panels">` + body.String() + `</div></div></main>` +
				pageFooter + `</body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://shop.example/kettle"})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range panels {
				if got := strings.Contains(res.Text, want); got != tt.shown {
					t.Errorf("tab %q in text: %v, want %v:\n%s", want, got, tt.shown, res.Text)
				}
			}
			if strings.Contains(res.Text, signIn) {
				t.Errorf("text holds the lone hidden box:\n%s", res.Text)
			}
		})
	}
}
