package extract

import (
	"strings"
	"testing"
)

// resourceServicePage is a service page in language lang with the
// sections of its service and, at its end, the section tail (a resource
// library's teasers) before the section after.
func resourceServicePage(lang, title, lead, tail, after string) string {
	var features strings.Builder
	for _, f := range []string{"Data strategy", "Data platforms", "Analytics and AI"} {
		features.WriteString(`<section class="feature"><h3>` + f + `</h3><p>` + lead + `</p></section>`)
	}
	page := synthPage(`<title>`+title+`</title><meta property="og:type" content="website">`,
		`<section class="hero"><h1>`+title+`</h1><p>`+lead+`</p></section>`+
			`<section class="features">`+features.String()+`</section>`+tail+after)
	return strings.Replace(page, `lang="en"`, `lang="`+lang+`"`, 1)
}

// teaser renders a resource card: its label, linked title and blurb.
func teaser(label, title, blurb string) string {
	return `<div class="card"><p class="card-label">` + label + `</p><h3><a href="/insights/x">` + title + `</a></h3><p>` + blurb + `</p></div>`
}

// TestDropResourceTeasers checks that a service page drops the teasers of
// its resource library (each under a label such as "Blog" or "Case
// study") and the heading above them, in several languages, and keeps
// its own sections, what follows the teasers, and a run of fewer than
// three labelled teasers.
func TestDropResourceTeasers(t *testing.T) {
	const (
		lead  = "We help retailers and insurers turn the data they already hold into decisions their teams can trust every day."
		after = `<section><h2>Our team</h2><p>Our consultants have built data platforms for banks, airlines and hospitals on three continents.</p></section>`
	)
	en := `<section class="insights"><h2>Latest insights</h2>` +
		teaser("Blog", "How to deliver your data strategy", "Five steps that take a strategy from slides to running systems.") +
		teaser("Case study", "A retailer cuts inventory costs by a third", "Dashboards that showed each store what it really sells.") +
		teaser("Whitepaper", "Crafting an AI strategy for the enterprise", "A maturity model and a framework for the first year.") + `</section>`
	de := `<section class="insights"><h2>Aktuelle Beiträge</h2>` +
		teaser("Fallstudie", "Ein Versicherer halbiert seine Bearbeitungszeit", "Wie Schadensmeldungen in Minuten statt Tagen geprüft werden.") +
		teaser("Leitfaden", "Datenstrategie in fünf Schritten", "Von der Bestandsaufnahme bis zum laufenden Betrieb.") +
		teaser("Blog", "Was Datenqualität wirklich kostet", "Warum schlechte Daten teurer sind als ihre Pflege.") + `</section>`
	deLead := "Wir helfen Händlern und Versicherern, aus ihren vorhandenen Daten Entscheidungen zu machen, denen ihre Teams jeden Tag vertrauen."
	two := `<section class="insights"><h2>Latest insights</h2>` +
		teaser("Blog", "How to deliver your data strategy", "Five steps that take a strategy from slides to running systems.") +
		teaser("Case study", "A retailer cuts inventory costs by a third", "Dashboards that showed each store what it really sells.") + `</section>`
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"library teasers, English", resourceServicePage("en", "Data and analytics services", lead, en, after),
			[]string{"Data platforms", "Our team", "on three continents"},
			[]string{"Latest insights", "Case study", "How to deliver your data strategy", "A maturity model", "Whitepaper"}},
		{"library teasers, German", resourceServicePage("de", "Daten- und Analyseberatung", deLead, de, ""),
			[]string{"Analytics and AI", "Entscheidungen zu machen"},
			[]string{"Aktuelle Beiträge", "Fallstudie", "halbiert seine Bearbeitungszeit", "Warum schlechte Daten"}},
		{"two teasers stay", resourceServicePage("en", "Data and analytics services", lead, two, after),
			[]string{"How to deliver your data strategy", "A retailer cuts inventory costs", "Our team"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: "https://consulting.example/services/data", reading: PageService})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.unwanted)
		})
	}
}
