package extract

import "testing"

// TestDropStateData checks that a product's page drops the state its
// scripts read, printed as JSON into an element that only the site's
// own style sheet hides, and keeps a line that merely opens with a brace.
func TestDropStateData(t *testing.T) {
	state := `<div class="a-section x-hidden buying-options-price-data">{"buybox_group_1":[{"displayPrice":"EUR 15.49","priceAmount":15.49,"currencySymbol":"EUR","offerListingId":"abc123"}]}</div>`
	tests := []struct {
		name, page string
		want       []string
		unwanted   []string
	}{
		{"price state in the buy box",
			productWithRow("en", "Hardcover habit book", "$13.79",
				"A practical guide to building good habits and breaking bad ones, with small changes that add up to remarkable results over a year.",
				"Each chapter ends with a short list of steps that a reader can try the next morning, from making a cue obvious to making a reward satisfying.", state, ""),
			[]string{"$13.79", "practical guide to building good habits"}, []string{"displayPrice", "buybox_group_1"}},
		{"German page, a list of offers",
			productWithRow("de", "Gebundenes Buch über Gewohnheiten", "15,49 €",
				"Ein praktischer Leitfaden, um gute Gewohnheiten aufzubauen und schlechte abzulegen, mit kleinen Schritten, die sich über ein Jahr summieren.",
				"Jedes Kapitel endet mit einer kurzen Liste von Schritten, die man gleich am nächsten Morgen ausprobieren kann.",
				`<div class="offers-state hide">[{"seller":"Buchladen","price":15.49,"currency":"EUR"},{"seller":"Antiquariat","price":9.9,"currency":"EUR"}]</div>`, ""),
			[]string{"15,49 €", "praktischer Leitfaden"}, []string{"Antiquariat"}},
		{"a line that opens with a brace is not state",
			productWithRow("en", "Bracket shelf", "$24.00",
				"A steel bracket shelf for the kitchen wall that holds jars, cups and a small plant, and mounts with two screws into wood or plugs in stone.",
				`{"Ideal": "a pantry"} is how one buyer put it: the shelf is deep enough for spice jars and narrow enough for a hallway.`, "", ""),
			[]string{"$24.00", `{"Ideal": "a pantry"} is how one buyer put it`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkProductText(t, tt.page, tt.want, tt.unwanted)
		})
	}
}
