package extract

import "testing"

// TestTitleAfterSiteName checks <title>s that open with the site's name
// and a colon ("Blog Name: Post title", as blogging tools write them) on
// pages that give no og:title and print the blog's name as their h1: the
// post's heading that prints the rest is the title. Without such a
// heading the colon may be the title's own and the title stays whole.
func TestTitleAfterSiteName(t *testing.T) {
	post := func(lang, blog, headline, body string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><title>` + blog + `: ` + headline + `</title></head><body>` +
			`<div class="header"><h1 class="title"><a href="/">` + blog + `</a></h1><p class="description">Notes</p></div>` +
			`<div class="post hentry"><h3 class="post-title entry-title">` + headline + `</h3><div class="post-body entry-content">` + body + `</div></div></body></html>`
	}
	tests := []titleCase{
		{"English blog", "https://harbournotes.blogspot.example/2021/03/park.html",
			post("en", "Harbour Notes", "Council agrees to study harbour park plan", articleBody),
			"Council agrees to study harbour park plan"},
		{"German blog", "https://hafennotizen.blogspot.example/2021/03/park.html",
			post("de", "Hafennotizen", "Stadtrat prüft den Hafenpark", articleBody),
			"Stadtrat prüft den Hafenpark"},
		{"Spanish blog, site named in og:site_name", "https://blog.example/2021/03/parque.html",
			`<html lang="es"><head><meta property="og:site_name" content="Notas del Puerto"><title>Notas del Puerto: El consejo estudia el parque</title></head><body>` +
				`<header><h1><a href="/">Notas del Puerto</a></h1></header><article><h2>El consejo estudia el parque</h2>` + articleBody + `</article></body></html>`,
			"El consejo estudia el parque"},
		{"no heading prints the rest", "https://figtool.example/",
			`<html lang="en"><head><title>Figtool: The collaborative design tool</title></head><body><main><h2>Design together</h2>` + articleBody + `</main></body></html>`,
			"Figtool: The collaborative design tool"},
		{"a colon not after the site's name", "https://harbournotes.blogspot.example/2021/03/park.html",
			`<html lang="en"><head><title>Review: Council agrees to study harbour park plan</title></head><body>` +
				`<div class="header"><h1 class="title"><a href="/">Harbour Notes</a></h1></div><div class="post"><h3>Council agrees to study harbour park plan</h3>` + articleBody + `</div></body></html>`,
			"Review: Council agrees to study harbour park plan"},
	}
	checkTitles(t, tests)
}

// titleCase is a page, the address it was served from and the title
// FromBytes must give it.
type titleCase struct {
	name, url, page, want string
}

// checkTitles extracts each case's page and compares its title.
func checkTitles(t *testing.T, tests []titleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}
