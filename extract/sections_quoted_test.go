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
	keepSectionsMemo(s.blocks, PageForum, quotedBlocks(s), nil)
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

// TestQuotesMarkedByClass: forum engines print a quoted post in a box
// whose class names it ("bbcode_quote") or in a <blockquote>; either way
// the copies of the post's list items in it go and the post's own items
// stay. A script's hook on the post's body ("js-selectToQuote") names no
// quotation.
func TestQuotesMarkedByClass(t *testing.T) {
	items := `<ul><li>Quiet enough to wear at night</li><li>A wide stage for orchestral music</li><li>A light clamp on large heads</li></ul>`
	for _, open := range []string{`<div class="bbcode_quote">`, `<blockquote>`} {
		close := `</div>`
		if open == `<blockquote>` {
			close = `</blockquote>`
		}
		quote := open + `<div>Originally posted by maple</div><div>My wishes for closed headphones, in order:` + items + `</div>` + close
		post := func(author, body string) string {
			return `<article class="post"><div class="post-user"><a href="/m/` + author + `">` + author + `</a></div>` +
				`<div class="post-body js-selectToQuote"><time>May 3, 2024</time>` + body + `</div></article>`
		}
		page := `<html><body><main><h1>Closed headphones for the night</h1>` +
			post("maple", `<p>I listen late while the house sleeps and want closed headphones that check these boxes.</p>`+items+`<p>Used ones are fine as well, I am in no hurry at all.</p>`) +
			post("quill", quote+`<p>The second pair I owned did all of that and still sounded open and airy.</p>`) +
			post("fennel", `<p>I would add comfort for long sessions to that list, it matters after midnight.</p>`) +
			`</main></body></html>`
		s := segmentedPage(t, page)
		keepSectionsMemo(s.blocks, PageForum, quotedBlocks(s), nil)
		seen := make(map[string]int)
		for i := range s.blocks {
			b := &s.blocks[i]
			n := seen[b.Text]
			seen[b.Text]++
			if b.Text != "A wide stage for orchestral music" && b.Text != "I listen late while the house sleeps and want closed headphones that check these boxes." {
				continue
			}
			if want := n == 0; b.Kept != want {
				t.Errorf("%s: %q (copy %d) kept %v (reason %q), want %v", open, b.Text, n, b.Kept, b.Reason, want)
			}
		}
	}
}

func TestQuoteClass(t *testing.T) {
	tests := []struct {
		class string
		want  bool
	}{
		{"quote", true},
		{"post bbcode_quote", true},
		{"bbCodeBlock bbCodeBlock--Quote", true},
		{"quote-controls", false},
		{"InThreadQuotebox ad", false},
		{"message-body js-selectToQuote", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := quoteClass([]byte(tt.class)); got != tt.want {
			t.Errorf("quoteClass(%q) = %v, want %v", tt.class, got, tt.want)
		}
	}
}
