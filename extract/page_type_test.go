package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// Synthetic pages of each kind, written the way sites write them: a
// header and navigation, the content, a footer.

const pageHeader = `<header><a href="/">Home</a><nav><ul><li><a href="/a">News</a></li><li><a href="/b">Shop</a></li>` +
	`<li><a href="/c">About</a></li><li><a href="/d">Contact</a></li></ul></nav></header>`

const pageFooter = `<footer><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>` +
	`<p>© 2025 Example Media. All rights reserved.</p></footer>`

func synthPage(head, body string) string {
	return `<!doctype html><html lang="en"><head>` + head + `</head><body>` + pageHeader + `<main>` + body + `</main>` +
		pageFooter + `</body></html>`
}

var articleParagraphs = []string{
	"The city council voted on Tuesday to extend the riverside park by two hectares, after a year of meetings in which residents asked for shade, benches and a path that stays dry in winter.",
	"The new land, a former rail yard, will be cleaned over the summer. Work on the paths should begin in the autumn and end before the spring floods, the mayor said after the vote.",
	"Opponents of the plan had argued that the money would be better spent on the roads of the northern districts, which have not been repaired in a decade, and on the town's two libraries.",
	"The council answered that a regional grant pays for most of the work, and that the roads would be repaired next year with the rest of the budget. The vote was twelve to five.",
	"Residents who attended the meeting welcomed the decision. Many of them had signed a petition last spring that gathered more than three thousand names in a few weeks.",
}

func articlePageHTML() string {
	var b strings.Builder
	for _, p := range articleParagraphs {
		b.WriteString("<p>" + p + "</p>")
	}
	return synthPage(`<title>Council extends the riverside park | Valley Gazette</title><meta property="og:type" content="article">`+
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council extends the riverside park","datePublished":"2025-03-04"}</script>`,
		`<article><h1>Council extends the riverside park</h1><p>By Jane Doe</p>`+b.String()+`</article>`)
}

func listingPageHTML() string {
	var b strings.Builder
	for i := range 14 {
		fmt.Fprintf(&b, `<div class="card"><a href="/news/story-%d"><h3>Storm number %d closes the coastal road for the whole weekend</h3>`+
			`<p>Engineers say the road will reopen on Monday once the fallen rocks of landslide %d are cleared.</p></a>`+
			`<span>%d hrs ago</span></div>`, i, i, i, i+1)
	}
	return synthPage(`<title>Latest news | Valley Gazette</title>`, `<h1>Latest news</h1>`+b.String())
}

func collectionPageHTML() string {
	var b strings.Builder
	for i := range 16 {
		fmt.Fprintf(&b, `<li class="product-card"><a href="/products/mug-%d"><img src="m%d.jpg" alt=""><span>Stoneware mug model %d in blue glaze</span></a>`+
			`<span class="price">$%d.99</span><button>Add to cart</button></li>`, i, i, i, 10+i)
	}
	return synthPage(`<title>Mugs | Clay Shop</title><meta property="og:type" content="website">`+
		`<script type="application/ld+json">{"@type":"CollectionPage","name":"Mugs"}</script>`,
		`<h1>Mugs</h1><p>16 products</p><ul class="grid">`+b.String()+`</ul>`)
}

func productPageHTML() string {
	return synthPage(`<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug","offers":{"@type":"Offer","price":"18.00"}}</script>`,
		`<h1>Stoneware mug, blue</h1><p class="price">$18.00</p><button>Add to cart</button>`+
			`<h2>Description</h2><p>Thrown by hand and glazed in a deep blue, this mug holds a generous cup of tea and keeps it warm.</p>`+
			`<h2>Specifications</h2><table><tr><td>Capacity</td><td>350 ml</td></tr><tr><td>Weight</td><td>320 g</td></tr>`+
			`<tr><td>Dishwasher</td><td>Yes</td></tr></table>`)
}

func forumPageHTML() string {
	var b strings.Builder
	posts := []string{
		"Since the update my router drops the connection every evening at about nine. Has anyone seen this? I tried a factory reset already.",
		"Same here. Turning off the automatic channel selection fixed it for me, the router kept jumping to a busy channel.",
		"Thanks, that worked! Two evenings without a drop now. I set the channel to eleven by hand.",
	}
	for i, p := range posts {
		fmt.Fprintf(&b, `<div class="post" id="post-%d"><div class="author"><a href="/u/%d">user%d</a></div><div class="post-body"><p>%s</p></div></div>`, i, i, i, p)
	}
	return synthPage(`<title>Router drops connection every evening - Help - Home Network Forum</title>`+
		`<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Router drops connection every evening"}</script>`,
		`<h1>Router drops connection every evening</h1>`+b.String())
}

