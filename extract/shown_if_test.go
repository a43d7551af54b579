package extract

import "testing"

// TestShownIfStates checks that the states of a widget that a script
// renders one at a time (v-if, v-else-if, v-else: a form's success and
// error messages) are read as hidden, while a panel that a script only
// shows and hides (v-show, an FAQ's answer) stays, and a page whose
// content is all inside such a state is not emptied.
func TestShownIfStates(t *testing.T) {
	desc1 := "A light running shoe knitted from merino wool, with a cushioned sole made from sugarcane foam and laces woven from recycled bottles."
	desc2 := "The upper breathes on warm days and keeps feet warm on cold ones, and the whole shoe goes in the washing machine on a gentle cycle."
	notify := `<div class="notify-modal"><div v-if="notifySent"><h3>Thanks for signing up</h3><p>We saved your address and will write to you the moment your size is back on the shelf.</p></div>` +
		`<div v-else-if="notifyError"><h3>Oops! Something went wrong. Please try again.</h3></div>` +
		`<div v-else><p>Leave your address below and we will let you know when this colour is back in stock.</p></div></div>`
	faq := `<div class="faq"><button @click="open = !open">How do I wash them?</button>` +
		`<div v-show="open"><p>Take out the insoles and laces, then wash the shoes on a gentle cycle with cold water and let them dry in the air.</p></div></div>`
	tests := []struct {
		name, extra string
		want        []string
		unwanted    []string
	}{
		{"a notify form's states", notify,
			[]string{"knitted from merino wool"},
			[]string{"Thanks for signing up", "Something went wrong", "back in stock"}},
		{"an FAQ answer shown on a click", faq,
			[]string{"knitted from merino wool", "wash the shoes on a gentle cycle"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := productWithRow("en", "Wool Runner", "$110", desc1, desc2, tt.extra, "")
			checkProductText(t, page, tt.want, tt.unwanted)
		})
	}
	t.Run("an article inside a v-if state is not emptied", func(t *testing.T) {
		page := `<html><head><title>Bridge delayed again | Town News</title></head><body><nav><a href="/">Home</a> <a href="/n">News</a></nav>` +
			`<div id="app"><div v-if="loaded"><article><h1>Bridge delayed again</h1>` +
			`<p>The council met on Tuesday to discuss the new bridge over the river, which has been delayed for three years because of rising costs.</p>` +
			`<p>A dispute with the builder about the foundations went to court in the spring, and the judge has not yet ruled on who should pay.</p>` +
			`<p>Until then the ferry runs every half hour, and the town has asked for a second boat during the summer months when visitors arrive.</p>` +
			`</article></div></div><footer>© Town News</footer></body></html>`
		res, err := FromBytes([]byte(page), Options{URL: "https://news.example/a"})
		if err != nil {
			t.Fatal(err)
		}
		checkHolds(t, res.Text, []string{"delayed for three years", "second boat"}, nil)
	})
}
