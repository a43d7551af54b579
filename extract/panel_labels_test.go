package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepPanelLabels checks that a product's page keeps the labels its
// accordion prints as buttons inside headings when their panels are
// kept, and leaves out a label whose panel is hidden, a question and a
// button beside other text in a heading.
func TestKeepPanelLabels(t *testing.T) {
	const (
		desc1 = "Cut from a single plank of American black walnut, this board carries bread, cheese and fruit from the kitchen to the table."
		desc2 = "Its juice groove keeps the counter dry when you carve a roast, and the bevelled edges make it easy to lift with one hand."
	)
	item := func(tag, label, id, body string) string {
		return `<div class="accordion-item"><` + tag + `><button type="button" aria-expanded="true" aria-controls="` + id + `">` +
			label + `<svg aria-hidden="true"><path d="M0 0"/></svg></button></` + tag + `><div id="` + id + `">` + body + `</div></div>`
	}
	specs := `<table><tr><th>Wood</th><td>American black walnut</td></tr><tr><th>Size</th><td>18 x 12 x 1 inches</td></tr>` +
		`<tr><th>Finish</th><td>Food-safe mineral oil</td></tr></table>`
	care := `<p>Oil the board once a month with food-safe mineral oil and let it soak in overnight before you use it again.</p>`
	tests := []struct {
		name, row string
		want      []string
		unwanted  []string
	}{
		{"labels of kept panels",
			`<div class="accordion">` + item("h3", "Specifications", "p1", specs) + item("h3", "Care &amp; use", "p2", care) + `</div>`,
			[]string{"Specifications", "Care & use", "18 x 12 x 1 inches", "once a month"}, nil},
		{"a hidden panel takes its label",
			`<div class="accordion">` + item("h2", "Care &amp; use", "p2", care) +
				`<div class="accordion-item"><h2><button aria-expanded="false" aria-controls="p3">Warranty</button></h2>` +
				`<div id="p3" hidden><p>Every board is covered for ten years against cracks and splits along the grain.</p></div></div></div>`,
			[]string{"Care & use"}, []string{"Warranty", "ten years"}},
		{"a button beside text in a heading stays out",
			`<div class="accordion"><div class="accordion-item"><h3>Care <button aria-expanded="true" aria-controls="p4">Show</button></h3>` +
				`<div id="p4">` + care + `</div></div></div>`,
			[]string{"once a month"}, []string{"Show"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := productWithRow("en", "Walnut serving board", "$64.00", desc1, desc2, tt.row, "")
			checkProductText(t, page, tt.want, tt.unwanted)
		})
	}
}

