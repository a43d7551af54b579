package extract

import (
	"fmt"
	"strings"
	"testing"
)

// Items of synthetic listings, one writer per kind of page. Each item has
// a title, a summary and short fields of its own (a linked author or
// place, a date) that alone would read as a menu's entry or a dateline.
var itemWriters = map[string]func(b *strings.Builder, i int){
	"blog index": func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<article class="post"><h2><a href="/posts/%d">Notes on pruning fruit tree number %d</a></h2>`+
			`<div class="meta"><a href="/authors/%d">Ruth Okafor%d</a></div><div class="date">March %d, 2025</div>`+
			`<p>What a cold spring taught us about cutting back the old wood of tree %d before the buds open.</p>`+
			`<a class="more" href="/posts/%d">Continue reading</a></article>`, i, i, i, i, i+1, i, i)
	},
	"news section": func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<div class="story"><a href="/news/%d"><h3>Ferry line %d adds a night crossing for the summer</h3></a>`+
			`<a class="tag" href="/topics/%d">Harbourtown%d</a><p>The operator says the extra boat on line %d will run until the end of August.</p>`+
			`<span>%d hours ago</span></div>`, i, i, i, i, i, i+1)
	},
	"search results": func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<li class="result"><a href="https://docs.example/r%d">Result page about tide tables %d</a>`+
			`<div><a href="https://docs.example/">docs.example%d</a></div>`+
			`<p>Tide tables for harbour %d, with the heights of the water every hour of the day.</p></li>`, i, i, i, i)
	},
	"event list": func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<div class="event"><h3><a href="/events/%d">Evening talk on river birds, part %d</a></h3>`+
			`<div class="when">Sat, %d May 2026</div><div class="where"><a href="/venues/%d">Hall%d</a></div>`+
			`<p>A walk through the year of the herons and kingfishers of the lower valley, session %d.</p></div>`, i, i, i+1, i, i, i)
	},
	"linked cards": func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<div class="card"><a href="/guides/%d"><h3>Pitching a tent in strong wind, lesson %d</h3>`+
			`<p>Where to stake the guy lines first when the gusts come from the west, lesson %d.</p>`+
			`<div class="tag">Camping%d</div><time>%d June 2025</time></a></div>`, i, i, i, i, i+1)
	},
	"job board": func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<li class="job"><a href="/jobs/%d"><h3>Backend engineer for team %d</h3></a>`+
			`<a href="/companies/%d">Lumen%d</a><p>Build the services that route parcels for warehouse %d, with Go and Postgres.</p>`+
			`<span>%d days ago</span><div class="apply"><a href="/jobs/%d/apply">Apply now</a></div></li>`, i, i, i, i, i, i+1, i)
	},
}

