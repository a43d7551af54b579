package extract

import (
	"strings"
	"testing"
	"time"
)

// Synthetic news pages in several languages, for the metadata that the
// header of an article gives: a headline, a header zone, three paragraphs.

// breadthBodies are three paragraphs of an article per language.
var breadthBodies = map[string][3]string{
	"en": {"The city council voted on Tuesday to expand the bus network across the northern districts, a plan that has been debated for more than three years and that residents say is long overdue.",
		"Under the proposal, twelve new routes will open next spring, and the frequency on the busiest lines will double during the morning and evening rush hours, according to the transport department.",
		"Critics argue that the cost of the expansion has been underestimated and that the money would be better spent on repairing the roads, many of which are in poor condition after the winter."},
	"de": {"Der Stadtrat hat am Dienstag beschlossen, das Busnetz in den nördlichen Bezirken auszubauen, ein Plan, über den seit mehr als drei Jahren gestritten wird und den die Anwohner für überfällig halten.",
		"Nach dem Vorschlag sollen im nächsten Frühjahr zwölf neue Linien eröffnet werden, und auf den meistgenutzten Strecken soll der Takt in den Stoßzeiten verdoppelt werden, teilte das Verkehrsamt mit.",
		"Kritiker halten die Kosten des Ausbaus für unterschätzt und meinen, das Geld wäre besser in die Reparatur der Straßen investiert, von denen viele nach dem Winter in schlechtem Zustand sind."},
	"fr": {"Le conseil municipal a voté mardi l'extension du réseau de bus dans les quartiers du nord, un projet débattu depuis plus de trois ans et que les habitants jugent attendu depuis longtemps.",
		"Selon la proposition, douze nouvelles lignes ouvriront au printemps prochain, et la fréquence sur les lignes les plus fréquentées doublera aux heures de pointe, a indiqué le service des transports.",
		"Les critiques estiment que le coût de l'extension a été sous-estimé et que l'argent serait mieux employé à réparer les routes, dont beaucoup sont en mauvais état après l'hiver."},
	"es": {"El ayuntamiento votó el martes la ampliación de la red de autobuses en los distritos del norte, un plan que se debate desde hace más de tres años y que los vecinos consideran muy necesario.",
		"Según la propuesta, doce nuevas líneas abrirán la próxima primavera y la frecuencia en las líneas más concurridas se duplicará en las horas punta, según el departamento de transportes.",
		"Los críticos sostienen que el coste de la ampliación se ha subestimado y que el dinero estaría mejor invertido en reparar las calles, muchas de las cuales están en mal estado tras el invierno."},
	"ru": {"Городской совет во вторник проголосовал за расширение автобусной сети в северных районах: этот план обсуждается уже более трёх лет, и жители считают, что его давно пора было принять.",
		"Согласно предложению, следующей весной откроются двенадцать новых маршрутов, а на самых загруженных линиях интервалы в часы пик сократятся вдвое, сообщили в транспортном департаменте.",
		"Критики считают, что стоимость расширения занижена и что деньги лучше было бы потратить на ремонт дорог, многие из которых после зимы находятся в плохом состоянии."},
}

// breadthHeadlines are the articles' headlines.
var breadthHeadlines = map[string]string{"en": "Council backs bus network expansion", "de": "Stadtrat stimmt Ausbau des Busnetzes zu",
	"fr": "Le conseil approuve l'extension du réseau de bus", "es": "El ayuntamiento aprueba ampliar la red de autobuses",
	"ru": "Совет одобрил расширение автобусной сети"}