func docsPageHTML() string {
	var side strings.Builder
	for _, n := range []string{"Installation", "Configuration", "Authentication", "Requests", "Errors", "Pagination", "Webhooks"} {
		side.WriteString(`<li><a href="/docs/` + strings.ToLower(n) + `">` + n + `</a></li>`)
	}
	return synthPage(`<title>Requests - Client library documentation</title>`,
		`<nav class="sidebar"><ul>`+side.String()+`</ul></nav><h1>Requests</h1>`+
			`<p>Every request is sent with the client's default headers. Build a request with NewRequest and send it with Do.</p>`+
			`<pre><code>req, err := client.NewRequest("GET", "/items", nil)
if err != nil {
	return err
}
resp, err := client.Do(ctx, req)</code></pre>`+
			`<h2>Parameters</h2><table><tr><th>Name</th><th>Type</th><th>Description</th></tr>`+
			`<tr><td>method</td><td>string</td><td>The HTTP method.</td></tr>`+
			`<tr><td>path</td><td>string</td><td>The path, relative to the base URL.</td></tr>`+
			`<tr><td>body</td><td>any</td><td>Encoded as JSON when not nil.</td></tr></table>`+
			`<h2>Errors</h2><p>Do returns an *Error for responses with a status of 400 or more.</p>`+
			`<pre><code>var e *client.Error
if errors.As(err, &e) {
	log.Println(e.Status)
}</code></pre>`)
}

func servicePageHTML() string {
	var features strings.Builder
	for _, f := range []string{"Backups every hour", "Restore in one click", "Encrypted at rest", "Alerts by e-mail"} {
		features.WriteString(`<section class="feature"><h3>` + f + `</h3><p>Set it up once and forget it.</p></section>`)
	}
	return synthPage(`<title>Cloudsafe - Backups for small teams</title><meta property="og:type" content="website">`,
		`<section class="hero"><h1>Backups for small teams</h1><p>Protect your files without thinking about it.</p>`+
			`<a class="button" href="/signup">Start free trial</a></section>`+
			`<section class="features"><h2>Everything you need</h2>`+features.String()+`</section>`+
			`<section class="pricing"><h2>Pricing</h2><p>Starter $9 per month</p><p>Team $29 per month</p></section>`+
			`<section class="faq"><h2>Questions</h2><h3>Can I cancel anytime?</h3><p>Yes, with one click from your account.</p></section>`)
}

func TestJudgePage(t *testing.T) {
	tests := []struct {
		name, url, html string
		want            PageType
		keep            []string // in the text
	}{
		{"article", "https://gazette.example/2025/03/04/council-extends-the-riverside-park", articlePageHTML(), PageArticle,
			[]string{articleParagraphs[0], articleParagraphs[4]}},
		{"listing", "https://gazette.example/news", listingPageHTML(), PageListing,
			[]string{"Storm number 3 closes the coastal road", "Engineers say the road will reopen"}},
		{"collection", "https://shop.example/collections/mugs", collectionPageHTML(), PageCollection,
			[]string{"Stoneware mug model 7 in blue glaze", "$17.99"}},
		{"product", "https://shop.example/products/stoneware-mug-blue", productPageHTML(), PageProduct,
			[]string{"Thrown by hand", "Capacity"}},
		{"forum", "https://forum.example/t/router-drops-connection-every-evening/4512", forumPageHTML(), PageForum,
			[]string{"Since the update my router", "Turning off the automatic channel", "Two evenings without a drop"}},
		{"documentation", "https://client.example/docs/requests", docsPageHTML(), PageDocumentation,
			[]string{"client.NewRequest", "The path, relative to the base URL.", "errors.As(err, &e)"}},
		{"service", "https://cloudsafe.example/", servicePageHTML(), PageService,
			[]string{"Protect your files", "Restore in one click", "Team $29 per month", "Yes, with one click"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.html), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != tt.want {
				_, probs := judgePage(&res.signals)
				t.Errorf("PageType = %s, want %s (probabilities %.2f)", res.PageType, tt.want, probs)
			}
			if res.Confidence < 0 || res.Confidence > 1 {
				t.Errorf("Confidence = %v", res.Confidence)
			}
			for _, k := range tt.keep {
				if !strings.Contains(res.Text, k) {
					t.Errorf("text lacks %q:\n%s", k, res.Text)
				}
			}
			if strings.Contains(res.Text, "All rights reserved") || strings.Contains(res.Text, "Privacy policy") {
				t.Errorf("text holds the footer:\n%s", res.Text)
			}
		})
	}
}