// TestKeepItemFields checks that the short fields of a listing's items
// (a linked author, tag, site, venue or company; a date) stay with their
// items, while the links around the list (a box of topics, the pager) and
// a button that every item repeats go.
func TestKeepItemFields(t *testing.T) {
	aside := `<div class="topics"><a href="/t/1">Gardening</a> <a href="/t/2">Weather</a> <a href="/t/3">Travel</a></div>`
	pager := `<div class="pager"><a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next</a></div>`
	tests := []struct {
		name       string
		wrap       [2]string
		want, lose []string
	}{
		{"blog index", [2]string{`<div class="posts">`, `</div>`},
			[]string{"Ruth Okafor3", "March 4, 2025", "Ruth Okafor11"}, []string{"Gardening", "Next"}},
		{"news section", [2]string{`<section>`, `</section>`},
			[]string{"Harbourtown2", "3 hours ago", "Harbourtown9"}, []string{"Weather", "Next"}},
		{"search results", [2]string{`<ol class="results">`, `</ol>`},
			[]string{"docs.example4", "docs.example10"}, []string{"Travel", "Next"}},
		{"event list", [2]string{`<div class="events">`, `</div>`},
			[]string{"Sat, 3 May 2026", "Hall5", "Hall10"}, []string{"Gardening", "Next"}},
		{"linked cards", [2]string{`<div class="guides">`, `</div>`},
			[]string{"Camping2", "4 June 2025", "Camping10"}, []string{"Travel", "Next"}},
		{"job board", [2]string{`<ul class="jobs">`, `</ul>`},
			[]string{"Lumen1", "2 days ago", "Lumen7"}, []string{"Apply now", "Weather", "Next"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Latest</h1>` + aside + tt.wrap[0])
			for i := range 12 {
				itemWriters[tt.name](&b, i)
			}
			b.WriteString(tt.wrap[1] + pager)
			// The page model is tested elsewhere: read the page as
			// a listing whatever it judges.
			s := segmentedPage(t, synthPage(`<title>Latest | Example</title>`, b.String()))
			keepSections(s.blocks, PageListing)
			keepItemFields(s, listItems(s, true))
			var text strings.Builder
			for i := range s.blocks {
				if s.blocks[i].Kept {
					text.WriteString(s.blocks[i].Text + "\n")
				}
			}
			checkHolds(t, text.String(), tt.want, tt.lose)
		})
	}
}

// TestListItems checks what is an item of a list: a small child, of a
// linked line and text, of an element with enough such children; not a
// lone link, not a large section, not one of too few siblings.
func TestListItems(t *testing.T) {
	item := func(i int) string {
		return fmt.Sprintf(`<div><a href="/%d">Item %d</a><p>Summary of item %d.</p></div>`, i, i, i)
	}
	section := func(i int) string {
		var b strings.Builder
		b.WriteString(`<div>`)
		for j := range 12 {
			fmt.Fprintf(&b, `<p>Line %d of section %d.</p><a href="/%d/%d">Link %d</a>`, j, i, i, j, j)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	links := func(i int) string { return fmt.Sprintf(`<div><a href="/%d">Link %d</a></div>`, i, i) }
	// A shop's card with a hidden copy of its fields, for screen readers.
	card := func(i int) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<div><a href="/p/%d">Carry-on %d</a><p>$%d.99</p><dl style="display:none">`, i, i, 60+i)
		for j := range 6 {
			fmt.Fprintf(&b, `<dt>Field %d</dt><dd>Value %d of card %d</dd>`, j, j, i)
		}
		b.WriteString(`</dl></div>`)
		return b.String()
	}
	tests := []struct {
		name  string
		child func(int) string
		n     int
		want  bool
	}{
		{"items", item, listMinItems, true},
		{"too few items", item, listMinItems - 1, false},
		{"sections", section, 6, false},
		{"links alone", links, 8, false},
		{"cards with hidden fields", card, 6, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<html><body><div id="list">`)
			for i := range tt.n {
				b.WriteString(tt.child(i))
			}
			b.WriteString(`</div></body></html>`)
			s := segmentedPage(t, b.String())
			items := listItems(s, true)
			got := false
			for i := range s.blocks {
				if n := s.blockAt[i]; n >= 0 && items[n] >= 0 {
					got = true
				}
			}
			if got != tt.want {
				t.Errorf("blocks in an item: %v, want %v", got, tt.want)
			}
		})
	}
}

// TestItemHeadingsNamedForReviews checks that on a collection a card's
// title comes back when the box around it is named for the reviews it
// shows beside the title, while the headings of a list of reviews and a
// post card's "N comments" link stay out.
func TestItemHeadingsNamedForReviews(t *testing.T) {
	card := func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<div class="product-card"><a href="/p/%d"><img src="/i/%d.jpg" alt=""></a>`+
			`<div class="product-card__title-box product-card__title-box--with-reviews"><span class="rating">4.%d</span>`+
			`<a href="/p/%d"><h4>Seamless training tee %d</h4></a></div><p>slim fit</p><p>Colour %d</p><div class="price">$%d</div></div>`, i, i, i%10, i, i, i, 20+i)
	}
	review := func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<div class="comment"><a href="/u/%d">Shopper%d</a><h4>Runs small, order up %d</h4>`+
			`<p>The fabric is soft but the sleeves were tight after the first wash %d.</p></div>`, i, i, i, i)
	}
	post := func(b *strings.Builder, i int) {
		fmt.Fprintf(b, `<div class="post-card"><h3><a href="/posts/%d">Keeping a sourdough starter alive, week %d</a></h3>`+
			`<p>What feeding twice a day did to the starter in a cold kitchen, week %d.</p>`+
			`<div class="post-card__comments"><a href="/posts/%d#comments">%d comments</a></div></div>`, i, i, i, i, i+2)
	}
	tests := []struct {
		name       string
		item       func(*strings.Builder, int)
		wrap       [2]string
		want, lose []string
	}{
		{"card titles named for reviews", card, [2]string{`<div class="grid">`, `</div>`}, []string{"Seamless training tee 3", "Seamless training tee 9"}, nil},
		{"a list of comments", review, [2]string{`<section class="comments"><h2>What buyers say</h2>`, `</section>`}, nil, []string{"Runs small, order up 3"}},
		{"comment links of post cards", post, [2]string{`<div class="grid">`, `</div>`}, []string{"week 4"}, []string{"5 comments"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			b.WriteString(`<h1>Training tops</h1>` + strings.Repeat(`<p>Tops for every session, cut from fabrics that dry fast `+
				`and stretch with you, in fits from slim to oversized, so that nothing holds you back on a long day.</p>`, 8) + tt.wrap[0])
			for i := range 12 {
				tt.item(&b, i)
			}
			b.WriteString(tt.wrap[1])
			res, err := FromBytes([]byte(synthPage(`<title>Training tops | Example</title>`, b.String())),
				Options{URL: "https://shop.example/c/tops", reading: PageCollection})
			if err != nil {
				t.Fatal(err)
			}
			checkHolds(t, res.Text, tt.want, tt.lose)
		})
	}
}
