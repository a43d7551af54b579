package extract

import "testing"

// TestDropStatusMessages checks that the short messages a shop's scripts
// show in live regions (role="alert", role="status": cart and wish-list
// errors, the count of loaded results) are dropped, in several
// languages, and that a heading in a live region, a long note boxed as an
// alert and a role that only starts like one stay.
func TestDropStatusMessages(t *testing.T) {
	const (
		desc1 = "Brewed from single origin beans, this cold brew concentrate keeps for four weeks in the fridge once opened."
		desc2 = "Mix one part of it with three parts of water or milk, pour it over ice and sweeten it to your taste."
	)
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"cart and list errors, English",
			productWithRow("en", "Cold brew concentrate, 1 l", "$24.00", desc1, desc2,
				`<div class="a-box a-alert a-alert-error" role="alert"><div class="a-alert-content">Sorry, there was a problem loading this page. Try again.</div></div>`+
					`<div class="a-alert-inline a-alert-inline-error" role="alert"><p>Unable to add item to List. Please try again.</p></div>`, ""),
			[]string{"$24.00", "single origin beans"}, []string{"problem loading this page", "Unable to add item"}},
		{"cart status, German",
			productWithRow("de", "Kaltgebrühter Kaffee, 1 l", "24,00 €",
				"Aus sortenreinen Bohnen gebrüht, hält sich dieses Konzentrat nach dem Öffnen vier Wochen im Kühlschrank.",
				"Mischen Sie einen Teil mit drei Teilen Wasser oder Milch, gießen Sie es über Eis und süßen Sie nach Geschmack.",
				`<div class="cart-message" role="status"><p>Der Artikel wurde in den Warenkorb gelegt.</p></div>`, ""),
			[]string{"24,00 €", "sortenreinen Bohnen"}, []string{"in den Warenkorb gelegt"}},
		{"result count, French",
			productWithRow("fr", "Café infusé à froid, 1 l", "24,00 €",
				"Infusé à partir de grains d'une seule origine, ce concentré se garde quatre semaines au réfrigérateur.",
				"Mélangez une part avec trois parts d'eau ou de lait, versez sur des glaçons et sucrez selon votre goût.",
				`<div role=" Status "><p>Chargement de 12 avis terminé</p></div>`, ""),
			[]string{"24,00 €", "une seule origine"}, []string{"Chargement de 12 avis"}},
		{"a heading in a live region stays",
			productWithRow("en", "Cold brew concentrate, 1 l", "$24.00", desc1, desc2,
				`<section><h2 role="status">Brewing notes from the roastery</h2><p>We steep the grounds for twenty hours at cellar temperature and filter them twice through paper before bottling.</p></section>`, ""),
			[]string{"Brewing notes from the roastery", "twenty hours at cellar temperature"}, nil},
		{"a long note boxed as an alert stays",
			productWithRow("en", "Cold brew concentrate, 1 l", "$24.00", desc1, desc2,
				`<div class="alert alert-info" role="alert"><p>Note: the concentrate is much stronger than brewed coffee, so never drink it undiluted and keep it out of the reach of children.</p></div>`, ""),
			[]string{"never drink it undiluted"}, nil},
		{"a role that is no live region's stays",
			productWithRow("en", "Cold brew concentrate, 1 l", "$24.00", desc1, desc2,
				`<div role="statusbar"><p>Roasted in Portland, Oregon.</p></div>`, ""),
			[]string{"Roasted in Portland, Oregon."}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProductText(t, tt.page, tt.want, tt.unwanted)
		})
	}
}

// TestDropStatusMessagesArticle checks that an article drops a short
// status message and keeps its text.
func TestDropStatusMessagesArticle(t *testing.T) {
	body := `<p>The council voted on Tuesday to fund a two-year study of the harbour park plan, ending months of debate over the waterfront.</p>` +
		`<div class="live-updates" role="status"><p>Two new updates are loaded below.</p></div>` +
		`<p>The study will weigh flood defences, public access and the cost of moving the ferry terminal, and report back next spring.</p>`
	res, err := FromBytes(page("", "", body), Options{URL: "https://news.example/2024/harbour"})
	if err != nil {
		t.Fatal(err)
	}
	checkHolds(t, res.Text, []string{"two-year study", "flood defences"}, []string{"new updates are loaded"})
}
