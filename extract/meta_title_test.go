package extract

import (
	"strings"
	"testing"
)

// articleBody is enough prose for the page to have a main text.
const articleBody = `<p>The council met on Tuesday evening to discuss the plan for the old harbour, which has stood empty for a decade and which residents want turned into a park with a market.</p>
<p>After three hours of debate the members agreed to commission a study of the costs, to be presented in the spring, and to hold a public meeting before any decision is made.</p>`

func TestTitleFromHeadline(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"h1 beats a title written for search engines",
			`<title>Harbour park plan: costs, dates, what to know | Gazette</title><meta property="og:title" content="Harbour park plan: costs, dates, what to know">
<body><article><h1>Council agrees to study harbour park plan</h1>` + articleBody + `</article></body>`,
			"Council agrees to study harbour park plan"},
		{"h1 without the kicker the title adds",
			`<meta property="og:title" content="Stadtrat: Hafenpark wird geprüft">
<body><article><h1>Hafenpark wird geprüft</h1>` + articleBody + `</article></body>`,
			"Hafenpark wird geprüft"},
		{"site logo h1 skipped",
			`<meta property="og:site_name" content="Le Petit Journal"><meta property="og:title" content="Le conseil étudie le projet du port">
<body><header><h1><a href="/">Le Petit Journal</a></h1></header><article><h1>Le conseil étudie le projet du port</h1>` + articleBody + `</article></body>`,
			"Le conseil étudie le projet du port"},
		{"breadcrumb h1 skipped",
			`<meta property="og:title" content="El consejo estudia el parque del puerto">
<body><nav class="breadcrumb"><ol><li><h1>Noticias: el parque del puerto</h1></li></ol></nav><article><h2>El consejo estudia el parque del puerto</h2>` + articleBody + `</article></body>`,
			"El consejo estudia el parque del puerto"},
		{"section label h1 sharing nothing with the title skipped",
			`<meta property="og:title" content="Council agrees to study harbour park plan">
<body><h1>Blog</h1><article>` + articleBody + `</article></body>`,
			"Council agrees to study harbour park plan"},
		{"h1 in a script without spaces",
			`<title>港の公園計画を検討｜港町新聞</title>
<body><article><h1>港の公園計画を検討</h1>` + articleBody + `</article></body>`,
			"港の公園計画を検討"},
		{"h1 that copies the title keeps no site name",
			`<title>Council agrees to study harbour park plan | News Example</title>
<body><article><h1>Council agrees to study harbour park plan | News Example</h1>` + articleBody + `</article></body>`,
			"Council agrees to study harbour park plan"},
		{"h1 without the site name in German",
			`<meta property="og:site_name" content="Hafenblatt"><meta property="og:title" content="Stadtrat prüft den Hafenpark – Hafenblatt">
<body><article><h1>Stadtrat prüft den Hafenpark – Hafenblatt</h1>` + articleBody + `</article></body>`,
			"Stadtrat prüft den Hafenpark"},
		{"h1 without the section a bar adds",
			`<body><article><h1>Le conseil étudie le projet du port | Opinion</h1>` + articleBody + `</article></body>`,
			"Le conseil étudie le projet du port"},
		{"h1 keeps a kicker before the bar",
			`<body><article><h1>Meinung | Der Hafenpark muss warten</h1>` + articleBody + `</article></body>`,
			"Meinung | Der Hafenpark muss warten"},
		{"h1 without the label forum software prints before the thread's title",
			`<meta name="twitter:title" content="What should I look for in a web host?">
<body><article><h1>Thread: What should I look for in a web host?</h1>` + articleBody + `</article></body>`,
			"What should I look for in a web host?"},
		{"h1 without an archive's label glued to the title",
			`<meta property="og:title" content="Mélange de modèles sous contraintes géométriques">
<body><article><h1>Titre:Mélange de modèles sous contraintes géométriques</h1>` + articleBody + `</article></body>`,
			"Mélange de modèles sous contraintes géométriques"},
		{"h1 keeps a kicker the metadata keeps too",
			`<meta property="og:title" content="Analyse: Der Hafenpark muss warten">
<body><article><h1>Analyse: Der Hafenpark muss warten</h1>` + articleBody + `</article></body>`,
			"Analyse: Der Hafenpark muss warten"},
		{"title without the site name after a full-width bar",
			`<title>港の公園計画を検討へ｜港町新聞</title><meta property="og:site_name" content="港町新聞">
<body><article>` + articleBody + `</article></body>`,
			"港の公園計画を検討へ"},
		{"h1 without the subtitle on a line of its own",
			`<meta property="og:title" content="Council agrees to study harbour park plan">
<body><article><h1>Council agrees to study harbour park plan<br><small>The vote came after three hours of debate</small></h1>` + articleBody + `</article></body>`,
			"Council agrees to study harbour park plan"},
		{"h1 without the kicker line above the headline",
			`<meta property="og:title" content="Stadtrat prüft den Hafenpark">
<body><article><h1><span class="kicker">Streit um das Hafengelände</span><br>Stadtrat prüft den Hafenpark</h1>` + articleBody + `</article></body>`,
			"Stadtrat prüft den Hafenpark"},
		{"h1 without the date line, the title without the site",
			`<meta property="og:site_name" content="Le Petit Journal"><title>Le conseil étudie le projet du port - Le Petit Journal</title>
<body><article><h1>Le conseil étudie le projet du port<br><span>15 mars 2017</span></h1>` + articleBody + `</article></body>`,
			"Le conseil étudie le projet du port"},
		{"h1 broken for layout stays whole",
			`<meta property="og:title" content="Council agrees to study harbour park plan">
<body><article><h1>Council agrees<br>to study harbour park plan</h1>` + articleBody + `</article></body>`,
			"Council agrees to study harbour park plan"},
		{"h1 alone",
			`<body><article><h1>Council agrees to study harbour park plan</h1>` + articleBody + `</article></body>`,
			"Council agrees to study harbour park plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte("<!DOCTYPE html><html><head>"+tt.page+"</html>"), Options{URL: "https://news.example/2024/harbour"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
			if strings.Contains(res.Text, tt.want) {
				t.Errorf("the headline stays in the text:\n%s", res.Text)
			}
		})
	}
}

