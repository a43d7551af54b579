package extract

import (
	"strings"
	"testing"
)

// TestQuotedLinesOwnTheirOriginal: on a forum, the short lines of a post
// (the items of its list) stay when later replies quote them: the copies
// in the quotations do not make the original a frame line printed more
// than once. The copies in the quotations go, and so do the lines that
// only the quotations print again and again ("Click to expand...") and
// the labels the posts' cards print.
func TestQuotedLinesOwnTheirOriginal(t *testing.T) {
	items := `<ul><li>Quiet at night</li><li>Wide stage</li><li>Light clamp</li></ul>`
	quote := `<blockquote class="quote"><div class="quote-by">maple said:</div><div class="quote-text">My wishes for closed headphones, in order:` + items + `</div><div class="quote-more">Click to expand...</div></blockquote>`
	post := func(author, body string) string {
		return `<article class="post"><div class="post-user"><a href="/m/` + author + `">` + author + `</a><dl><dt>Joined</dt><dd>2019</dd></dl></div>` +
			`<div class="post-body"><time>May 3, 2024</time>` + body + `</div></article>`
	}
	page := `<html><body><main><h1>Closed headphones for the night</h1>` +
		post("maple", `<p>I listen late while the house sleeps and want closed headphones that check these boxes.</p>`+items+`<p>Used ones are fine as well, I am in no hurry at all.</p>`) +
		post("quill", quote+`<p>The second pair I owned did all of that and still sounded open and airy.</p>`) +
		post("fennel", quote+`<p>I would add comfort for long sessions to that list, it matters after midnight.</p>`) +
		`</main></body></html>`
	s := segmentedPage(t, page)
	keepSectionsQuoting(s.blocks, PageForum, quotedBlocks(s))
	seen := make(map[string]int)
	for i := range s.blocks {
		b := &s.blocks[i]
		n := seen[b.Text]
		seen[b.Text]++
		tests := []struct {
			text  string
			nth   int
			kept  bool
			about string
		}{
			{"Wide stage", 0, true, "the post's own list item"},
			{"Light clamp", 0, true, "the post's own list item"},
			{"Wide stage", 1, false, "a quoted copy"},
			{"Wide stage", 2, false, "a quoted copy"},
			{"Click to expand...", 0, false, "a line the quotations print"},
			{"Click to expand...", 1, false, "a line the quotations print"},
			{"Joined", 0, false, "a card's label"},
		}
		for _, tt := range tests {
			if b.Text == tt.text && n == tt.nth && b.Kept != tt.kept {
				t.Errorf("%s %q (copy %d) kept %v (reason %q), want %v", tt.about, b.Text, n, b.Kept, b.Reason, tt.kept)
			}
		}
	}
	if t.Failed() {
		var lines []string
		for _, b := range s.blocks {
			lines = append(lines, b.Text+" ["+string(b.Reason)+"]")
		}
		t.Logf("blocks:\n%s", strings.Join(lines, "\n"))
	}
}