// TestSectionsKeepCards checks what the model is for: the teasers of a
// listing are its content although every one of them is a link, which
// the article model drops.
func TestSectionsKeepCards(t *testing.T) {
	res, err := FromBytes([]byte(listingPageHTML()), Options{URL: "https://gazette.example/news"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 14 {
		if want := fmt.Sprintf("Storm number %d closes", i); !strings.Contains(res.Text, want) {
			t.Errorf("listing text lacks card %d", i)
		}
	}
	for _, bad := range []string{"Privacy policy", "All rights reserved", "Contact"} {
		if strings.Contains(res.Text, bad) {
			t.Errorf("listing text holds %q", bad)
		}
	}
}

// TestSectionsOnArticle checks that a wrong guess degrades to text, not to
// nothing: an article read section by section keeps its paragraphs.
func TestSectionsOnArticle(t *testing.T) {
	s := segmentHTML([]byte(articlePageHTML()), "", Limits{}.withDefaults(), nil, false)
	s.setTexts()
	keepSections(s.blocks, PageService)
	var kept strings.Builder
	for _, b := range s.blocks {
		if b.Kept {
			kept.WriteString(b.Text + "\n")
		}
	}
	for _, p := range articleParagraphs {
		if !strings.Contains(kept.String(), p) {
			t.Errorf("sections of an article lost %q", p[:40])
		}
	}
	if strings.Contains(kept.String(), "All rights reserved") || strings.Contains(kept.String(), "Privacy policy") {
		t.Error("sections of an article kept the footer")
	}
}

func TestKeepSections(t *testing.T) {
	block := func(text string, kind boilerplate.Kind, words, linkWords int, h boilerplate.Hint) boilerplate.Block {
		return boilerplate.Block{Text: text, Kind: kind, Features: boilerplate.Features{Words: words, LinkWords: linkWords, Hints: h}}
	}
	tests := []struct {
		name   string
		b      boilerplate.Block
		t      PageType
		reason boilerplate.Reason
	}{
		{"card title", block("Storm closes the coastal road", boilerplate.KindHeading, 5, 5, 0), PageListing, ""},
		{"category card's title", block("Radios (4)", boilerplate.KindHeading, 2, 2, 0), PageCollection, ""},
		{"linked heading on a forum", block("Radios (4)", boilerplate.KindHeading, 2, 2, 0), PageForum, boilerplate.ReasonLinkList},
		{"code beside the reference", block("curl https://api.example/v1/charges", boilerplate.KindCode, 4, 0, boilerplate.HintAside), PageDocumentation, ""},
		{"code in a sidebar elsewhere", block("curl https://api.example/v1/charges", boilerplate.KindCode, 4, 0, boilerplate.HintAside), PageArticle, boilerplate.ReasonNavigation},
		{"code in the navigation", block("curl https://api.example/v1/charges", boilerplate.KindCode, 4, 0, boilerplate.HintNav|boilerplate.HintAside), PageDocumentation, boilerplate.ReasonNavigation},
		{"menu item", block("Shop", boilerplate.KindListItem, 1, 1, 0), PageListing, boilerplate.ReasonLinkList},
		{"price", block("$18.00", boilerplate.KindParagraph, 2, 0, 0), PageCollection, ""},
		{"in the footer", block("About the company and its history", boilerplate.KindParagraph, 6, 0, boilerplate.HintFooter), PageService, boilerplate.ReasonNavigation},
		{"hidden", block("Free delivery over 50 dollars", boilerplate.KindParagraph, 5, 0, boilerplate.HintHidden), PageService, boilerplate.ReasonHidden},
		{"cookie notice", block("We use cookies to improve your experience. Accept all cookies", boilerplate.KindParagraph, 10, 0, 0), PageService, boilerplate.ReasonCookieNotice},
		{"other thread on a forum", block("Router keeps restarting after the firmware update", boilerplate.KindListItem, 7, 7, 0), PageForum, boilerplate.ReasonLinkList},
		{"a post that links its sources", func() boilerplate.Block {
			b := block("The vote is on the fourth. The polls say so. The papers agree.", boilerplate.KindParagraph, 13, 9, 0)
			b.Features.Sentences = 3
			return b
		}(), PageForum, ""},
		{"vote counter on a forum", block("27", boilerplate.KindParagraph, 1, 0, 0), PageForum, boilerplate.ReasonTooShort},
		{"vote counter elsewhere", block("27", boilerplate.KindParagraph, 1, 0, 0), PageService, ""},
		{"comment under a listing", block("Great list, but it misses my favourite novel entirely.", boilerplate.KindParagraph, 9, 0, boilerplate.HintComment), PageListing, boilerplate.ReasonComments},
		{"review under a collection", block("Comfortable from the first day, I wear them to work.", boilerplate.KindParagraph, 10, 0, boilerplate.HintComment), PageCollection, boilerplate.ReasonComments},
		{"reply on a forum", block("Try a factory reset, then install the update again.", boilerplate.KindParagraph, 9, 0, boilerplate.HintComment), PageForum, ""},
		{"testimonial on a service page", block("They moved our office in one day without a scratch.", boilerplate.KindParagraph, 10, 0, boilerplate.HintComment), PageService, ""},
		{"a member's signature on a forum", block("Running two routers and a lot of patience since 2009", boilerplate.KindParagraph, 10, 0, boilerplate.HintSignature), PageForum, boilerplate.ReasonAuthorBio},
		{"a signature block elsewhere", block("Running two routers and a lot of patience since 2009", boilerplate.KindParagraph, 10, 0, boilerplate.HintSignature), PageService, ""},
		{"a post in a comment element", block("Thanks, that worked for me too.", boilerplate.KindParagraph, 6, 0, boilerplate.HintComment), PageForum, ""},
		{"a filter", func() boilerplate.Block {
			b := block("Price, low to high", boilerplate.KindListItem, 4, 0, boilerplate.HintForm)
			b.Tag = "label"
			return b
		}(), PageCollection, boilerplate.ReasonInterface},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []boilerplate.Block{tt.b}
			keepSections(blocks, tt.t)
			if got := blocks[0]; got.Reason != tt.reason || got.Kept != (tt.reason == "") {
				t.Errorf("reason %q kept %v, want %q", got.Reason, got.Kept, tt.reason)
			}
		})
	}
}

