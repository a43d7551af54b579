package extract

import "testing"

// TestDropFitVerdicts checks that a product's page drops the lines of a
// fit widget that tells what the reviews say of the size, and keeps the
// maker's own fit note and the size chart's rows.
func TestDropFitVerdicts(t *testing.T) {
	const (
		desc1 = "Knitted from a soft merino blend, this crew neck sweater keeps you warm on cold mornings without the bulk of a heavy wool jumper."
		desc2 = "Ribbed cuffs and hem hold their shape wash after wash, and the relaxed body layers easily over a shirt or under a coat."
	)
	tests := []struct {
		name, row string
		want      []string
		unwanted  []string
	}{
		{"reviews widget with a bold verdict",
			`<div class="fit-size"><p>Customers say product fits <b>true to size</b>. We recommend sticking with your regular size.</p></div>`,
			[]string{"$89.00", "merino blend"}, []string{"Customers say"}},
		{"size recommender tooltip",
			`<div class="size-recommender"><span>On average 412 reviewers say this product runs small.</span><span>Shoppers recommend sizing up</span></div>`,
			[]string{"$89.00", "merino blend"}, []string{"412 reviewers", "sizing up"}},
		{"the maker's own fit note stays",
			`<div class="fit-note"><p>Fits true to size with a relaxed body; take your usual size.</p></div>`,
			[]string{"$89.00", "Fits true to size with a relaxed body"}, nil},
		{"size chart rows stay",
			`<table class="size-chart"><tr><th>Size</th><th>Chest</th></tr><tr><td>S</td><td>96 cm</td></tr><tr><td>M</td><td>104 cm</td></tr></table>`,
			[]string{"$89.00", "104 cm"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := productWithRow("en", "Merino crew sweater", "$89.00", desc1, desc2, tt.row, "")
			checkProductText(t, page, tt.want, tt.unwanted)
		})
	}
}

// TestFitVerdict checks the lines read as a fit widget's verdict.
func TestFitVerdict(t *testing.T) {
	for text, want := range map[string]bool{
		"On average 279 reviewers say this product is true to size.":          true,
		"Customers say it fits true to size":                                  true,
		"Customers say product runs large. We recommend going one size down.": true,
		"Shoppers recommend sizing up":                                        true,
		"Fits true to size.":                                                  false,
		"Our customers say this is the warmest jacket they have owned.":       false,
		"This style runs small, so we recommend taking one size up.":          false,
		"Reviewers say the battery lasts two days on a single charge.":        false,
	} {
		if got := fitVerdict(text); got != want {
			t.Errorf("fitVerdict(%q) = %v, want %v", text, got, want)
		}
	}
}
