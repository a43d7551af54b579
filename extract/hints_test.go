package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// A layout wrapper whose name says header, navigation or sidebar does not
// make the <main> element inside it boilerplate: the page marks its main
// content, and the wrapper's name describes its padding or grid.
func TestMainOutweighsWrapperNames(t *testing.T) {
	cards := `<h1>Products launching today</h1>` +
		`<div class="card"><h3>Song Sweeper</h3><p>Clean up your music library</p></div>` +
		`<div class="card"><h3>Pulldog</h3><p>A desktop app to keep your code reviews organized</p></div>` +
		`<div class="card"><h3>Mockup Maker</h3><p>Generate chat mockups in seconds</p></div>` +
		`<div class="card"><h3>Tool Market</h3><p>Helping companies get the tools they need</p></div>`
	// A hidden dialog holds more prose than the cards do, as a sign-up
	// modal or a mobile menu with descriptions does.
	dialog := `<div hidden><p>` + strings.Join(articleParagraphs, "</p><p>") + `</p></div>`
	for _, wrapper := range []string{"pt-header", "nav-offset", "sidebar-layout"} {
		t.Run(wrapper, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Launches</title></head><body>` +
				`<div class="` + wrapper + `">` + pageHeader + `<main>` + cards + `</main></div>` + dialog + pageFooter + `</body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://launches.example/"})
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"Clean up your music library", "keep your code reviews organized", "get the tools they need"} {
				if !strings.Contains(res.Text, want) {
					t.Errorf("text lacks %q:\n%q", want, res.Text)
				}
			}
			if strings.Contains(res.Text, "All rights reserved") {
				t.Errorf("text holds the footer:\n%q", res.Text)
			}
		})
	}
}

