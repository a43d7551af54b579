package extract

import "testing"

// TestKeepLayoutProse: on a service page the lead of a section printed in
// an element named for a header, beside a link to the feature's page,
// stays with its heading; prose in the page's <header> element, in a
// menu's panel, under a banner role, a short label and a lead holding a
// link keep their verdicts.
func TestKeepLayoutProse(t *testing.T) {
	site := `<header class="top"><a href="/">Home</a> <a href="/pricing">Pricing</a>
<p>Our friendly support team answers every question you have about your account and your plan.</p></header>
<div class="mega-menu"><a href="/teams">Teams</a><p>Plan every sprint and review every release with the tools your whole team already knows.</p></div>
<div role="banner"><p>Spring sale on every plan this month only, with two extra months free for each new team.</p></div>`
	body := `<main><h1>Issue tracking for product teams</h1>
<p>Plan, build and ship with one tool that keeps every team in step with the roadmap and with each other.</p>
<section><div class="section-header"><h2>Turn feedback into issues</h2>
<p>Conversations and customer feedback become issues that are routed, labeled and prioritized for the right team.</p>
<a href="/intake">Intake</a></div><p>Every request lands in one queue, sorted before anyone reads it.</p></section>
<section><div class="section-header"><h2>Review the work</h2><p>Fast reviews.</p><a href="/review">Review</a></div>
<p>Every change is shown beside the issue that asked for it, with its discussion.</p></section>
<section><div class="section-header"><h2>Measure progress</h2>
<p>Dashboards show <a href="/insights">what needs your attention</a> across every project your teams run this quarter.</p>
<a href="/insights">Insights</a></div><p>Charts update as the work moves through each of its states.</p></section></main>`
	s := segmentedPage(t, `<html><body>`+site+body+`</body></html>`)
	defer s.release()
	keepSections(s.blocks, PageService)
	keepSectionHeaders(s)
	lead := "Conversations and customer feedback become issues that are routed, labeled and prioritized for the right team."
	for _, b := range s.blocks {
		if b.Text == lead && b.Kept {
			t.Fatal("the section's lead was kept before keepLayoutProse: the test shows nothing")
		}
	}
	keepLayoutProse(s)
	kept := make(map[string]bool)
	for _, b := range s.blocks {
		kept[b.Text] = b.Kept
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Turn feedback into issues", true},
		{lead, true},
		{"Our friendly support team answers every question you have about your account and your plan.", false},
		{"Plan every sprint and review every release with the tools your whole team already knows.", false},
		{"Spring sale on every plan this month only, with two extra months free for each new team.", false},
		{"Review the work", false},
		{"Fast reviews.", false},
		{"Measure progress", false},
		{"Dashboards show what needs your attention across every project your teams run this quarter.", false},
	} {
		got, ok := kept[c.text]
		if !ok {
			t.Errorf("no block holds %q", c.text)
			continue
		}
		if got != c.want {
			t.Errorf("%q kept %v, want %v", c.text, got, c.want)
		}
	}
}
