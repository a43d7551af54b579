package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// shopBlurb is a footer's paragraphs about the business: the longest
// prose on a page of short lines.
const shopBlurb = `<footer class="site-footer"><h4>About Sparkle</h4><p>Sparkle has cleaned homes across the county since 1994. ` +
	`Every cleaner we send is trained by our own team, insured and checked, and we come back for free when anything was missed.</p>` +
	`<p>Bookings made before noon are confirmed the same day, and you can move or cancel a visit up to a day before it at no cost.</p>` +
	`<ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul></footer>`

// newsletterFooter is a footer with a sign-up box and legal links.
const newsletterFooter = `<footer><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li></ul>` +
	`<p>Sign up for our newsletter to get the latest news delivered to your inbox every week.</p>` +
	`<form><input type="email"><button>Subscribe</button></form><p>© 2025 Riverside Hawks. All rights reserved.</p></footer>`

// clubHeader is a site's header: its name and its menu.
const clubHeader = `<header class="site-header"><a href="/" class="logo">Riverside Hawks</a><nav class="main-nav"><ul>` +
	`<li><a href="/a">Home</a></li><li><a href="/b">Tickets</a></li><li><a href="/c">Team</a></li><li><a href="/d">News</a></li>` +
	`<li><a href="/e">Contact</a></li></ul></nav></header>`

// packagesPage is a price list: three cards of short lines under the
// title, no prose.
func packagesPage(footer string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Packages | Sparkle</title></head><body>` + pageHeader +
		`<div class="page"><div class="title-bar"><h1>Our Packages</h1></div><div class="row">`)
	for _, p := range [][]string{
		{"Basic Clean", "£49", "Kitchen and bathroom", "Vacuum all floors", "Dusting surfaces"},
		{"Deep Clean", "£99", "Inside oven and fridge", "Windows inside", "Skirting boards"},
		{"End of Tenancy", "£189", "Carpet shampoo", "Limescale removal", "Deposit-back guarantee"},
	} {
		fmt.Fprintf(&b, `<div class="col"><div class="package"><div class="name">%s</div><div class="price">%s</div>`+
			`<div class="feature">%s</div><div class="feature">%s</div><div class="feature">%s</div>`+
			`<a class="btn" href="/book">Book now</a></div></div>`, p[0], p[1], p[2], p[3], p[4])
	}
	b.WriteString(`</div></div>` + footer + `</body></html>`)
	return b.String()
}

// schedulePage is a team's schedule: linked rows of a date, an opponent
// and a result under the title, and a sidebar column with the club's
// blurb.
func schedulePage() string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Schedule | Riverside Hawks</title><meta name="description" content="Full schedule and results for the Riverside Hawks."></head><body>` + clubHeader +
		`<div class="wrap"><div class="main-col"><h1>2025-26 Schedule</h1><ul class="schedule">`)
	for i, g := range [][]string{
		{"Oct 4", "vs Lakeside Wolves", "W 5-3"}, {"Oct 11", "at Hill City Bears", "L 1-2"},
		{"Oct 18", "vs Westport Kings", "W 4-0"}, {"Oct 25", "at Northbridge Flyers", "OTL 2-3"},
		{"Nov 1", "vs Southgate Storm", "W 3-1"}, {"Nov 8", "at Eastfield Ice", "W 6-2"},
		{"Nov 15", "vs Lakeside Wolves", "L 0-1"}, {"Nov 22", "at Westport Kings", "W 2-1"},
	} {
		fmt.Fprintf(&b, `<li><a href="/game/%d"><span>%s</span> <span>%s</span> <span>%s</span></a></li>`, i, g[0], g[1], g[2])
	}
	b.WriteString(`</ul></div><div class="side-col"><div class="widget"><h3>About the Hawks</h3><p>The Riverside Hawks have played ` +
		`in the regional league since 1971 and won the championship four times, most recently in 2019. Home games are played ` +
		`at the Riverside Ice Centre on Mill Lane.</p></div></div></div>` + newsletterFooter + `</body></html>`)
	return b.String()
}

