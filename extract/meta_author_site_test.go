package extract

import "testing"

func TestSiteOwner(t *testing.T) {
	tests := []struct{ name, site, host, want string }{
		{"writer's own domain", "Jane Doe", "janedoe.example", "Jane Doe"},
		{"with www and a hyphen", "Max Mustermann", "www.max-mustermann.example", "Max Mustermann"},
		{"French writer", "Claire Dubois", "clairedubois.example", "Claire Dubois"},
		{"Polish writer, middle initial", "Anna K. Nowak", "annanowak.example", "Anna K. Nowak"},
		{"blogging service subdomain", "Piet Jansen", "piet.blog.example", "Piet Jansen"},
		{"Spanish name not in the host", "Lucía Pérez", "cuaderno.example", ""},
		{"surname alone in the host", "Jane Doe", "doe.example", ""},
		{"publication in more words", "The Harbour Gazette", "harbourgazette.example", ""},
		{"brand of three words", "Green Valley Farms", "greenvalleyfarms.example", ""},
		{"German newspaper", "Stadt Zeitung", "stadtzeitung.example", ""},
		{"Spanish newspaper", "Diario Norte", "diarionorte.example", ""},
		{"institution", "Valley College", "valleycollege.example", ""},
		{"firm's abbreviation", "Eastwind Ltd.", "eastwindltd.example", ""},
		{"one word", "Nordlicht", "nordlicht.example", ""},
		{"lower-case words", "field notes", "fieldnotes.example", ""},
		{"Cyrillic name on a Latin host", "Иван Петров", "ivanpetrov.example", ""},
		{"no host", "Jane Doe", "", ""},
		{"no site name", "", "janedoe.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := siteOwner(tt.site, tt.host); got != tt.want {
				t.Errorf("siteOwner(%q, %q) = %q, want %q", tt.site, tt.host, got, tt.want)
			}
		})
	}
}

func TestSiteOwnerIsTheAuthor(t *testing.T) {
	tests := []struct{ name, url, head, header, want string }{
		{"personal blog without a byline", "https://www.janedoe.example/2024/03/harbour",
			`<meta property="og:site_name" content="Jane Doe">`, "", "Jane Doe"},
		{"German personal site", "https://max-mustermann.example/hafen",
			`<meta property="og:site_name" content="Max Mustermann">`, "", "Max Mustermann"},
		{"a byline names the guest writer", "https://www.janedoe.example/2024/03/harbour",
			`<meta property="og:site_name" content="Jane Doe">`, `<p class="byline">By John Roe</p>`, "John Roe"},
		{"metadata names the writer", "https://www.janedoe.example/2024/03/harbour",
			`<meta property="og:site_name" content="Jane Doe"><meta name="author" content="Erika Musterfrau">`, "", "Erika Musterfrau"},
		{"a newspaper is nobody's", "https://www.harbourgazette.example/2024/03/harbour",
			`<meta property="og:site_name" content="Harbour Gazette">`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, tt.header, articleBody), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}

// TestTitleOwnerIsTheAuthor checks hand-written personal pages that name
// no site in their metadata and credit their owner in brackets after the
// headline in <title>, in several languages: the owner is the author
// when the host holds the name. A name after a bar, a name the host does
// not hold, and a brand in brackets are no owner.
func TestTitleOwnerIsTheAuthor(t *testing.T) {
	tests := []struct{ name, url, head, want string }{
		{"English home page", "https://janedoe.example/harbour",
			`<title>The harbour park problem (Jane Doe)</title>`, "Jane Doe"},
		{"German home page", "https://www.max-mustermann.example/hafen/",
			`<title>Das Problem des Hafenparks (Max Mustermann)</title>`, "Max Mustermann"},
		{"French title, full-width brackets", "https://claire-dubois.example/port",
			`<title>Le problème du parc du port（Claire Dubois）</title>`, "Claire Dubois"},
		{"a name after a bar", "https://janedoe.example/harbour",
			`<title>The harbour park problem | Jane Doe</title>`, ""},
		{"the host does not hold the name", "https://notes.example/harbour",
			`<title>The harbour park problem (Jane Doe)</title>`, ""},
		{"a brand in brackets", "https://harbourgazette.example/harbour",
			`<title>The harbour park problem (Harbour Gazette)</title>`, ""},
		{"og:site_name names the site", "https://janedoe.example/harbour",
			`<title>The harbour park problem (Jane Doe)</title><meta property="og:site_name" content="Harbour Notes">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes(page(tt.head, "", articleBody), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Author != tt.want {
				t.Errorf("Author = %q, want %q", res.Author, tt.want)
			}
		})
	}
}