// TestKeepSectionsAfterFooter: a page ends at its footer. What a listing
// or a service page prints after it (a policy dialog a script opens, a
// cart drawer) goes; a documentation page keeps it, and so does a page
// without a footer.
func TestKeepSectionsAfterFooter(t *testing.T) {
	para := func(text string, h boilerplate.Hint) boilerplate.Block {
		n := len(strings.Fields(text))
		return boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Features: boilerplate.Features{Words: n, Sentences: 1, Hints: h}}
	}
	card := "Wool runners, light and warm, for every day of the year."
	policy := "Returns are accepted within thirty days of delivery in their original packaging."
	tests := []struct {
		name       string
		t          PageType
		footer     boilerplate.Hint
		keepPolicy bool
	}{
		{"listing", PageListing, boilerplate.HintFooter, false},
		{"collection", PageCollection, boilerplate.HintFooter, false},
		{"service", PageService, boilerplate.HintFooter, false},
		{"documentation", PageDocumentation, boilerplate.HintFooter, true},
		{"no footer", PageListing, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []boilerplate.Block{para(card, 0), para("Copyright and contact details of the shop.", tt.footer), para(policy, 0)}
			keepSections(blocks, tt.t)
			if !blocks[0].Kept {
				t.Errorf("the card went: %q", blocks[0].Reason)
			}
			if got := blocks[2].Kept; got != tt.keepPolicy {
				t.Errorf("text after the footer kept %v (reason %q), want %v", got, blocks[2].Reason, tt.keepPolicy)
			}
		})
	}
}

