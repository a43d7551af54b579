package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropOfferLines checks that a product's page drops the lines of the
// shop's payment plans and loyalty schemes beside the price, and keeps
// the price, a monthly price with no other choice and a specification
// that counts points.
func TestDropOfferLines(t *testing.T) {
	const (
		desc1 = "Cut from a single plank of American black walnut, this board carries bread, cheese and fruit from the kitchen to the table."
		desc2 = "Its juice groove keeps the counter dry when you carve a roast, and the bevelled edges make it easy to lift with one hand."
	)
	tests := []struct {
		name, row string
		want      []string
		unwanted  []string
	}{
		{"instalments",
			`<div class="pay"><p>or 4 interest-free payments of $16.00 with a pay-later partner</p></div>`,
			[]string{"$64.00", "American black walnut"}, []string{"interest-free payments"}},
		{"monthly with another choice",
			`<div class="finance"><p>As low as $6/mo. or 0% APR with our card</p></div>`,
			[]string{"$64.00"}, []string{"As low as"}},
		{"rewards",
			`<div class="loyalty"><p>Earn $3.20 in rewards with the shop card, plus member perks</p></div>`,
			[]string{"$64.00"}, []string{"in rewards"}},
		{"points",
			`<div class="loyalty"><p>Earn up to 640 points per item when you sign in</p></div>`,
			[]string{"$64.00"}, []string{"640 points"}},
		{"a subscription's monthly price stays",
			`<div class="plan"><p>Board care plan from $4/mo billed yearly</p></div>`,
			[]string{"$64.00", "Board care plan"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := productWithRow("en", "Walnut serving board", "$64.00", desc1, desc2, tt.row, "")
			checkProductText(t, page, tt.want, tt.unwanted)
		})
	}
}

// TestOfferLine checks the lines read as a payment plan or a loyalty
// offer.
func TestOfferLine(t *testing.T) {
	for text, want := range map[string]bool{
		"or 4 payments of $48.75 with":              true,
		"Pay in four interest-free payments":        true,
		"enjoy now with easy 4 installments via":    true,
		"Split it into 3 instalments":               true,
		"As low as$48/mo.or 0% APR with":            true,
		"From $599 or $49.91/mo. for 12 mo.":        true,
		"Earn $13.70 in rewards, with 5% back":      true,
		"Earn up to 4500 points per item":           true,
		"Members get an est. $9.99 in rewards":      true,
		"10% Reward":                                true,
		"Starting at $44.99/mo":                     false,
		"51 autofocus points":                       false,
		"Payments are taken when the order ships":   false,
		"The reward of a good knife is a clean cut": false,
		"A month of mornings in one mug":            false,
		"As low as $48/mo. with the shop card":      true,
		"Ships in 1 month or less":                  false,
		"":                                          false,
		"/ / /":                                     false,
	} {
		if got := offerLine(text); got != want {
			t.Errorf("offer line %q = %v, want %v", text, got, want)
		}
	}
}

// TestDropOfferLinesBounds checks the lines dropOfferLines leaves alone
// whatever they say: a heading (a panel's title over the terms), a line
// too long for an offer and a line the reading already dropped.
func TestDropOfferLinesBounds(t *testing.T) {
	blocks := []boilerplate.Block{
		{Text: "Pay in 4 interest-free installments", Kind: boilerplate.KindHeading, Kept: true},
		{Text: "Split the price into 4 installments at checkout, and we send a reminder by e-mail three days before each of them is due", Kept: true},
		{Text: "or 4 payments of $16.00", Kept: true},
		{Text: "Earn 640 points", Reason: boilerplate.ReasonNavigation},
	}
	for i := range blocks {
		boilerplate.CountText(blocks[i].Text, &blocks[i].Features)
	}
	dropOfferLines(blocks)
	for i, want := range []struct {
		kept   bool
		reason boilerplate.Reason
	}{{true, boilerplate.ReasonNone}, {true, boilerplate.ReasonNone}, {false, boilerplate.ReasonAdvertisement}, {false, boilerplate.ReasonNavigation}} {
		if b := blocks[i]; b.Kept != want.kept || b.Reason != want.reason {
			t.Errorf("%q: kept %v (%v), want %v (%v)", b.Text, b.Kept, b.Reason, want.kept, want.reason)
		}
	}
}
