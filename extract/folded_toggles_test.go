package extract

import (
	"strings"
	"testing"
)

// TestToggledPanels: hidden elements that each follow a short shown line
// (an FAQ written without ARIA) are marked toggled when they come in a
// group; a lone one, one after a long paragraph, one after a hidden line
// and one that a control names are not.
func TestToggledPanels(t *testing.T) {
	item := func(toggle, panel string) string {
		return `<div class="item">` + toggle + `<div class="answer" ` + panel + `><p>An answer of a sentence or two, long enough to read as prose.</p></div></div>`
	}
	const (
		question = `<h3>Is it waterproof?</h3>`
		long     = `<p>This paragraph is no toggle: it says far more than a question or a heading would, in a sentence that goes on and on for many more words than that.</p>`
		hidden   = `<h3 style="display:none">Is it waterproof?</h3>`
	)
	for _, tt := range []struct {
		name string
		body string
		want int // toggled panels
	}{
		{"two after questions", item(question, `style="display:none"`) + item(question, `style="display:none"`), 2},
		{"hidden attribute", item(question, `hidden`) + item(question, `hidden`), 2},
		{"lone", item(question, `style="display:none"`), 0},
		{"after long paragraphs", item(long, `style="display:none"`) + item(long, `style="display:none"`), 0},
		{"after hidden lines", item(hidden, `style="display:none"`) + item(hidden, `style="display:none"`), 0},
		{"shown", item(question, ``) + item(question, ``), 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><body><main><h1>A product</h1><div class="faq">` + tt.body + `</div></main></body></html>`
			s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
			s.fold.markPanels(s.nodes)
			got := 0
			for _, n := range s.nodes {
				if n.toggled {
					got++
				}
			}
			if got != tt.want {
				t.Errorf("toggled panels = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestProductToggledAnswers: on a product's page the answers of an FAQ
// that a script unfolds without ARIA are kept with their questions.
func TestProductToggledAnswers(t *testing.T) {
	var faq strings.Builder
	for _, qa := range [][2]string{
		{"Is the mug dishwasher safe?", "Yes, the glaze is fired at high heat and stands up to years of daily washing in the dishwasher without fading. " +
			"We still advise washing the gold rim by hand, with a soft sponge and a little soap, so that it keeps its shine."},
		{"Can it go in the microwave?", "No, please keep it out of the microwave, as the rim is painted with a thin line of real gold that sparks. " +
			"Warm your milk in a pan instead and pour it in the mug, which keeps it warm for a good while."},
		{"How long does delivery take?", "We send every order within two days, and most parcels reach our customers within a week of the order. " +
			"Orders sent abroad may take a few more days, as customs can hold a parcel for a while before it moves on."},
	} {
		faq.WriteString(`<div class="faq-item"><div class="faq-question">` + qa[0] + `</div><div class="faq-answer" style="display: none;">` + qa[1] + `</div></div>`)
	}
	html := productWithSpecs(`<div class="faq"><h2>Questions</h2>` + faq.String() + `</div>`)
	res := mugProduct(t, html)
	for _, want := range []string{"Thrown by hand", "Can it go in the microwave?", "a thin line of real gold that sparks"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, res.Text)
		}
	}
}
