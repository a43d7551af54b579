package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestSpaceChips: spans set side by side with no white space between
// them are parted when both hold a word of two bytes or more; a drop
// cap, one-letter spans between spans of noise, punctuation, links,
// listings and the scripts written without spaces are left as they are.
func TestSpaceChips(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"parameter row", `<div><span>amount</span><span>integer</span><span>required</span></div>`, "amount integer required"},
		{"nested", `<div><span><span>limit</span></span><span>int</span></div>`, "limit int"},
		{"spaced already", `<div><span>amount</span> <span>integer</span></div>`, "amount integer"},
		{"text between", `<div><span>amount</span>:<span>integer</span></div>`, "amount:integer"},
		{"punctuation", `<div><span>call</span><span>()</span></div>`, "call()"},
		{"drop cap", `<div><span>T</span><span>he river rose.</span></div>`, "The river rose."},
		{"one-letter spans", `<div><span>S</span><span>9f2e0c</span><span>p</span><span>41ab77</span></div>`, "S9f2e0cp41ab77"},
		{"links", `<div><a href="/a"><span>Deals</span></a><a href="/b"><span>Outlet</span></a></div>`, "DealsOutlet"},
		{"listing", `<pre><span>func</span><span>main</span></pre>`, "funcmain"},
		{"no spaces in the script", `<div><span>日本</span><span>語の本</span></div>`, "日本語の本"},
		{"other inline elements", `<div><b>amount</b><i>integer</i></div>`, "amountinteger"},
		{"across blocks", `<div><span>ab</span></div><div><span>cd</span></div>`, "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html lang="en"><head><title>Ref</title></head><body>` + tt.body + `</body></html>`
			s := segmentHTML([]byte(page), "", Limits{}.withDefaults(), nil, false)
			s.setTexts()
			spaceChips(s)
			if len(s.blocks) == 0 {
				t.Fatal("no blocks")
			}
			b := s.blocks[0]
			if b.Text != tt.want {
				t.Errorf("text = %q, want %q", b.Text, tt.want)
			}
			var f boilerplate.Features
			boilerplate.CountText([]byte(b.Text), &f)
			if b.Features.Words != f.Words {
				t.Errorf("words = %d, want %d", b.Features.Words, f.Words)
			}
		})
	}
}
