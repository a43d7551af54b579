package extract

import (
	"strings"
	"testing"
)

// TestDropCallBoxes: the box a publisher sets under or into an article
// to ask for a donation, a membership or a sign-up (a heading, a sentence
// or two, and a lone button or link) is dropped on the article reading,
// in any language; the article's own sections, a box above the body,
// a round-up's cards that each end on the same link, and the boxes of an
// undated page (a service's page read as an article) are kept.
func TestDropCallBoxes(t *testing.T) {
	body := func(lang string) string {
		paras := map[string][]string{
			"de": {
				"Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den Fluss bis zum Herbst vollständig zu sanieren, nachdem Gutachter im Frühjahr tiefe Risse in zwei Pfeilern gefunden hatten.",
				"Während der Bauarbeiten wird der Verkehr über eine provisorische Fahrbahn geleitet, die neben der Brücke errichtet wird. Fußgänger und Radfahrer können die Brücke weiterhin auf einem abgesperrten Streifen überqueren.",
				"Die Kosten von rund vier Millionen Euro teilen sich Stadt und Land. Die Opposition kritisierte, dass die Schäden seit Jahren bekannt gewesen seien und die Sanierung viel zu spät komme.",
				"Anwohner hatten schon vor drei Jahren Unterschriften gesammelt und eine Sperrung für Lastwagen verlangt. Damals hieß es aus dem Rathaus, die Brücke sei noch mindestens zehn Jahre sicher befahrbar.",
			},
			"es": {
				"El ayuntamiento aprobó el martes un plan para renovar el mercado central, un edificio de hierro y vidrio construido a principios del siglo pasado que llevaba años esperando una reforma.",
				"Durante las obras, los puestos se trasladarán a una carpa instalada en la plaza vecina, donde los comerciantes podrán seguir atendiendo a sus clientes con el mismo horario de siempre.",
				"La reforma costará unos tres millones de euros y deberá terminar antes del verano próximo, según el calendario que presentó la concejala de urbanismo ante el pleno municipal.",
				"Los vecinos del barrio llevaban tiempo reclamando mejoras en la accesibilidad del edificio, que carece de ascensores y rampas, y celebraron que el proyecto incluya por fin ambas cosas.",
			},
			"en": {
				"The county board voted on Tuesday to rebuild the old library on Main Street, a brick building from the 1920s whose roof has leaked into the reading room for most of the last decade.",
				"While the work goes on, the library will lend books from a storefront two blocks away, and the children's story hour will move to the community centre on the same mornings as before.",
				"The project will cost about six million dollars, shared between the county and a state grant, and the board expects the new building to open its doors by the end of next year.",
				"Residents had asked for a new building for years, and a petition last spring gathered more than four thousand names. The board's chair said the vote was the easiest she had cast in her time on it.",
			},
		}[lang]
		var b strings.Builder
		for _, p := range paras {
			b.WriteString("<p>" + p + "</p>")
		}
		return b.String()
	}
	undated := func(lang, inner string) string {
		return `<html lang="` + lang + `"><head><title>Report</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
			`<article><h1>Report</h1>` + inner + `</article><footer><p>© 2024 The Paper</p></footer></body></html>`
	}
	page := func(lang, inner string) string {
		return strings.Replace(undated(lang, inner), "</title>", `</title><meta property="article:published_time" content="2024-03-05T10:00:00Z">`, 1)
	}
	donation := `<div class="box"><h2>Helfen Sie mit!</h2><p>Jede kleine Spende hilft unserer Arbeit vor Ort weiter.</p><a href="/spenden">Jetzt spenden</a></div>`
	member := `<div class="nota"><h2>Un público informado decide mejor</h2><p>Hacemos periodismo desde hace cien años. Apoya nuestro trabajo.</p><a href="/miembros">Hazte miembro ahora</a></div>`
	letter := `<section><h3>Get our weekly letter</h3><p>The best of our reporting, straight to your inbox every Friday.</p><a href="/letters">Sign up</a></section>`
	card := func(name string) string {
		return `<div class="pick"><h3>` + name + `</h3><p>A sturdy pick that held up through a month of daily use without a fault.</p><a href="https://shop.example/` + name + `">Buy now</a></div>`
	}
	tests := []struct {
		name       string
		page       string
		dropped    []string
		notDropped []string
	}{
		{"donation box in the body (de)", page("de", body("de")[:strings.Index(body("de"), "<p>Die Kosten")]+donation+`<p>Die Kosten von rund vier Millionen Euro teilen sich Stadt und Land. Die Opposition kritisierte, dass die Schäden seit Jahren bekannt gewesen seien.</p>`),
			[]string{"Jede kleine Spende"}, []string{"Der Stadtrat", "Die Kosten"}},
		{"membership box after the body (es)", page("es", body("es")+member),
			[]string{"Hacemos periodismo", "Un público informado"}, []string{"El ayuntamiento", "La reforma"}},
		{"newsletter box after the body (en)", page("en", body("en")+letter),
			[]string{"The best of our reporting", "Get our weekly letter"}, []string{"The county board", "The project will cost"}},
		{"undated page: a service's offer", undated("en", body("en")+letter),
			nil, []string{"The best of our reporting", "The county board"}},
		{"box above the body", page("en", letter+body("en")),
			nil, []string{"The best of our reporting", "The county board"}},
		{"round-up cards", page("en", body("en")+card("Alpha")+card("Beta")+card("Gamma")),
			nil, []string{"A sturdy pick", "The county board"}},
	}
	for _, tt := range tests {
		res, err := FromBytes([]byte(tt.page), Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		for _, d := range tt.dropped {
			if strings.Contains(res.Text, d) {
				t.Errorf("%s: %q kept; want it dropped\n%s", tt.name, d, res.Text)
			}
		}
		for _, k := range tt.notDropped {
			if !strings.Contains(res.Text, k) {
				t.Errorf("%s: %q dropped; want it kept\n%s", tt.name, k, res.Text)
			}
		}
	}
}