func TestConsentWord(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"onetrust-consent-sdk", true},
		{"CybotCookiebotDialog", true},
		{"cookie-notice", true},
		{"cookiebanner", true},
		{"cookies-bar", true},
		{"gdpr-popup", true},
		{"didomi-host", true},
		{"cookie-recipe-card", false},
		{"cookies", false},
		{"chocolate-chip-cookies", false},
		{"consult", false},
		{"cmp-container", false}, // a component library's prefix, not a consent platform
		{"article-body", false},
	}
	for _, tt := range tests {
		if _, _, got, _, _ := nameHints([]byte(tt.name)); got != tt.want {
			t.Errorf("nameHints(%q) consent = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// A consent dialog's text is prose, and on a listing it is most of the
// page's prose: its name is believed, and it does not become the content.
// Inside the article, the same words name a section about cookies.
func TestConsentBannerDropped(t *testing.T) {
	partners := `<div id="site-consent-sdk"><div role="dialog"><h3>We and our partners process data to provide:</h3>` +
		`<p>` + strings.Repeat("Store and access information on a device, use limited data to select advertising, create profiles for personalised advertising and measure how well it performs. ", 4) + `</p>` +
		`<button>Accept all</button></div></div>`
	cards := `<h1>Tomato sauce recipes</h1><p>Our collection of tomato sauce recipes has something for every kind of dish.</p><ul>` +
		`<li><a href="/r1">Easy slow-cooker pork ragu</a></li><li><a href="/r2">Spaghetti and meatballs</a></li>` +
		`<li><a href="/r3">Sweet and spicy tomato chutney</a></li><li><a href="/r4">Penne alla vodka</a></li>` +
		`<li><a href="/r5">New York style pizza sauce</a></li><li><a href="/r6">The best fresh tomato sauce</a></li></ul>`
	page := `<!doctype html><html lang="en"><head><title>Tomato sauce recipes</title></head><body>` + pageHeader +
		`<div class="listing">` + cards + `</div>` + pageFooter + partners + `</body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://recipes.example/tomato-sauce"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "partners") || strings.Contains(res.Text, "personalised advertising") {
		t.Errorf("text holds the consent dialog:\n%q", res.Text)
	}
	if !strings.Contains(res.Text, "Our collection of tomato sauce recipes") {
		t.Errorf("text lacks the listing's introduction:\n%q", res.Text)
	}
	dropped := false
	for _, b := range res.Blocks {
		if strings.HasPrefix(b.Text, "Store and access information") {
			dropped = b.Reason == "cookie-notice"
		}
	}
	if !dropped {
		t.Error("the consent dialog's paragraph is not dropped as a cookie notice")
	}

	section := `<article><h1>How websites ask for consent</h1><p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>` +
		`<section id="cookie-consent"><h2>Cookie consent</h2><p>` + strings.Join(articleParagraphs[:2], " ") + `</p></section></article>`
	res, err = FromBytes([]byte(synthPage(`<title>Consent</title>`, section)), Options{URL: "https://news.example/consent"})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(res.Text, articleParagraphs[0][:40]); n != 2 {
		t.Errorf("the article's section named cookie-consent is not kept (%d copies of its text):\n%q", n, res.Text)
	}
}

// A <header> inside an <article> is that article's header (its headline,
// standfirst and byline), not the page's: a river of teasers whose every
// headline and summary sit in their own <header> is the page's content.
func TestArticleHeaderIsNotPageHeader(t *testing.T) {
	summaries := []string{
		"The city council voted to extend the riverside park by two hectares after a year of meetings.",
		"Residents asked for shade, benches and a path that stays dry in winter, and the plan gives them all three.",
		"The former rail yard will be cleaned over the summer, and work on the paths begins in the autumn.",
		"Opponents argued that the money would be better spent on the roads of the northern districts.",
		"A regional grant pays for most of the work; the roads will be repaired next year, the mayor said.",
	}
	var river strings.Builder
	river.WriteString(`<h1>Parks</h1>`)
	for i, s := range summaries {
		fmt.Fprintf(&river, `<article class="river-item"><header><h2><a href="/a%d">Story number %d about the park</a></h2>`+
			`<p class="desc"><a href="/a%d">%s</a></p></header></article>`, i, i+1, i, s)
	}
	res, err := FromBytes([]byte(synthPage(`<title>Parks</title>`, river.String())), Options{URL: "https://news.example/topic/parks"})
	if err != nil {
		t.Fatal(err)
	}
	kept := 0
	for _, s := range summaries {
		if strings.Contains(res.Text, s) {
			kept++
		}
	}
	if kept < len(summaries)-1 {
		t.Errorf("%d of %d summaries kept:\n%q", kept, len(summaries), res.Text)
	}
	if strings.Contains(res.Text, "All rights reserved") {
		t.Errorf("text holds the footer:\n%q", res.Text)
	}
}

// A page does not hide its main content from its readers: a wrapper that
// holds nearly all of <main> and is hidden (a content lock, a fade-in) is
// shown by a script, even when what it holds is a grid of products, not
// prose. (The grid's count is its heading here: a count line under the
// title goes on a collection, see dropResultCounts.)
func TestHiddenMainContentShown(t *testing.T) {
	var grid strings.Builder
	grid.WriteString(`<div class="content-lock" style="display:none"><h1>Coffee</h1><h2>51 products</h2><ul>`)
	for _, p := range []string{"Chocolate Hazelnut Coffee", "Dark Roast Coffee", "Medium Roast Coffee", "Espresso Roast Coffee", "Vanilla Coffee"} {
		fmt.Fprintf(&grid, `<li><div class="card"><a href="/p/%d">%s</a><span class="price">$19.99</span></div></li>`, len(p), p)
	}
	grid.WriteString(`</ul></div>`)
	res, err := FromBytes([]byte(synthPage(`<title>Coffee</title>`, grid.String())), Options{URL: "https://shop.example/collections/coffee"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"51 products", "Dark Roast Coffee", "Espresso Roast Coffee"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("text lacks %q:\n%q", want, res.Text)
		}
	}
}

// A consent dialog without a class or id that names it can hold more prose
// than a short page's own introduction. Once its text is recognised as a
// cookie notice, the container is chosen again without it.
func TestUnnamedConsentDialogNotChosen(t *testing.T) {
	dialog := `<div class="modal"><div class="modal-body">` +
		`<p>We use necessary cookies to make our website work. We would also like to set optional cookies to help us improve it, and we will not set them unless you enable them. Using this tool will set a cookie on your device to remember your preferences.</p>` +
		`<p>We use cookies to collect information about how you use our website and to personalise advertising. You can accept or decline these cookies at any time in the settings of your browser.</p>` +
		`<p>Some cookies are set by our partners to make our ads more engaging and valuable to you. You can manage your preferences and withdraw your consent to these cookies at any time.</p>` +
		`<h4>Functional</h4><p>These help us to count visits and traffic sources so that we can measure and improve the performance of the site, and to learn which pages are the most and least popular and how visitors move around it.</p>` +
		`<button>Accept all cookies</button><button>Decline</button></div></div>`
	intro := `<main><h1>Rankings of engineering schools 2025</h1>` +
		`<p>Discover the top schools around the world for studying engineering, according to this year's rankings by subject.</p>` +
		`<p>Over eight hundred schools are ranked this year, and the table below lists them by their overall score, with the score of each indicator beside it.</p></main>`
	page := `<!doctype html><html lang="en"><head><title>Rankings of engineering schools 2025</title></head><body>` +
		pageHeader + intro + pageFooter + dialog + `</body></html>`
	s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	resolveHints(s, false)
	for i := range s.blocks {
		if s.blocks[i].Tag == "h1" {
			s.blocks[i].Drop(boilerplate.ReasonTitle)
		}
	}
	if mask, _, _ := extractArticle(s, boilerplate.ClassifyOptions{}, Balanced); mask == nil {
		t.Fatal("no container chosen")
	}
	var kept strings.Builder
	for _, b := range s.blocks {
		if b.Kept {
			kept.WriteString(b.Text + "\n")
		}
	}
	if !strings.Contains(kept.String(), "Over eight hundred schools are ranked") {
		t.Errorf("the page's introduction is not kept:\n%s", kept.String())
	}
	if strings.Contains(kept.String(), "cookies") || strings.Contains(kept.String(), "count visits") {
		t.Errorf("the consent dialog is kept:\n%s", kept.String())
	}
}

// A page builder names every block of the article a "widget": the word
// names the layout, not a sidebar, when the elements it names hold the
// headline and most of the prose. A sidebar of widgets beside an article
// keeps its name.
func TestBuilderWidgetsAreLayout(t *testing.T) {
	widget := func(kind, inner string) string {
		return `<section class="pb-section"><div class="pb-column"><div class="pb-widget pb-widget-` + kind + `">` +
			`<div class="pb-widget-container">` + inner + `</div></div></div></section>`
	}
	var article strings.Builder
	article.WriteString(widget("heading", `<h1>The park grows by two hectares</h1>`))
	for i, p := range articleParagraphs {
		if i == 2 {
			article.WriteString(widget("heading", `<h2>What the opponents said</h2>`))
		}
		article.WriteString(widget("text-editor", `<p>`+p+`</p>`))
	}
	sidebar := `<aside class="sidebar"><div class="widget widget_text"><h3>About this site</h3><p>` +
		`We are a small team of volunteers who write about the town, its people and its parks, and we have done so since the library closed its newsletter.` +
		`</p></div></aside>`
	page := `<!doctype html><html lang="en"><head><title>The park grows</title></head><body>` + pageHeader +
		`<div class="pb-page">` + article.String() + `</div>` + sidebar + pageFooter + `</body></html>`
	res, err := FromBytes([]byte(page), Options{URL: "https://town.example/park"})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range articleParagraphs {
		if !strings.Contains(res.Text, p) {
			t.Errorf("text lacks %q:\n%q", p[:40], res.Text)
		}
	}
	if !strings.Contains(res.Text, "What the opponents said") {
		t.Errorf("text lacks the subheading:\n%q", res.Text)
	}
	if strings.Contains(res.Text, "small team of volunteers") {
		t.Errorf("text holds the sidebar:\n%q", res.Text)
	}
}

// A <noscript> beside the article is what a browser running scripts does
// not show; a <noscript> holding the whole page is its content.
func TestNoscriptHiddenUnlessWhole(t *testing.T) {
	notice := `<noscript><p>Please enable JavaScript in your browser to see the comments on this story and to take part in the discussion with other readers.</p></noscript>`
	article := `<article><h1>Council approves the new bridge</h1><p>` + strings.Join(articleParagraphs, "</p><p>") + `</p></article>`
	res, err := FromBytes([]byte(synthPage(`<title>Bridge</title>`, article+notice)), Options{URL: "https://news.example/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "enable JavaScript") {
		t.Errorf("text holds the <noscript> notice:\n%s", res.Text)
	}
	if !strings.Contains(res.Text, articleParagraphs[0]) {
		t.Errorf("text lacks the article:\n%s", res.Text)
	}

	whole := `<noscript><article><h1>Router keeps restarting</h1><p>` + strings.Join(articleParagraphs, "</p><p>") + `</p></article></noscript>`
	res, err = FromBytes([]byte(synthPage(`<title>Router keeps restarting</title>`, whole)), Options{URL: "https://forum.example/t/router/42"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, articleParagraphs[0]) {
		t.Errorf("a page served whole in <noscript> lost its text:\n%s", res.Text)
	}

	// A short post made one link, in a <noscript>, on a page without an
	// element named as its content: its text is link text, no prose, and
	// the page's footer line holds more prose than it.
	post := []string{
		"The kettle gave up this morning after eleven years of faithful service on the stove.",
		"I took it apart and found the whistle had rusted shut, so it boiled quietly until the handle melted.",
		"A new one arrives on Friday; until then the neighbours are lending me theirs.",
	}
	linked := `<a href="/">home</a> | <a href="/notes">notes</a> | <a href="/about">about me</a><hr>` +
		`<noscript><h1>The kettle</h1><a href="/notes/kettle" class="card"><p>` + strings.Join(post, "</p><p>") + `</p></a></noscript>` +
		`<hr><small>written by hand, mail me at kettle at example dot org if you have a spare whistle</small>`
	res, err = FromBytes([]byte(`<!doctype html><html lang="en"><head><title>The kettle</title></head><body>`+linked+`</body></html>`), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range post {
		if !strings.Contains(res.Text, p) {
			t.Errorf("a linked post in <noscript> lost %q:\n%s", p, res.Text)
		}
	}
}

// A box named for the author, a disclaimer or related stories is prose
// that is not the article's, even when it is long enough to pass for
// prose and the page's metadata names no author. A container so named
// that holds the article itself stays.
func TestProseBoxesDropped(t *testing.T) {
	const note = "Jane covers housing and city hall for the paper, and before that spent ten years reporting on schools. " +
		"She lives by the river with two cats and far too many books, and you can write to her about any story she has written. " +
		"Her reporting on the city's budget won a regional prize last year, and she teaches a course on local journalism at the college."
	const disclaimer = "The content of this article is provided for general information only and is not legal, tax or financial advice. " +
		"Readers should consult a qualified professional about their own situation before acting on anything they read here, " +
		"and the publisher accepts no liability for decisions made on the basis of this article or of the sources it cites."
	const teasers = `<p>The library reopens after a year of works. Readers will find a new children's floor, longer opening hours and a café by the window.</p>` +
		`<p>Buses will run every ten minutes from May. The council and the bus company agreed on a new timetable for the four busiest lines of the city.</p>` +
		`<p>A market returns to the old square. Farmers from the valley will sell their produce every Saturday morning, as their parents did.</p>`
	article := `<h1>The river park grows by two hectares</h1><p>` + strings.Join(articleParagraphs, "</p><p>") + `</p>`
	tests := []struct {
		name, body, box string
		kept            bool
	}{
		{"an author box after the article", `<article>` + article + `<div class="author-bio"><h4>About the author</h4><p>` + note + `</p></div></article>`, "Jane covers housing", false},
		{"an author box beside it", `<article>` + article + `</article><section class="post-author__info"><p>` + note + `</p></section>`, "Jane covers housing", false},
		{"a disclaimer", `<article>` + article + `<div class="disclaimer"><p>` + disclaimer + `</p></div></article>`, "general information only", false},
		{"related stories", `<article>` + article + `<div class="related-stories">` + teasers + `</div></article>`, "new children's floor", false},
		{"a footer's notes", `<article>` + article + `</article><div class="site-footer"><p>` + disclaimer + `</p></div>`, "general information only", false},
		{"the article in a container named footer", `<div class="footer-offset"><article>` + article + `<p>` + disclaimer + `</p></article></div>`, "general information only", true},
		{"the article in a container named for its author", `<div class="author-content"><article>` + article + `<p>` + note + `</p></article></div>`, "Jane covers housing", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>The river park grows</title></head><body>` + pageHeader + tt.body + pageFooter + `</body></html>`
			res, err := FromBytes([]byte(page), Options{URL: "https://news.example/park"})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(res.Text, articleParagraphs[1]) {
				t.Errorf("the article is missing:\n%s", res.Text)
			}
			if got := strings.Contains(res.Text, tt.box); got != tt.kept {
				t.Errorf("box kept = %v, want %v:\n%s", got, tt.kept, res.Text)
			}
		})
	}
}

// TestDisclaimerBelievedOnProse: a product's footnotes under a name that
// says disclaimer are prose, and a list of them outweighs the product's
// short facts; the name is believed all the same, as a comment section's
// is. Another negative name on prose ("widget") is still not believed.
func TestDisclaimerBelievedOnProse(t *testing.T) {
	notes := []string{
		"Battery life is measured under laboratory conditions with the screen at half brightness and may vary with settings, usage and other factors.",
		"Screen size is measured diagonally as a full rectangle without accounting for the rounded corners, so the actual viewable area is less.",
		"Offer valid while supplies last for purchases made on the online store; the trade-in value depends on the condition, year and model of the device.",
		"Colours, features and specifications are subject to change without notice, and some features may not be available in every country or region.",
	}
	for _, tt := range []struct {
		class    string
		wantKept bool
	}{
		{"page-bottom-disclaimer", false},
		{"page-bottom-widget", true},
	} {
		var list strings.Builder
		for _, n := range notes {
			list.WriteString(`<li>` + n + `</li>`)
		}
		body := `<div class="product"><h1>Phone X twelve</h1><p>The phone with a bright six inch screen, a battery that lasts all day and a camera that sees at night.</p>` +
			`<p>Its frame is made of recycled aluminium and its back of toughened glass, so it survives a fall from the table and the bottom of a bag full of keys.</p>` +
			`<p>The camera has three lenses: a wide one for landscapes, a zoom that brings a distant bird close, and a portrait lens that blurs the background softly.</p>` +
			`<p>Charging takes half an hour with the cable in the box, and the phone also charges on any wireless pad you may already have at home or in the car.</p>` +
			`<ul><li>Storage: 256 GB</li><li>Weight: 180 g</li><li>Colour: graphite</li></ul></div>` +
			`<div class="` + tt.class + `"><ol>` + list.String() + `</ol></div>`
		res, err := FromBytes([]byte(synthPage(`<title>Phone X twelve</title><meta property="og:type" content="product">`+
			`<script type="application/ld+json">{"@type":"Product","name":"Phone X twelve"}</script>`, body)), Options{URL: "https://shop.example/phone-x-twelve"})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(res.Text, "Screen size is measured"); got != tt.wantKept {
			t.Errorf("%s: footnotes kept = %v, want %v:\n%s", tt.class, got, tt.wantKept, res.Text)
		}
		if !strings.Contains(res.Text, "bright six inch screen") {
			t.Errorf("%s: text lacks the product's description:\n%s", tt.class, res.Text)
		}
	}
}

// TestPageFooterBelievedOnProse: a product page's footnotes in its
// <footer> read as prose and outweigh the product's short lines; the
// footer is the page's all the same. A <footer> inside the article (its
// closing note) is judged as before. A <div> named footer is believed
// too when it holds a few lines beside the <main> element (see
// contentBeside); longer, it would be judged as before.
func TestPageFooterBelievedOnProse(t *testing.T) {
	notes := `<ol><li>Battery life is measured under laboratory conditions with the screen at half brightness and may vary with settings, usage and other factors.</li>` +
		`<li>Screen size is measured diagonally as a full rectangle without accounting for the rounded corners, so the actual viewable area is less.</li>` +
		`<li>Offer valid while supplies last for purchases made on the online store; the trade-in value depends on the condition, year and model of the device.</li>` +
		`<li>Financing is available to qualified customers subject to credit approval, and monthly payments depend on the term you choose at checkout.</li></ol>`
	product := `<main><h1>Tablet Pro</h1><p>Fast. Light. Yours.</p><ul><li>A chip that edits video in seconds.</li>` +
		`<li>A screen as bright as the sun.</li><li>Thin enough for any bag.</li><li>From $999.</li></ul></main>`
	for _, tt := range []struct {
		name, body string
		wantNotes  bool
	}{
		{"page footer", product + `<footer><section aria-label="Footnotes">` + notes + `</section></footer>`, false},
		{"footer class", product + `<div class="site-footer">` + notes + `</div>`, false},
	} {
		page := `<!doctype html><html lang="en"><head><title>Tablet Pro</title></head><body>` + pageHeader + tt.body + `</body></html>`
		res, err := FromBytes([]byte(page), Options{URL: "https://shop.example/tablet-pro"})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(res.Text, "Screen size is measured"); got != tt.wantNotes {
			t.Errorf("%s: footnotes kept = %v, want %v:\n%s", tt.name, got, tt.wantNotes, res.Text)
		}
		if !strings.Contains(res.Text, "A chip that edits video") {
			t.Errorf("%s: text lacks the product's lines:\n%s", tt.name, res.Text)
		}
	}
}

func TestMarkLinkLists(t *testing.T) {
	item := func(list, words, links int) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindListItem}
		b.Features.ContainerID, b.Features.Words, b.Features.LinkWords = list, words, links
		return b
	}
	para := boilerplate.Block{Kind: boilerplate.KindParagraph}
	para.Features.Words = 12
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   []bool
	}{
		{"a menu", []boilerplate.Block{item(4, 1, 1), item(4, 2, 2), item(4, 1, 1), item(4, 3, 3)}, []bool{true, true, true, true}},
		{"steps that link to guides", []boilerplate.Block{item(4, 9, 2), item(4, 8, 3), item(4, 7, 1)}, []bool{false, false, false}},
		{"two links are no list", []boilerplate.Block{item(4, 1, 1), item(4, 1, 1)}, []bool{false, false}},
		{"two lists side by side", []boilerplate.Block{item(4, 1, 1), item(4, 1, 1), item(4, 1, 1), para, item(7, 9, 0), item(7, 9, 0), item(7, 9, 0)},
			[]bool{true, true, true, false, false, false, false}},
	}
	for _, tt := range tests {
		markLinkLists(tt.blocks)
		for i, want := range tt.want {
			if got := tt.blocks[i].Features.Hints.Has(boilerplate.HintLinkList); got != want {
				t.Errorf("%s: block %d link-list = %v, want %v", tt.name, i, got, want)
			}
		}
	}
}
