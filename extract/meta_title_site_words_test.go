package extract

import "testing"

// TestTitleSharesOnlySiteName checks the h1 of a story card on a blog's
// front page that shares with the page's title nothing but the site's
// name (and a word such as "the"): it is one of the site's stories, not
// the page's headline, and the title stays the page's. A headline that
// names the site and shares more with the title is still the headline,
// and so is one that is no link: a card's heading links to its story.
func TestTitleSharesOnlySiteName(t *testing.T) {
	front := func(lang, title, site, card string) string {
		meta := ""
		if site != "" {
			meta = `<meta property="og:site_name" content="` + site + `">`
		}
		return `<!DOCTYPE html><html lang="` + lang + `"><head><title>` + title + `</title>` + meta + `</head><body>` +
			`<header><a href="/">Logo</a><nav><a href="/a">Archive</a> <a href="/b">About</a></nav></header><main>` +
			`<article class="card"><time>February 25, 2026</time><a href="/first-look"><h1>` + card + `</h1></a>` +
			`<p>Come and see the new pages, tell us what you think of them, and help us shape what comes next for every reader.</p></article>` +
			`<article class="card"><time>February 20, 2026</time><a href="/two"><h2>Second story on the front page</h2></a>` +
			`<p>A short teaser for the second story, two lines long, so that a reader knows what it is about.</p></article>` +
			`<article class="card"><time>February 14, 2026</time><a href="/three"><h2>Third story on the front page</h2></a>` +
			`<p>A short teaser for the third story, two lines long, so that a reader knows what it is about.</p></article>` +
			`<article class="card"><time>February 9, 2026</time><a href="/four"><h2>Fourth story on the front page</h2></a>` +
			`<p>A short teaser for the fourth story, two lines long, so that a reader knows what it is about.</p></article>` +
			`</main></body></html>`
	}
	tests := []titleCase{
		{"English front page, site from the title's tail", "https://harbornotes.example/blog/",
			front("en", "The Harbor Notes Blog - Harbor Notes", "", "Your first look at the redesigned Harbor Notes"),
			"The Harbor Notes Blog"},
		{"German front page, site from og:site_name", "https://stadtwerk-kiel.example/magazin/",
			front("de", "Das Stadtwerk Kiel Magazin | Stadtwerk Kiel", "Stadtwerk Kiel", "So plant das Stadtwerk Kiel den Winter"),
			"Das Stadtwerk Kiel Magazin"},
		{"English headline that names the site", "https://harbornotes.example/2024/award",
			front("en", "Harbor Notes wins the coastal writing award - Harbor Notes", "", "Harbor Notes wins the coastal writing award"),
			"Harbor Notes wins the coastal writing award"},
		{"French headline that names the site and shares more", "https://notes-du-port.example/2024/prix",
			front("fr", "Notes du Port reçoit le prix du littoral | Notes du Port", "Notes du Port", "Notes du Port reçoit enfin le prix du littoral"),
			"Notes du Port reçoit enfin le prix du littoral"},
	}
	plain := `<!DOCTYPE html><html lang="de"><head><title>Das Stadtwerk Kiel Magazin | Stadtwerk Kiel</title>` +
		`<meta property="og:site_name" content="Stadtwerk Kiel"></head><body><header><a href="/">Logo</a></header>` +
		`<main><article><h1>So plant das Stadtwerk Kiel den Winter</h1>` + articleBody + `</article></main></body></html>`
	tests = append(tests, titleCase{"German headline that is no link", "https://stadtwerk-kiel.example/magazin/winter",
		plain, "So plant das Stadtwerk Kiel den Winter"})
	checkTitles(t, tests)
}

// TestSiteFreeOverlap checks the share of a heading's words that the
// titles hold once the site's name is out of them, in two scripts.
func TestSiteFreeOverlap(t *testing.T) {
	tests := []struct {
		name, h, title, pageTitle, site string
		want                            float64
	}{
		{"only the site's name shared", "Your first look at the new Harbor Notes", "The Harbor Notes Blog", "", "Harbor Notes", 1.0 / 6},
		{"site's name not in the heading", "Council agrees to study the park", "Council agrees to study the park", "", "Harbor Notes", 1},
		{"site's name inside a longer word is no name", "Harbor Notesbook sale opens", "The Harbor Notes Blog", "", "Harbor Notes", 1.0 / 4},
		{"Cyrillic", "Новый вид сайта Городские Новости", "Блог Городские Новости", "", "Городские Новости", 0},
		{"no site", "Your first look at the new Harbor Notes", "The Harbor Notes Blog", "", "", 3.0 / 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := siteFreeOverlap(tt.h, tt.title, tt.pageTitle, tt.site); got < tt.want-1e-9 || got > tt.want+1e-9 {
				t.Errorf("siteFreeOverlap = %v, want %v", got, tt.want)
			}
		})
	}
}
