package extract

import (
	"strings"
	"testing"
)

// The toggle of an accordion set in a heading (href="#", role="button")
// leads nowhere: the heading's words are its own. Elsewhere such a link,
// and in a heading a link to another page, still count as links.
func TestSegmentHeadingToggles(t *testing.T) {
	tests := []struct {
		name, html string
		linkWords  int
	}{
		{"bare hash in a heading", `<h3><a href="#">How long does a repair take?</a></h3>`, 0},
		{"button role in a heading", `<h3><a href="/faq/repair" role="button">How long does a repair take?</a></h3>`, 0},
		{"hash with spaces", `<h4 class="toggle"><a href=" # " class="toggle-heading">Can I pay monthly?</a></h4>`, 0},
		{"bare hash in a paragraph", `<p><a href="#">Read the whole story</a></p>`, 4},
		{"button role in a list", `<ul><li><a href="#menu" role="button">Open the menu</a></li></ul>`, 3},
		{"heading links elsewhere", `<h3><a href="/news/bridge">Council approves the bridge</a></h3>`, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := onlyBlock(t, tt.html)
			if got := b.Features.LinkWords; got != tt.linkWords {
				t.Errorf("%q: %d link words, want %d", b.Text, got, tt.linkWords)
			}
		})
	}
}

// An article's FAQ printed as an accordion keeps its answers: its
// questions are no headlines of teasers for other stories. A list of
// teasers, whose headings link to other pages, still goes.
func TestExtractAccordionAnswers(t *testing.T) {
	intro := `<h1>Private tutoring for every learner</h1>
<p>Our tutors meet each student where they are, plan the lessons around the goals the family sets, and report after every session on what went well and what needs more practice before the next test.</p>
<p>Sessions run online at the hours that suit the family, and the first one is free so that the student can choose the tutor they like best before anyone commits to a plan.</p>`
	faq := func(href string) string {
		qs := []string{"How soon will grades improve?", "Which subjects do the tutors cover?", "Can the tutor help with homework?"}
		ans := []string{
			"Most students see better marks within a term when they meet their tutor twice a week.",
			"Tutors cover arithmetic, algebra, geometry, calculus and statistics at every grade.",
			"Yes, the tutor walks through each assignment and explains the steps behind it.",
		}
		var b strings.Builder
		b.WriteString(`<div class="faq"><h2>Questions parents ask</h2>`)
		for i, q := range qs {
			b.WriteString(`<div class="toggle"><h3 class="toggle-title"><a href="` + href + `" class="toggle-heading">` + q + `</a></h3><div class="toggle-body"><p>` + ans[i] + `</p></div></div>`)
		}
		b.WriteString(`</div>`)
		return b.String()
	}
	tests := []struct {
		name, href string
		kept       bool
	}{
		{"accordion", "#", true},
		{"teasers", "/stories/other", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html><head><title>Tutoring</title><script type="application/ld+json">{"@type":"Article","headline":"Private tutoring for every learner"}</script></head><body><main><article>` + intro + faq(tt.href) + `</article></main></body></html>`
			res, err := FromBytes([]byte(page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if res.PageType != PageArticle {
				t.Fatalf("read as %s, want an article", res.PageType)
			}
			if got := strings.Contains(res.Text, "explains the steps behind it"); got != tt.kept {
				t.Errorf("answer kept %v, want %v; page %s; text:\n%s", got, tt.kept, res.PageType, res.Text)
			}
		})
	}
}