// TestKeepPanelLabelsBounds checks the labels keepPanelLabels leaves
// dropped: a question (an FAQ's), a label too long for a panel's, one
// dropped for another reason than being a control, one whose next block
// is another control, and a label at the end of the page.
func TestKeepPanelLabelsBounds(t *testing.T) {
	label := func(text string, reason boilerplate.Reason) boilerplate.Block {
		return boilerplate.Block{Text: text, Tag: "button", Kind: boilerplate.KindHeading, Reason: reason}
	}
	panel := boilerplate.Block{Text: "Oil the board once a month with food-safe mineral oil.", Tag: "p", Kept: true}
	kept := boilerplate.Block{Text: "Add to basket", Tag: "button", Kept: true}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool
	}{
		{"label of a kept panel", []boilerplate.Block{label("Care & use", boilerplate.ReasonInterface), panel}, true},
		{"question", []boilerplate.Block{label("How do I oil the board?", boilerplate.ReasonInterface), panel}, false},
		{"long label", []boilerplate.Block{label("Everything you need to know about caring for it", boilerplate.ReasonInterface), panel}, false},
		{"hidden label", []boilerplate.Block{label("Care & use", boilerplate.ReasonHidden), panel}, false},
		{"a control after it", []boilerplate.Block{label("Care & use", boilerplate.ReasonInterface), kept}, false},
		{"last block", []boilerplate.Block{label("Care & use", boilerplate.ReasonInterface)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.blocks {
				boilerplate.CountText(tt.blocks[i].Text, &tt.blocks[i].Features)
			}
			keepPanelLabels(tt.blocks)
			if got := tt.blocks[0].Kept; got != tt.want {
				t.Errorf("kept = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestControlHeadings checks which control blocks the segmenter reads as
// headings: a button that is a heading's whole text, not a button beside
// other text in a heading, nor another control that fills a heading.
func TestControlHeadings(t *testing.T) {
	tests := []struct {
		name, html string
		want       boilerplate.Kind
	}{
		{"button alone in a heading", `<h3><button aria-expanded="true">Specifications</button></h3>`, boilerplate.KindHeading},
		{"button after text", `<h3>Care <button aria-expanded="true">Show</button></h3>`, boilerplate.KindParagraph},
		{"button outside a heading", `<div><button aria-expanded="true">Specifications</button></div>`, boilerplate.KindParagraph},
		{"text box alone in a heading", `<h3><textarea>Your review</textarea></h3>`, boilerplate.KindParagraph},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, synthPage(`<title>Board</title>`, `<p>Cut from a single plank of walnut.</p>`+tt.html+`<p>Oiled by hand.</p>`))
			if len(s.rg.blocks) != 1 {
				t.Fatalf("%d control blocks, want 1", len(s.rg.blocks))
			}
			if got := s.rg.blocks[0].Kind; got != tt.want {
				t.Errorf("kind %v, want %v", got, tt.want)
			}
		})
	}
}

// TestKeepPanelLabelsService checks that a landing page read as a
// service page keeps the labels of its feature accordion, printed as
// buttons inside headings, with their kept panels; on the article
// reading the labels stay out (a review's "Monthly pricing" and "Key
// features" toggles are its chrome there).
func TestKeepPanelLabelsService(t *testing.T) {
	item := func(label, id, body string) string {
		return `<div class="drawer"><h3><button type="button" aria-expanded="false" aria-controls="` + id + `"><svg aria-hidden="true"><path d="M0 0"/></svg><span>` +
			label + `</span></button></h3><div id="` + id + `" role="region" style="opacity:0;height:0px"><p>` + body + `</p></div></div>`
	}
	page := `<html><head><title>Loop | Project planning for product teams</title></head><body>` +
		`<header><nav><a href="/">Loop</a> <a href="/pricing">Pricing</a> <a href="/customers">Customers</a> <a href="/login">Log in</a></nav></header>` +
		`<main><section class="hero"><h1>Plan, build and ship in one place</h1><p>Loop gives product teams one calm place for roadmaps, sprints and releases, so nobody chases status in chat again.</p>` +
		`<a href="/signup">Get started</a> <a href="/demo">Book a demo</a></section>` +
		`<section><h2>Built for the way teams work</h2>` +
		item("Plan roadmaps together", "d1", "Draft a roadmap with your whole team, link every item to its issues and see progress update as work lands.") +
		item("Run focused sprints", "d2", "Cycles close on their own, unfinished work rolls over and the burn-down chart tells you early when scope slips.") +
		item("Ship with confidence", "d3", "Release notes write themselves from merged work, and every customer who asked for a feature hears when it ships.") +
		`</section><section><h2>Trusted by fast teams</h2><p>More than four thousand product teams plan their work in Loop, from two-person startups to public companies.</p></section>` +
		`<section><h2>Pricing for every team size</h2><div class="plan"><h3>Free</h3><p>Up to ten members and unlimited issues.</p></div>` +
		`<div class="plan"><h3>Business</h3><p>$8 per member per month, with roadmaps and insights.</p></div></section>` +
		`<section><h2>Start planning today</h2><a href="/signup">Get started</a></section></main>` +
		`<footer><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li><li><a href="/privacy">Privacy</a></li></ul><p>© 2025 Loop Inc.</p></footer></body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://loop.example/"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageService {
		t.Skipf("page read as %s, not as a service page", res.PageType)
	}
	for _, want := range []string{"Plan roadmaps together", "Run focused sprints", "Ship with confidence", "Release notes write themselves"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("%q dropped; text:\n%s", want, res.Text)
		}
	}
	for _, unwanted := range []string{"Careers", "Log in"} {
		if strings.Contains(res.Text, unwanted) {
			t.Errorf("%q kept; text:\n%s", unwanted, res.Text)
		}
	}
}
