package extract

import (
	"strconv"
	"strings"
	"testing"
)

// TestComparableSections: a landing page without article markup spreads
// its content over sibling sections of like weight (an overview above the
// heading that repeats the title, an FAQ, client stories), and density
// chooses one of them: every section of comparable weight joins it, but
// not a menu, a thin call to action or a section named for a promotion.
// An article whose body is one section keeps out the teasers beside it
// (two sections of weight are not a landing page) and its form.
func TestComparableSections(t *testing.T) {
	overview := "Our consultants look after the people side of your business, from the first hire to the day someone moves on, so your managers can run their teams."
	faq := []string{
		"Why would we support the people we let go? Because those who stay watch how the others are treated, and a fair exit keeps your name good in a small market.",
		"What problem can you solve first? Most clients start with their handbook, which we read and return with a short report of what the law now asks of them.",
	}
	quotes := []string{
		"The team rewrote our handbook in a month and trained every manager on it, and the complaints we used to get every week stopped within the quarter after that work.",
		"I was out of touch with hiring after twenty years in one firm, and my coach rebuilt my resume, rehearsed every interview with me and stayed until I signed an offer.",
		"Our planning day used to end in arguments, but their facilitator kept every department at the table and we left with a plan that all of the leaders had agreed on.",
	}
	promo := "Sign up for our newsletter and get the latest articles on the people side of business, with a guide to next year's employment rules sent to you right away."
	body := []string{
		"The council voted late on Tuesday to close the old bridge to traffic from next month, after engineers found cracks in two of its supports during a routine check of the river crossings.",
		"Drivers will be sent over the ring road while the bridge is repaired, which the council expects to take most of the summer and to cost more than the whole of this year's roads budget.",
		"Shop owners on both banks said they feared losing trade during the closure, and asked the council to keep the bridge open to people on foot and on bicycles for as long as it can.",
		"The engineers' report, published with the vote, says the cracks grew faster than expected over the winter, when the river rose higher than it had in forty years of records.",
	}
	teasers := []string{
		"Readers share their memories of the old bridge, from the first crossing in a horse and cart to the carnival floats of the summer parades.",
		"The ferry that ran before the bridge was built may come back for the summer, as two boat owners offered the council to carry people across.",
	}
	// Each section holds its own container; the one the page calls its
	// content weighs a little more than the others.
	section := func(class string, parts ...string) string {
		return `<section class="` + class + `"><div class="wrap">` + strings.Join(parts, "") + `</div></section>`
	}
	content := func(class string, parts ...string) string {
		return `<section class="` + class + `"><div class="content">` + strings.Join(parts, "") + `</div></section>`
	}
	ps := func(texts ...string) string {
		var b strings.Builder
		for _, x := range texts {
			b.WriteString("<p>" + x + "</p>")
		}
		return b.String()
	}
	// A menu of every service the firm sells weighs against the page's
	// body as a whole.
	var m strings.Builder
	m.WriteString(`<header><ul><li><a href="/a">Accounting</a></li>`)
	for i := range 200 {
		m.WriteString(`<li><a href="/s` + strconv.Itoa(i) + `">Advisory service ` + strconv.Itoa(i) + `</a></li>`)
	}
	m.WriteString(`</ul></header>`)
	menu := m.String()
	landing := menu +
		section("overview", ps(overview)) +
		section("services", `<h2>People Consulting</h2><a href="/s1"><h3>Outplacement</h3><p>Support for people who leave.</p></a>`) +
		section("questions", `<h2>Questions</h2>`+ps(faq...)) +
		section("cta", `<h2>Meet the team</h2><a href="/team">Our people</a>`) +
		content("stories", `<h2>Client stories</h2>`+ps(quotes...)) +
		section("newsletter-promo", ps(promo))
	article := menu +
		content("news", `<h2>Old bridge to close</h2>`+ps(body...)) +
		section("more", `<h2>More from the river</h2>`+ps(teasers...)) +
		section("signup", ps("Get the morning briefing in your inbox, every weekday before seven."))
	for _, tc := range []struct {
		name       string
		page       string
		keep, drop []string
	}{
		{"landing page", landing, append(append([]string{overview}, faq...), quotes...), []string{promo, "Our people", "Accounting"}},
		{"article", article, body, []string{teasers[0], teasers[1], "Get the morning briefing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>People Consulting</title></head><body>` + tc.page + `<footer><p>© 2026 Partners</p></footer></body></html>`
			s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
			defer s.release()
			s.setTexts()
			mask, _ := locate(s, false, Balanced)
			if mask == nil {
				t.Fatal("no container")
			}
			var got strings.Builder
			for i := range s.blocks {
				if mask[i] {
					got.WriteString(s.blocks[i].Text + "\n")
				}
			}
			for _, w := range tc.keep {
				if !strings.Contains(got.String(), w) {
					t.Errorf("lost %.40q:\n%s", w, got.String())
				}
			}
			for _, w := range tc.drop {
				if strings.Contains(got.String(), w) {
					t.Errorf("took in %.40q:\n%s", w, got.String())
				}
			}
		})
	}
}
