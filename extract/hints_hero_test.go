package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestHeroHeaders: a wrapper named for a header that holds the page's one
// <h1> and no link is the hero of a landing page, and its header hint is
// not believed; the site's header, which links home, keeps its hint, and
// so does every header when the page has two <h1>s.
func TestHeroHeaders(t *testing.T) {
	lead := "Get a weekly list of the new openings at firms that work four days a week."
	menu := `<div class="site-header"><a href="/">Home</a> <a href="/jobs">Jobs</a> <a href="/about">About</a></div>`
	rest := "<p>" + textPara1 + "</p><p>" + textPara2 + "</p><p>" + textPara1 + " Again.</p><p>" + textPara2 + " Again.</p>"
	for _, c := range []struct {
		name, body string
		kept       bool // whether the lead keeps clear of the header hint
	}{
		{"a hero named header", menu + `<div class="hero-header"><h1>Find a shorter week</h1><p>` + lead + `</p></div>`, true},
		{"a hero with a call to action", menu + `<div class="hero-header"><h1>Find a shorter week</h1><p>` + lead + `</p><a href="/signup">Sign up</a></div>`, false},
		{"the site's header holds the title", `<div class="page-header"><a href="/">Home</a><h1>Find a shorter week</h1><p>` + lead + `</p></div>`, false},
		{"a hero with a breadcrumb trail", menu + `<div class="catalog-header"><nav class="crumbs"><ol><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li>Short weeks</li></ol></nav><h1>Find a shorter week</h1><p>` + lead + `</p></div>`, true},
		{"a header with the site's menu", `<div class="page-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/jobs">Jobs</a></li><li><a href="/about">About</a></li></ul></nav><h1>Find a shorter week</h1><p>` + lead + `</p></div>`, false},
		{"two titles", menu + `<div class="hero-header"><h1>Find a shorter week</h1><p>` + lead + `</p></div><h1>Latest jobs</h1>`, false},
	} {
		s := segmentHTML([]byte(`<html><body>`+c.body+rest+`</body></html>`), "", Limits{}.withDefaults(), nil, false)
		s.setTexts()
		resolveHints(s, false)
		found := false
		for i := range s.blocks {
			b := &s.blocks[i]
			if b.Text != lead {
				continue
			}
			found = true
			if clear := !b.Features.Hints.Has(boilerplate.HintHeader); clear != c.kept {
				t.Errorf("%s: lead clear of the header hint %v, want %v", c.name, clear, c.kept)
			}
		}
		if !found {
			t.Errorf("%s: no block holds the lead", c.name)
		}
		s.release()
	}
}
