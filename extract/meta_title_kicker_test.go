package extract

import "testing"

// TestTitleWithoutKicker checks headlines whose element sets a kicker (a
// topic or label shown above the headline) in a span that its class
// names, as news sites do in several languages: the title is the rest of
// the heading, though og:title and <title> give both. A kicker class
// outside a heading marks nothing, and a heading that is all kicker
// stays whole.
func TestTitleWithoutKicker(t *testing.T) {
	tests := []struct {
		name, lang, head, heading, body, want string
	}{
		{"German, screen-reader colon", "de", `<meta property="og:title" content="Genetik: Das Geheimnis der Riesenblumen">`,
			`<h2><span class="content__kicker">Genetik</span><span class="sr-only">: </span><span class="content__title">Das Geheimnis der Riesenblumen</span></h2>`,
			bodyDE, "Das Geheimnis der Riesenblumen"},
		{"German h1 with Dachzeile", "de", `<title>Hafen: Stadtrat prüft den Hafenpark | Hafenblatt</title>`,
			`<h1><span class="dachzeile">Hafen</span> <span class="headline">Stadtrat prüft den Hafenpark</span></h1>`,
			bodyDE, "Stadtrat prüft den Hafenpark"},
		{"English eyebrow", "en", `<meta property="og:title" content="Exclusive: Council agrees to study harbour park plan">`,
			`<h1 class="headline"><span class="headline__eyebrow">Exclusive</span> Council agrees to study harbour park plan</h1>`,
			articleBody, "Council agrees to study harbour park plan"},
		{"French overline", "fr", `<meta property="og:title" content="Port - Le conseil étudie le projet du parc">`,
			`<h1><span class="title-overline">Port</span> - Le conseil étudie le projet du parc</h1>`,
			bodyFR, "Le conseil étudie le projet du parc"},
		{"Spanish kicker", "es", `<meta property="og:title" content="Ciudad | El consejo estudia el parque del puerto">`,
			`<h1><span class="kicker">Ciudad</span> | El consejo estudia el parque del puerto</h1>`,
			bodyES, "El consejo estudia el parque del puerto"},
		{"kicker outside the heading", "en", `<meta property="og:title" content="Exclusive Council agrees to study harbour park plan">`,
			`<p class="kicker">Exclusive</p><h1>Exclusive Council agrees to study harbour park plan</h1>`,
			articleBody, "Exclusive Council agrees to study harbour park plan"},
		{"heading all kicker", "en", `<meta property="og:title" content="Harbour park">`,
			`<h1><span class="kicker">Harbour park</span></h1>`,
			articleBody, "Harbour park"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(`<!DOCTYPE html><html lang="` + tt.lang + `"><head>` + tt.head + `</head><body><nav><ul><li><a href="/">Home</a></li></ul></nav><article>` +
				tt.heading + tt.body + `</article></body></html>`)
			res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
			if err != nil {
				t.Fatal(err)
			}
			if res.Title != tt.want {
				t.Errorf("Title = %q, want %q", res.Title, tt.want)
			}
		})
	}
}

// TestTitleHeadingOverBreadcrumb checks a page whose breadcrumb ends in an
// h1 that copies <title> before the article's heading that prints
// og:title with a kicker: the heading that prints og:title is the
// headline, and its kicker goes.
func TestTitleHeadingOverBreadcrumb(t *testing.T) {
	raw := []byte(`<!DOCTYPE html><html lang="en"><head><title>Harbour: Park plan goes to study - Harbour Gazette</title>` +
		`<meta property="og:title" content="Harbour: Council agrees to study harbour park plan"></head><body>` +
		`<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><h1>Harbour: Park plan goes to study</h1></li></ol>` +
		`<article><h2><span class="kicker">Harbour</span><span class="sr-only">: </span>Council agrees to study harbour park plan</h2>` + articleBody + `</article></body></html>`)
	res, err := FromBytes(raw, Options{URL: "https://gazette.example/news/harbour-park"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Council agrees to study harbour park plan"; res.Title != want {
		t.Errorf("Title = %q, want %q", res.Title, want)
	}
}

// Prose in German, French and Spanish for the title tests' pages.
const (
	bodyDE = `<p>Der Stadtrat hat am Dienstagabend über den Plan für den alten Hafen beraten, der seit zehn Jahren leer steht und den die Anwohner in einen Park mit einem Markt verwandeln wollen.</p>
<p>Nach drei Stunden Debatte beschlossen die Mitglieder, eine Studie über die Kosten in Auftrag zu geben, die im Frühjahr vorgelegt werden soll.</p>`
	bodyFR = `<p>Le conseil municipal s'est réuni mardi soir pour discuter du projet pour le vieux port, qui est vide depuis dix ans et que les habitants veulent transformer en parc avec un marché.</p>
<p>Après trois heures de débat, les membres ont décidé de commander une étude des coûts, qui sera présentée au printemps.</p>`
	bodyES = `<p>El consejo municipal se reunió el martes por la noche para discutir el plan para el viejo puerto, que lleva diez años vacío y que los vecinos quieren convertir en un parque con un mercado.</p>
<p>Tras tres horas de debate, los miembros acordaron encargar un estudio de los costes, que se presentará en primavera.</p>`
)
