package extract

import (
	"strings"
	"testing"
)

// faqItem is one item of an accordion: a button that names its answer in
// aria-controls, and the answer, folded by the given attributes.
func faqItem(n, fold, question, answer string) string {
	return `<div class="faq-item"><h3><button aria-expanded="false" aria-controls="answer-` + n + `">` +
		question + `</button></h3><div id="answer-` + n + `" ` + fold + `><p>` + answer + `</p></div></div>`
}

var faqAnswers = [][2]string{
	{"How long does the course take?", "Most students finish the course in twelve weeks, studying about six hours a week alongside their work."},
	{"Do I need any experience before I start?", "No experience is needed: the first module starts from the basics and every later module builds on the one before it."},
	{"What happens if I miss a live class?", "Every live class is recorded, and your mentor will go through what you missed with you in your next weekly call."},
}

// faqPage is a course page whose frequently asked questions are an
// accordion folded by fold, with a hidden mega-menu in its header and a
// lone hidden sign-up form after its content.
func faqPage(fold string, items int) string {
	var faq strings.Builder
	for i, qa := range faqAnswers[:items] {
		faq.WriteString(faqItem(string(rune('a'+i)), fold, qa[0], qa[1]))
	}
	menu := `<header><nav><button aria-expanded="false" aria-controls="menu-courses">Courses</button>` +
		`<div id="menu-courses" hidden><ul><li><a href="/design">Graphic design</a></li><li><a href="/web">Web design</a></li>` +
		`<li><a href="/ux">UX design</a></li><li><a href="/motion">Motion design</a></li></ul></div></nav></header>`
	form := `<button aria-expanded="false" aria-controls="signup">Sign up</button><div id="signup" hidden>` +
		`<p>Leave us your address and we will send you our brochure with the dates of every intake this year.</p></div>`
	return `<!doctype html><html lang="en"><head><title>Design course</title></head><body>` + menu +
		`<main><h1>Graphic design course</h1><p>` + strings.Join(articleParagraphs[:2], "</p><p>") + `</p>` +
		`<section><h2>Frequently asked questions</h2>` + faq.String() + `</section></main>` + form + pageFooter + `</body></html>`
}

// The answers of an accordion that the page folds with the hidden
// attribute, its inline style or inert are content: a reader opens them. Its
// mega-menu and a lone panel outside the content (a sign-up form) stay
// hidden, and so do panels that aria-hidden alone hides, as carousels hide
// their slides.
func TestFoldedPanels(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fold  string
		items int
		shown bool
	}{
		{"hidden attribute", `hidden`, 3, true},
		{"display none", `style="display: none"`, 3, true},
		{"collapsed by script", `aria-hidden="true" style="height: 0px; overflow: hidden"`, 3, true},
		{"inert", `aria-hidden="true" inert`, 3, true},
		{"aria-hidden alone", `aria-hidden="true"`, 3, false},
		{"lone inert panel", `aria-hidden="true" inert`, 1, false},
		{"lone panel", `hidden`, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromBytes([]byte(faqPage(tc.fold, tc.items)), Options{URL: "https://school.example/course"})
			if err != nil {
				t.Fatal(err)
			}
			for _, qa := range faqAnswers[:tc.items] {
				if got := strings.Contains(res.Text, qa[1]); got != tc.shown {
					t.Errorf("answer %q in text: %v, want %v:\n%s", qa[1], got, tc.shown, res.Text)
				}
			}
			for _, no := range []string{"Motion design", "send you our brochure"} {
				if strings.Contains(res.Text, no) {
					t.Errorf("text holds %q:\n%s", no, res.Text)
				}
			}
		})
	}
}

// Tab panels are unfolded like the answers of an accordion, the open tab
// making a group with a single hidden one, but a modal dialog that a button
// opens is not.
func TestFoldedTabsNotDialogs(t *testing.T) {
	panels := []string{
		"The kettle boils a full litre of water in under three minutes and switches itself off when it is done.",
		"The body is brushed steel, the handle stays cool to the touch, and the base turns all the way round.",
		"Descale the kettle once a month with a cup of vinegar and rinse it twice before you boil water again.",
	}
	dialog := `<button aria-controls="returns">Returns</button><div id="returns" role="dialog" hidden>` +
		`<p>You may return any item within thirty days of delivery for a full refund of the price you paid for it.</p></div>`
	for _, tabs := range []int{2, 3} {
		t.Run(strings.Repeat("tab", tabs), func(t *testing.T) {
			var list, body strings.Builder
			list.WriteString(`<div role="tablist">`)
			for i := range tabs {
				id := string(rune('1' + i))
				list.WriteString(`<button role="tab" aria-controls="t` + id + `">Tab ` + id + `</button>`)
				hidden := ""
				if i > 0 {
					hidden = " hidden"
				}
				body.WriteString(`<div role="tabpanel" id="t` + id + `"` + hidden + `><p>` + panels[i] + `</p></div>`)
			}
			list.WriteString(`</div>`)
			page := `<!doctype html><html lang="en"><head><title>Kettle</title></head><body>` + pageHeader +
				`<main><h1>Steel kettle</h1><p>` + strings.Join(articleParagraphs[:2], "</p><p>") + `</p>` +
				list.String() + body.String() + dialog + `</main>` + pageFooter + `</body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://shop.example/kettle"})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range panels[:tabs] {
				if !strings.Contains(res.Text, want) {
					t.Errorf("text lacks the tab %q:\n%s", want, res.Text)
				}
			}
			if strings.Contains(res.Text, "within thirty days") {
				t.Errorf("text holds the dialog:\n%s", res.Text)
			}
		})
	}
}
