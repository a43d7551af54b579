package extract

import (
	"strings"
	"testing"
)

// A layout wrapper whose name says header, navigation or sidebar does not
// make the <main> element inside it boilerplate: the page marks its main
// content, and the wrapper's name describes its padding or grid.
func TestMainOutweighsWrapperNames(t *testing.T) {
	cards := `<h1>Products launching today</h1>` +
		`<div class="card"><h3>Song Sweeper</h3><p>Clean up your music library</p></div>` +
		`<div class="card"><h3>Pulldog</h3><p>A desktop app to keep your code reviews organized</p></div>` +
		`<div class="card"><h3>Mockup Maker</h3><p>Generate chat mockups in seconds</p></div>` +
		`<div class="card"><h3>Tool Market</h3><p>Helping companies get the tools they need</p></div>`
	// A hidden dialog holds more prose than the cards do, as a sign-up
	// modal or a mobile menu with descriptions does.
	dialog := `<div hidden><p>` + strings.Join(articleParagraphs, "</p><p>") + `</p></div>`
	for _, wrapper := range []string{"pt-header", "nav-offset", "sidebar-layout"} {
		t.Run(wrapper, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Launches</title></head><body>` +
				`<div class="` + wrapper + `">` + pageHeader + `<main>` + cards + `</main></div>` + dialog + pageFooter + `</body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://launches.example/"})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"Clean up your music library", "keep your code reviews organized", "get the tools they need"} {
				if !strings.Contains(res.Text, want) {
					t.Errorf("text lacks %q:\n%q", want, res.Text)
				}
			}
			if strings.Contains(res.Text, "All rights reserved") {
				t.Errorf("text holds the footer:\n%q", res.Text)
			}
		})
	}
}
