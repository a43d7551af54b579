package extract

import (
	"testing"
)

// TestKeepSectionHeaders: on a service page the header of a section (an
// element named for a header that holds a heading and no link) is the
// section's title and lead, and stays; the site's header, which links
// home, goes, and so do a header that holds a link and a section header
// inside the site's header.
func TestKeepSectionHeaders(t *testing.T) {
	site := `<div class="site-header"><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/about">About</a></div>`
	body := `<h1>Payroll for small teams</h1>
<p>Run payroll in minutes, file taxes on time and pay your people in any of forty countries.</p>
<div class="section-header"><h2>Plans for every team</h2><p>Pick the plan that fits how your team works today.</p></div>
<div class="plan"><div class="card-header"><h3>Starter</h3><p>Everything a team of five needs to pay its people.</p></div>
<ul><li>Unlimited pay runs</li><li>Tax filing in one state</li></ul></div>
<div class="plan"><div class="card-header"><h3>Growth</h3><a href="/buy">Buy the growth plan</a></div>
<ul><li>Unlimited pay runs</li><li>Tax filing in every state</li></ul></div>
<div class="top-header"><a href="/blog">Blog</a><div class="sub-header"><h4>News from the team</h4></div></div>`
	s := segmentedPage(t, `<html><body>`+site+body+`</body></html>`)
	defer s.release()
	keepSections(s.blocks, PageService)
	kept := func() map[string]bool {
		m := make(map[string]bool)
		for _, b := range s.blocks {
			m[b.Text] = b.Kept
		}
		return m
	}
	if before := kept(); before["Plans for every team"] {
		t.Fatal("the section's header was kept before keepSectionHeaders: the test shows nothing")
	}
	keepSectionHeaders(s)
	after := kept()
	for text, want := range map[string]bool{
		"Plans for every team":                               true,
		"Pick the plan that fits how your team works today.": true,
		"Starter": true,
		"Everything a team of five needs to pay its people.": true,
		"Growth":              false,
		"Buy the growth plan": false,
		"Home Pricing About":  false,
		"News from the team":  false,
	} {
		got, ok := after[text]
		if !ok {
			t.Errorf("no block holds %q", text)
			continue
		}
		if got != want {
			t.Errorf("%q kept %v, want %v", text, got, want)
		}
	}
}