// breadthPage is a news page in language lang: head goes into <head>,
// header under the headline h1 (none when h1 is ""), and title is the
// <title>.
func breadthPage(lang, title, head, h1, header string) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + `</title>` + head + `</head><body>`)
	b.WriteString(`<header class="site-header"><a href="/">Daily Courier</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>`)
	b.WriteString(`<main><article><header class="article-header">`)
	if h1 != "" {
		b.WriteString("<h1>" + h1 + "</h1>")
	}
	b.WriteString(header + `</header><div class="article-body">`)
	for _, p := range breadthBodies[lang] {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</div></article></main><aside><h3>Most read</h3><ul><li><a href="/a">Storm closes schools</a></li><li><a href="/b">Mayor resigns</a></li></ul></aside><footer>© 2021 Daily Courier</footer></body></html>`)
	return []byte(b.String())
}

// A date that the header stamps on an element marked as a date (a <time>,
// a class naming a date) as a Unix time in a data attribute, in seconds
// or milliseconds, is the article's date to the second, whether the
// element prints the day, an age ("3 hours ago") or nothing; a data
// attribute of another date (the server's clock) is none, and neither is
// the attribute of an element marked as no date.
func TestEpochAttributeDate(t *testing.T) {
	tests := []struct {
		lang, header, want string
	}{
		{"en", `<div class="meta"><span class="date" data-timestamp="1615800600">March 15, 2021</span></div>`, "2021-03-15T09:30:00Z"},
		{"de", `<div class="meta"><time data-time="1615800600000">vor 3 Tagen</time></div>`, "2021-03-15T09:30:00Z"},
		{"fr", `<div class="meta"><span class="published" data-published="1615800600"></span><span>il y a 3 jours</span></div>`, "2021-03-15T09:30:00Z"},
		{"es", `<p class="meta"><abbr class="timestamp" data-utime="1615800600">hace 3 días</abbr></p>`, "2021-03-15T09:30:00Z"},
		{"ru", `<div class="info"><span class="relative-date" data-timestamp=1615800600>3 дня назад</span></div>`, "2021-03-15T09:30:00Z"},
		{"en", `<div class="meta"><time datetime="2021-03-14T08:00:00Z" data-time="1615800600">March 14</time></div>`, "2021-03-14T08:00:00Z"},
		{"en", `<div class="meta"><span class="date" data-server-time="1615800600"></span></div>`, ""},
		{"en", `<div class="meta"><span data-timestamp="1615800600">3 hours ago</span></div>`, ""},
		{"de", `<div class="meta"><time data-timestamped="1" data-time='1615800600'>vor 3 Tagen</time></div>`, "2021-03-15T09:30:00Z"},
		{"de", `<div class="meta"><span data-timestamp="16158006">vor 3 Tagen</span></div>`, ""},
	}
	for _, tt := range tests {
		h := breadthHeadlines[tt.lang]
		res, err := FromBytes(breadthPage(tt.lang, h, "", h, tt.header), Options{URL: "https://courier.example/news/council-bus"})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if !res.Date.IsZero() {
			got = res.Date.Format(time.RFC3339)
		}
		if got != tt.want {
			t.Errorf("%s %s: Date = %q, want %q", tt.lang, tt.header, got, tt.want)
		}
	}
}

// The text of the element marked itemprop=headline is the title when the
// page's metadata gives none but the site's name, and no h1 prints the
// headline; teasers whose headlines differ give none.
func TestItempropHeadlineText(t *testing.T) {
	tests := []struct {
		lang, header, want string
	}{
		{"en", `<h2 itemprop="headline">Council backs bus network expansion</h2>`, "Council backs bus network expansion"},
		{"de", `<div class="title" itemprop="headline">Stadtrat stimmt Ausbau des Busnetzes zu</div>`, "Stadtrat stimmt Ausbau des Busnetzes zu"},
		{"fr", `<div itemprop="headline"><span>Le conseil approuve</span> <span>l'extension du réseau de bus</span></div>`, "Le conseil approuve l'extension du réseau de bus"},
		{"es", `<p class="kicker">Movilidad</p><h2 class="entry-title" itemprop="headline">El ayuntamiento aprueba ampliar la red de autobuses</h2>`, "El ayuntamiento aprueba ampliar la red de autobuses"},
		{"ru", `<h2 itemprop="headline">Совет одобрил расширение автобусной сети</h2>`, "Совет одобрил расширение автобусной сети"},
		{"en", `<ul><li><h3 itemprop="headline">Storm closes schools</h3></li><li><h3 itemprop="headline">Mayor resigns after vote</h3></li></ul>`, "Daily Courier"},
	}
	for _, tt := range tests {
		res, err := FromBytes(breadthPage(tt.lang, "Daily Courier", "", "", tt.header), Options{URL: "https://courier.example/news/council-bus"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != tt.want {
			t.Errorf("%s %s: Title = %q, want %q", tt.lang, tt.header, res.Title, tt.want)
		}
	}
}