// resultsPage is a club's results: a table of linked dates, opponents
// and scores under the title and a short intro, in a column beside a
// card that invites readers to join the club.
func resultsPage(header string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Results | Westport Rugby Club</title></head><body>` + clubHeader +
		`<div class="container"><div class="row"><div class="col-8"><h1>First XV results</h1>` +
		`<p>Our league season so far, with links to every match report.</p><table class="results">` + header)
	for i, m := range [][]string{
		{"6 Sep", "Ashby RFC", "W 24-10"}, {"13 Sep", "Long Marston", "L 7-19"}, {"20 Sep", "Kings Norton", "W 31-12"},
		{"27 Sep", "Hill Green", "W 17-15"}, {"4 Oct", "Stoke Row", "D 12-12"}, {"11 Oct", "Westcott", "L 3-28"},
	} {
		fmt.Fprintf(&b, `<tr><td><a href="/match/%d">%s</a></td><td><a href="/club/%d">%s</a></td><td><a href="/report/%d">%s</a></td></tr>`,
			i, m[0], i, m[1], i, m[2])
	}
	b.WriteString(`</table></div><div class="col-4"><div class="card"><h3>Join the club</h3><p>Training is on Tuesday and ` +
		`Thursday evenings from seven at the Mill Lane ground. Players of every age and ability are welcome, and your first ` +
		`month is free.</p></div></div></div></div>` + newsletterFooter + `</body></html>`)
	return b.String()
}

// besideArticle is an article whose headline and byline stand in a
// header beside the body's container, with a sidebar of teasers and a
// footer blurb: the body is the content, and neither fallback runs.
func besideArticle() string {
	return `<!doctype html><html lang="en"><head><title>Park to grow by two hectares</title></head><body>` + pageHeader +
		`<div class="story-head"><h1>Park to grow by two hectares</h1><p class="byline">By Ann Lee</p>` +
		`<p class="standfirst">Work on the former rail yard starts in the autumn, and the new paths should open before the spring floods.</p>` +
		`<ul class="share"><li><a href="/s/f">Share</a></li><li><a href="/s/t">Post</a></li></ul></div>` +
		`<div class="columns"><div class="story-body"><p>` + strings.Join(articleParagraphs, `</p><p>`) + `</p></div>` +
		`<div class="side-col"><h3>Most read</h3><ul><li><a href="/n/1">Cycle lane opens on the northern bridge</a></li>` +
		`<li><a href="/n/2">Library hours change in June</a></li></ul></div></div>` + shopBlurb + `</body></html>`
}

// Pages of short lines whose article container was a blurb: the price
// list's cards and the schedule's rows are added, the blurb's text may
// stay (more text, never less); an article is left as it was.
func TestBlurbBesideShortLines(t *testing.T) {
	tests := []struct {
		name, url, page, fallback string
		want, not                 []string
	}{
		{"price list, blurb in the footer", "https://sparkle.example/packages", packagesPage(shopBlurb), FallbackPage,
			[]string{"Basic Clean", "£99", "Deposit-back guarantee", "Limescale removal"}, []string{"Privacy policy"}},
		// The sidebar's blurb outweighs the rows but keeps its name
		// beside them (see contentBeside): the page's sections, not the
		// title's container, give the same text.
		{"schedule, blurb in a sidebar column", "https://hawks.example/team/schedule-2025", schedulePage(), FallbackPage,
			[]string{"Oct 4", "at Hill City Bears", "OTL 2-3", "at Westport Kings"}, []string{"Privacy policy"}},
		{"results table beside a card", "https://westport.example/results/", resultsPage(`<tr><th>Date</th><th>Opponent</th><th>Result</th></tr>`),
			FallbackTitle, []string{"6 Sep", "Ashby RFC", "W 24-10", "11 Oct", "L 3-28"}, []string{"Privacy policy"}},
		{"results table without a header row", "https://westport.example/results/", resultsPage(""),
			FallbackTitle, []string{"6 Sep", "Ashby RFC", "W 24-10", "11 Oct", "L 3-28"}, []string{"Privacy policy"}},
		{"results table on a service page", "https://westport.example/", resultsPage(`<tr><th>Date</th><th>Opponent</th><th>Result</th></tr>`),
			"", []string{"6 Sep", "Ashby RFC", "W 24-10", "11 Oct", "L 3-28"}, []string{"Privacy policy"}},
		{"article beside its headline", "https://news.example/2025/05/park", besideArticle(), "",
			[]string{articleParagraphs[0], articleParagraphs[4]}, []string{"Sparkle has cleaned", "Share", "By Ann Lee"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := FromBytes([]byte(tt.page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if res.Fallback != tt.fallback {
				t.Errorf("fallback %q, want %q (page type %s)", res.Fallback, tt.fallback, res.PageType)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, res.Text)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(res.Text, w) {
					t.Errorf("text holds %q:\n%s", w, res.Text)
				}
			}
		})
	}
}

// gridTable takes rows of one width, three or more of them, and no table
// whose rows differ or that sits under a negative hint.
func TestGridTable(t *testing.T) {
	row := func(id, n int, h boilerplate.Hint) []boilerplate.Block {
		var cells []boilerplate.Block
		for range n {
			cells = append(cells, boilerplate.Block{Kind: boilerplate.KindTableCell,
				Features: boilerplate.Features{ContainerID: id, Words: 2, Hints: h}})
		}
		return cells
	}
	rows := func(h boilerplate.Hint, widths ...int) []boilerplate.Block {
		var cells []boilerplate.Block
		for i, w := range widths {
			cells = append(cells, row(i+1, w, h)...)
		}
		return cells
	}
	tests := []struct {
		name  string
		cells []boilerplate.Block
		want  bool
	}{
		{"three rows of three", rows(0, 3, 3, 3), true},
		{"six rows of two", rows(0, 2, 2, 2, 2, 2, 2), true},
		{"two rows", rows(0, 3, 3), false},
		{"one column", rows(0, 1, 1, 1, 1), false},
		{"rows of different widths", rows(0, 3, 3, 2, 3), false},
		{"last row short", rows(0, 3, 3, 3, 1), false},
		{"in a sidebar", rows(boilerplate.HintAside, 3, 3, 3), false},
	}
	for _, tt := range tests {
		if got := gridTable(tt.cells); got != tt.want {
			t.Errorf("%s: gridTable = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// keepGridTables with judged set takes only the tables the reading kept a
// cell of; without it, every table of rows.
func TestKeepGridTablesJudged(t *testing.T) {
	table := func(keepFirst bool) []boilerplate.Block {
		var cells []boilerplate.Block
		for r := range 3 {
			for range 2 {
				cells = append(cells, boilerplate.Block{Kind: boilerplate.KindTableCell, Reason: boilerplate.ReasonLinkList,
					Features: boilerplate.Features{ContainerID: r + 1, Words: 2, LinkWords: 2}})
			}
		}
		if keepFirst {
			cells[0].Keep()
		}
		return cells
	}
	tests := []struct {
		name             string
		keepFirst, judge bool
		want             int
	}{
		{"judged, a cell kept", true, true, 6},
		{"judged, no cell kept", false, true, 0},
		{"not judged", false, false, 6},
	}
	for _, tt := range tests {
		cells := table(tt.keepFirst)
		keepGridTables(cells, tt.judge)
		kept := 0
		for i := range cells {
			if cells[i].Kept {
				kept++
			}
		}
		if kept != tt.want {
			t.Errorf("%s: %d cells kept, want %d", tt.name, kept, tt.want)
		}
	}
}
