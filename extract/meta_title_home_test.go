package extract

import "testing"

// TestTitleBeyondSiteWideTitle checks headings against <title>s that name
// no page: a thread's h1 under a <title> of the site's name and tagline,
// which every page of the site shares, is the title on a page below the
// home page, while the home page keeps its tagline; and an h1 that prints
// the board or section <title> adds after the headline is no headline.
func TestTitleBeyondSiteWideTitle(t *testing.T) {
	sitewide := func(lang, title, h1 string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><title>` + title + `</title></head><body>` +
			`<nav><a href="/">Home</a> <a href="/popular">Popular</a></nav><main><h1>` + h1 + `</h1>` + articleBody + `</main></body></html>`
	}
	board := func(lang, og, title, h1, headline string) string {
		return `<!DOCTYPE html><html lang="` + lang + `"><head><meta property="og:title" content="` + og + `"><title>` + title + `</title></head><body>` +
			`<div class="top"><h1><a href="/r/board">` + h1 + `</a></h1></div><div class="thread"><p class="title"><a href="/t/1">` + headline + `</a></p>` +
			articleBody + `</div></body></html>`
	}
	tests := []titleCase{
		{"English thread under the site's tagline", "https://talkboard.example/r/cooking/comments/abc123/enamel_pan/",
			sitewide("en", "Talkboard - Where people talk", "Enamel pan or cast iron for searing?"),
			"Enamel pan or cast iron for searing?"},
		{"German thread under the site's tagline", "https://forumhaus.example/thema/4711-gusseisen",
			sitewide("de", "Forumhaus | Wo Menschen reden", "Gusseisen oder Emaille zum Anbraten?"),
			"Gusseisen oder Emaille zum Anbraten?"},
		{"the home page keeps its tagline", "https://talkboard.example/",
			sitewide("en", "Talkboard - Where people talk", "Welcome aboard"),
			"Where people talk"},
		{"English board name after the headline", "https://talkboard.example/r/science/comments/xyz/hair/",
			board("en", "Hair follicles grown in the lab for the first time", "Hair follicles grown in the lab for the first time : science",
				"science", "Hair follicles grown in the lab for the first time"),
			"Hair follicles grown in the lab for the first time"},
		{"French board name after the headline", "https://forum.example/f/jardinage/t/9/tomates",
			board("fr", "Mes tomates ne mûrissent pas", "Mes tomates ne mûrissent pas | Jardinage", "Jardinage", "Mes tomates ne mûrissent pas"),
			"Mes tomates ne mûrissent pas"},
	}
	checkTitles(t, tests)
}

// TestBelowHome checks which URLs are pages below a site's home page.
func TestBelowHome(t *testing.T) {
	for _, tt := range []struct {
		url  string
		want bool
	}{
		{"https://site.example/", false},
		{"https://site.example", false},
		{"https://site.example/en/", false},
		{"https://site.example/pt-br", false},
		{"https://site.example/pricing", true},
		{"https://site.example/en/pricing", true},
		{"https://site.example/t/123", true},
		{"", false},
		{"://bad", false},
	} {
		if got := belowHome(tt.url); got != tt.want {
			t.Errorf("belowHome(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

// TestBrandHeadings checks h1s that hold the host's name: below the home
// page, one that is no link and more than the site's name names a product
// or a section and is the title; the logo's link home, the site's name
// itself and any such heading on the home page are not.
func TestBrandHeadings(t *testing.T) {
	page := func(lang, og, title, logo, h1 string) string {
		head := `<!DOCTYPE html><html lang="` + lang + `"><head>`
		if og != "" {
			head += `<meta property="og:title" content="` + og + `">`
		}
		return head + `<title>` + title + `</title></head><body><header>` + logo + `</header><main><h1>` + h1 + `</h1>` +
			articleBody + `</main></body></html>`
	}
	tests := []titleCase{
		{"English product named after the brand", "https://harborpack.example/products/daypack",
			page("en", "Harborpack Daypack - Slate Grey", "Waterproof Daypack for Commuters | Harborpack Goods", "",
				"Harborpack Daypack"),
			"Harborpack Daypack"},
		{"German section named after the brand", "https://www.fahrradladen.example/bestseller/elektro",
			page("de", "", "Fahrradladen Bestseller: Elektroräder", "", "Fahrradladen Bestseller"),
			"Fahrradladen Bestseller"},
		{"Spanish product line that extends the site's name", "https://estudio.example/productos/comunidad/",
			`<html lang="es"><head><meta property="og:site_name" content="Estudio"><meta property="og:title" content="Estudio Comunidad | Descarga gratuita">` +
				`<title>Estudio Comunidad | Descarga gratuita</title></head><body><main><h1>Estudio Comunidad</h1>` + articleBody + `</main></body></html>`,
			"Estudio Comunidad"},
		{"the logo links home", "https://harborpack.example/journal/packing-for-rain",
			page("en", "", "Packing for a week of rain | Harborpack Goods", `<h1><a href="/">Harborpack Goods</a></h1>`,
				"Packing for a week of rain"),
			"Packing for a week of rain"},
		{"the home page's brand heading", "https://harborpack.example/",
			page("en", "", "Harborpack Goods", "", "Harborpack Homepage"),
			"Harborpack Goods"},
	}
	checkTitles(t, tests)
}
