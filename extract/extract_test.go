package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

const newsPage = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves new river bridge | Riverside Gazette</title>
<meta property="og:site_name" content="Riverside Gazette"></head>
<body class="header-fixed">
<div id="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept</a></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Council approves new river bridge</h1>
<p class="byline">By Jane Doe</p>
<p>The city council voted on Tuesday to approve the construction of a new pedestrian bridge across the river, ending a debate that has lasted for almost a decade.</p>
<p>Supporters of the project said the bridge would connect the two halves of the old town and bring more visitors to the shops on the eastern bank, which have struggled since the ferry closed.</p>
<h2>Costs and timing</h2>
<p>The bridge is expected to cost about twelve million euros, most of which will be paid by a regional development fund. Work should begin in the spring and take two years.</p>
<div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet</a></div>
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Storm closes coastal road for the weekend</a></li><li><a href="/b">Local bakery wins national award</a></li><li><a href="/c">School reopens after long renovation</a></li></ul></aside>
<footer><p>© 2024 Riverside Gazette. All rights reserved.</p><a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
</body></html>`

func TestFromBytesNewsPage(t *testing.T) {
	res, err := FromBytes([]byte(newsPage), Options{URL: "https://gazette.example/news/bridge"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"The city council voted on Tuesday",
		"Supporters of the project said",
		"Costs and timing",
		"The bridge is expected to cost",
	} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("main text lacks %q; got:\n%s", want, res.Text)
		}
	}
	for _, unwanted := range []string{"cookies", "Home", "Most read", "Storm closes", "All rights reserved", "Share on Facebook"} {
		if strings.Contains(res.Text, unwanted) {
			t.Errorf("main text contains boilerplate %q; got:\n%s", unwanted, res.Text)
		}
	}
	if !strings.Contains(res.Title, "Council approves new river bridge") {
		t.Errorf("Title = %q", res.Title)
	}
	for _, b := range res.Blocks {
		if !b.Kept && b.Reason == boilerplate.ReasonNone {
			t.Errorf("dropped block %q has no reason", b.Text)
		}
		if b.Kept && b.Reason != boilerplate.ReasonNone {
			t.Errorf("kept block %q has reason %q", b.Text, b.Reason)
		}
	}
}

func TestFromBytesEdgeInputs(t *testing.T) {
	for _, in := range []string{"", "   ", "<html>", "<p>", "</div></div></p>", "<script>var x = 1</script>", "\xff\xfe\x00<", "plain words only"} {
		res, err := FromBytes([]byte(in), Options{})
		if err != nil {
			continue
		}
		if res == nil {
			t.Errorf("FromBytes(%q) returned nil result and nil error", in)
		}
	}
}

// An icon's "<title/>" inside <svg> is an SVG element: it must not swallow
// the page as the text of an HTML <title>.
func TestFromBytesSVGTitleSelfClosing(t *testing.T) {
	page := `<html><head><title>Trips</title></head><body>` +
		`<header><a href="/"><svg viewBox="0 0 8 8"><title/><path d="M0 0"/></svg></a></header>` +
		`<article><p>` + textPara1 + `</p><p>` + textPara2 + `</p></article></body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, textPara1) || !strings.Contains(res.Text, textPara2) {
		t.Errorf("Text = %q, want both paragraphs", res.Text)
	}
	if res.Title != "Trips" {
		t.Errorf("Title = %q, want %q", res.Title, "Trips")
	}
}

// When the container that looks most like the article yields nothing (here
// a figure whose long caption outweighs a one-paragraph paywall stub), the
// page is judged block by block instead of returning no text.
func TestFromBytesEmptyContainerFallsBack(t *testing.T) {
	caption := "Northward prison is considered a Category C facility, yet more than half of the inmates held there are classed as Category B by the prison service. The facility was built decades ago for a much smaller population, and inspectors have long warned that its fences, cells and cameras are not what a modern prison needs."
	stub := "A senior prison official has said in a sworn affidavit that almost anyone with enough determination could escape from the island's only prison."
	page := `<html><head><title>Prison official warns</title></head><body>` +
		`<div class="post-header"><figure><img src="p.jpg"><figcaption>` + caption + `</figcaption></figure>` +
		`<h1>Prison official warns</h1><p>'The prison is not fit for high-risk offenders'</p>` +
		`<div>By <a href="/author/jw">James Whittaker</a></div><div>May 4, 2022</div></div>` +
		`<div class="post-content">` + shareLinks + `<p>` + stub + `</p>` + shareLinks + related + `</div></body></html>`
	res, err := FromBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Text, stub) {
		t.Errorf("Text = %q, want the paragraph", res.Text)
	}
}

const shareLinks = `<div><a href="/s">Share</a> <a href="/f">Facebook</a> <a href="/t">Twitter</a> <a href="/w">WhatsApp</a> <a href="/e">Email</a> <a href="/g">Telegram</a></div>`

const related = `<h4>Related articles</h4><ul>` +
	`<li><a href="/r1">Prison Papers: Exiled prisoners plea to come home</a></li>` +
	`<li><a href="/r2">Opening the case file on the brothers deemed too dangerous</a></li>` +
	`<li><a href="/r3">Low-level killers or a national security threat?</a></li>` +
	`<li><a href="/r4">Unprecedented secret hearing to decide fate of prisoners</a></li>` +
	`<li><a href="/r5">Governor tests positive for the virus</a></li></ul>`