func TestTitleOverlap(t *testing.T) {
	tests := []struct {
		h, title string
		want     float64
	}{
		{"Hafenpark wird geprüft", "Stadtrat: Hafenpark wird geprüft", 1},
		{"港の公園計画を検討", "港の公園計画を検討｜港町新聞", 1},
		{"Blog", "Council agrees to study harbour park plan", 0},
		{"Council agrees to a park", "Council studies the harbour park plan", 0.4},
		{"Park", "", 0},
		{"!!!", "Park", 0},
	}
	for _, tt := range tests {
		if got := titleOverlap(tt.h, tt.title); got != tt.want {
			t.Errorf("titleOverlap(%q, %q) = %v, want %v", tt.h, tt.title, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(10, func() { titleOverlap("Council agrees to a park", "Council studies the harbour park plan") }); n != 0 {
		t.Errorf("titleOverlap allocates %v times", n)
	}
}

func TestCutTitleTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Best Movers in NYC 2025 | Top 19 Companies", "Best Movers in NYC 2025"},
		{"Gym Workouts for Beginners — Strength Training", "Gym Workouts for Beginners"},
		{"Electrical - Overview | Occupational Safety and Health Agency", "Electrical - Overview"},
		{"Opinion | Enough platitudes", "Opinion | Enough platitudes"},
		{"Headline | a tail far too long to be a section or a site name here", "Headline | a tail far too long to be a section or a site name here"},
		{"Plain headline", "Plain headline"},
		{"港の公園計画を検討へ｜港町新聞", "港の公園計画を検討へ"},
		{"市议会批准新港口公园计划｜港城日报", "市议会批准新港口公园计划"},
		{"速報｜市議会、長い議論の末に新しい港湾公園を承認", "速報｜市議会、長い議論の末に新しい港湾公園を承認"},
	}
	for _, tt := range tests {
		if got := cutTitleTail(tt.in); got != tt.want {
			t.Errorf("cutTitleTail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadlineNamingTheSite(t *testing.T) {
	tests := []struct {
		name, url, page, want string
	}{
		{"a headline that names the brand is no logo",
			"https://www.harbourgazette.com/news/park-vote",
			`<meta property="og:title" content="Park plan: readers vote yes | Harbour Gazette">
<body><header><h1>Harbour Gazette</h1></header><article><h1>Harbour Gazette readers back the park plan</h1>` + articleBody + `</article></body>`,
			"Harbour Gazette readers back the park plan"},
		{"in German",
			"https://www.hafenblatt.de/lokales/hafenpark",
			`<meta property="og:title" content="Umfrage zum Park: Leser wollen ihn | Hafenblatt">
<body><article><h1>Hafenblatt-Leser wollen den Park</h1>` + articleBody + `</article></body>`,
			"Hafenblatt-Leser wollen den Park"},
		{"in French",
			"https://www.gazetteduport.fr/actu/parc",
			`<meta property="og:title" content="Parc du port : oui au parc, disent les lecteurs - Gazette du Port">
<body><article><h1>Gazette du Port : oui au parc</h1>` + articleBody + `</article></body>`,
			"Gazette du Port : oui au parc"},
		{"a short logo that holds the host's label stays a logo",
			"https://www.harbourgazette.com/news/park-vote",
			`<meta property="og:title" content="Readers back the park plan">
<body><header><h1>Harbour Gazette Online</h1></header><article>` + articleBody + `</article></body>`,
			"Readers back the park plan"},
		{"<title> without the section that opens it, when the URL names the section",
			"https://www.harbourgazette.com/news/2015/park-vote",
			`<title>Local News | Readers back the harbour park plan | Harbour Gazette</title>
<body><article>` + articleBody + `</article></body>`,
			"Readers back the harbour park plan"},
		{"a logo that shares only the site's name with the title is no headline",
			"https://www.harbourgazette.com/news/park-vote",
			`<title>Readers back the park plan | Harbour Gazette</title>
<body><header><h1><a href="/">Gazette of Harbour Town</a></h1></header><article><h2>Readers back the park plan</h2>` + articleBody + `</article></body>`,
			"Readers back the park plan"},
		{"a logo the host holds whole stays a logo",
			"https://www.bestharbourtownawards.com/news/park-vote",
			`<meta property="og:title" content="Readers back the park plan">
<body><header><h1>Best Harbour Town Awards</h1></header><article>` + articleBody + `</article></body>`,
			"Readers back the park plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte("<!DOCTYPE html><html><head>"+tt.page+"</html>"), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}
