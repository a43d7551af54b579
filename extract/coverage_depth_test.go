package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestDeepNestingKeepsText checks that the nesting limits flatten deep
// markup without losing its text: elements beyond Limits.MaxDepth, or
// beyond the 256 open elements an end tag looks through, pour their text
// into an ancestor's block. html.Parse refuses such pages (over 512 open
// elements), so the differential test cannot hold the segmenter to them.
func TestDeepNestingKeepsText(t *testing.T) {
	words := func(n int, open, close string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, open, i)
		}
		for range n {
			b.WriteString(close)
		}
		return b.String()
	}
	tests := []struct {
		name, page string
		words      []string
	}{
		{"3,000 nested divs", words(3000, "<div>w%d ", "</div>"), nil},
		{"3,000 unclosed divs and paragraphs", words(3000, "<div><p>w%d ", ""), nil},
		{"3,000 nested list items", words(3000, "<ul><li>w%d ", "</li></ul>"), nil},
		{"300 unclosed divs in a section, then text",
			"<section>" + words(300, "<div>w%d ", "") + "</section>tail", []string{"tail"}},
		{"3,000 nested spans in a button", "<button>" + words(3000, "<span>w%d ", "</span>") + "</button>", nil},
		{"3,000 nested SVG groups", "<svg>" + words(3000, "<g><text>w%d </text>", "</g>") + "</svg>", nil},
	}
	for _, tt := range tests {
		n := strings.Count(tt.page, "w")
		want := tt.words
		for i := range n {
			want = append(want, fmt.Sprintf("w%d", i))
		}
		for _, lim := range []Limits{{}, {MaxDepth: 8}} {
			res, err := FromBytes([]byte(tt.page), Options{Limits: lim})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, b := range res.Blocks {
				for _, w := range strings.Fields(b.Text) {
					got[w] = true
				}
			}
			for _, w := range want {
				if !got[w] {
					t.Errorf("%s, MaxDepth %d: %q is in no block", tt.name, lim.MaxDepth, w)
					break
				}
			}
		}
	}
}