// TestForumPostFrames: on a forum, the labels of the author card beside
// every post and the buttons every post repeats go; the posts stay, and a
// short line printed once ("Thanks, that worked.") stays.
func TestForumPostFrames(t *testing.T) {
	para := func(text string, words int) boilerplate.Block {
		return boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Features: boilerplate.Features{Words: words}}
	}
	var blocks []boilerplate.Block
	posts := []string{"My router keeps restarting every night after the firmware update to version two.",
		"Try a factory reset, then install the update again from the vendor's site.",
		"Thanks, that worked."}
	for _, p := range posts {
		blocks = append(blocks, para("Joined", 1), para("Posts", 1), para("New member", 2), para(p, len(strings.Fields(p))))
	}
	keepSections(blocks, PageForum)
	for _, b := range blocks {
		post := slices.Contains(posts, b.Text)
		if b.Kept != post {
			t.Errorf("%q kept %v (reason %q), want %v", b.Text, b.Kept, b.Reason, post)
		}
	}
	// Elsewhere a repeated short line is not a frame ("Add to cart").
	blocks = []boilerplate.Block{para("In stock", 2), para("In stock", 2)}
	keepSections(blocks, PageCollection)
	if !blocks[0].Kept || !blocks[1].Kept {
		t.Error("a repeated short line was dropped on a collection page")
	}
}

// TestProductFacts: a product's page whose description container holds
// little keeps the facts around the product's name, not the other
// products linked beside it.
func TestProductFacts(t *testing.T) {
	var others strings.Builder
	for i := range 6 {
		fmt.Fprintf(&others, `<li><a href="/products/bowl-%d">Stoneware bowl number %d in green</a> <span>$%d.00</span></li>`, i, i, 20+i)
	}
	html := synthPage(`<title>Stoneware mug, blue | Clay Shop</title><meta property="og:type" content="product">`+
		`<script type="application/ld+json">{"@type":"Product","name":"Stoneware mug, blue"}</script>`,
		`<div class="product"><div class="info"><h1>Stoneware mug, blue</h1><p class="brand">Clay Shop Studio</p><p class="price">$18.00</p>`+
			`<p>Capacity: 350 ml</p><p>Dishwasher safe</p><button>Add to cart</button></div>`+
			`<div class="description"><p>Thrown by hand and glazed in a deep blue, this mug holds a generous cup of tea. `+
			`The glaze is food safe and the clay is fired at high heat, so it keeps its colour for years.</p></div></div>`+
			`<h2>You may also like</h2><ul>`+others.String()+`</ul>`)
	res, err := FromBytes([]byte(html), Options{URL: "https://shop.example/products/stoneware-mug-blue"})
	if err != nil {
		t.Fatal(err)
	}
	if res.PageType != PageProduct {
		t.Fatalf("PageType = %s", res.PageType)
	}
	for _, want := range []string{"Clay Shop Studio", "$18.00", "Capacity: 350 ml", "Thrown by hand"} {
		if !strings.Contains(res.Text, want) {
			t.Errorf("product text lacks %q:\n%s", want, res.Text)
		}
	}
	if strings.Contains(res.Text, "Stoneware bowl") {
		t.Errorf("product text holds other products:\n%s", res.Text)
	}
}

func TestHasPrice(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"$19.99", true}, {"19,99 €", true}, {"Only £5 today", true}, {"¥1200", true},
		{"It costs money", false}, {"$ and €", false}, {"19.99", false},
		// A space between the sign and the amount, as WooCommerce's
		// "left with space" and Dutch, Italian or French shops print it.
		{"Price: $ 20", true}, {"$\u00a0335.00", true}, {"€ 12,95", true}, {"€\u202f12,95", true}, {"12,95\u00a0€", true},
		{"Save $ on 5 items", false}, {"€  12", false},
		// Signs past the first eight bytes, and across their steps.
		{"The set costs 20 €", true}, {"Bowls, mugs and jugs: $45", true}, {"Handmade $7", true},
		{"Handmad $7", true}, {"Handmade 7 $ each", true}, {"Ceramics of the year 2024 €", true},
		{"Ceramics of the year 2024, and more €", false}, {"A long line of text with no currency at all 12", false},
	} {
		if got := hasPrice(tt.text); got != tt.want {
			t.Errorf("hasPrice(%q) = %v", tt.text, got)
		}
	}
}
