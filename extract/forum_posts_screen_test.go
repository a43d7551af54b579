package extract

import (
	"strings"
	"testing"
)

// TestMayHoldRun: the cheap screen before postItems lets a thread through
// and turns away pages whose signed nodes and post bodies never share
// runMin sibling elements: an article with a dated byline, a list of
// dated teasers without a body, and a page that prints its dates in one
// column and its paragraphs in another.
func TestMayHoldRun(t *testing.T) {
	body := `<p>I moved the starter to a warmer shelf and fed it twice a day, but the dough still would not rise overnight.</p>`
	repeat := func(n int, s string) string { return strings.Repeat(s, n) }
	post := `<div class="post"><div class="head"><time datetime="2025-03-30">30 March 2025</time></div>` + body + `<div class="foot">Reply</div></div>`
	tests := []struct {
		name   string
		page   string
		runMin int
		want   bool
	}{
		{"thread of three posts", `<div class="thread">` + repeat(3, post) + `</div>`, postRunMin, true},
		{"two posts on a forum", `<div class="thread">` + repeat(2, post) + `</div>`, forumRunMin, true},
		{"two posts on an article", `<div class="thread">` + repeat(2, post) + `</div>`, postRunMin, false},
		{"article with a byline", `<article><div class="byline"><time datetime="2025-03-30">30 March 2025</time></div>` + repeat(4, body) + `</article>`, postRunMin, false},
		{"dated teasers without a body", `<main>` + repeat(4, body) + `</main><ul class="more">` +
			repeat(4, `<li class="teaser"><a href="/a">Starters</a><time datetime="2025-03-30">30 March</time></li>`) + `</ul>`, postRunMin, false},
		{"dates and paragraphs in two columns", `<div class="dates">` + repeat(4, `<div class="d"><time datetime="2025-03-30">30 March</time></div>`) +
			`</div><div class="text">` + repeat(4, `<div class="p">`+body+`</div>`) + `</div>`, postRunMin, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := segmentedPage(t, `<html><body>`+tt.page+`</body></html>`)
			if got := mayHoldRun(s, tt.runMin); got != tt.want {
				t.Errorf("mayHoldRun = %v, want %v", got, tt.want)
			}
			if _, ok := postItems(s, tt.runMin); ok && !tt.want {
				t.Errorf("postItems found a run the screen turns away")
			} else if !ok && tt.want {
				t.Errorf("postItems found no run in a thread")
			}
		})
	}
}
