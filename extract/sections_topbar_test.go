package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestDropAboveHeader: what a page read by sections prints above its
// header (an announcement bar) goes; nothing goes when the title comes
// before the first navigation block, when there is no navigation, or when
// what stands above the navigation is a large share of the text (a tab
// list inside the content). On a short page a bar of a line or two goes
// while it is under half of what follows.
func TestDropAboveHeader(t *testing.T) {
	const (
		bar   = "Registration for our spring conference is open now"
		title = "Payroll for small teams"
		lead  = "Run payroll in minutes, file taxes on time and pay your people in any of forty countries without a spreadsheet in sight."
	)
	kept := func(text string, words int) boilerplate.Block {
		b := boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph, Kept: true}
		b.Features.Words = words
		return b
	}
	dropped := func(text string, r boilerplate.Reason) boilerplate.Block {
		b := boilerplate.Block{Text: text, Kind: boilerplate.KindParagraph}
		b.Features.Words = 2
		b.Drop(r)
		return b
	}
	nav := dropped("Home Pricing", boilerplate.ReasonNavigation)
	skip := dropped("Skip to content", boilerplate.ReasonNavigation)
	skip.Features.LinkWords = 3
	head := dropped(title, boilerplate.ReasonTitle)
	body := func(n int) []boilerplate.Block {
		var bs []boilerplate.Block
		for range n {
			bs = append(bs, kept(lead, 22))
		}
		return bs
	}
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		want   bool // whether the bar stays
	}{
		{"a bar above the header", append([]boilerplate.Block{kept(bar, 8), nav, head}, body(5)...), false},
		{"a skip link above the bar", append([]boilerplate.Block{skip, kept(bar, 8), nav, head}, body(5)...), false},
		{"the title first", append([]boilerplate.Block{kept(bar, 8), head, nav}, body(5)...), true},
		{"no navigation", append([]boilerplate.Block{kept(bar, 8), head}, body(5)...), true},
		{"much text above", append([]boilerplate.Block{kept(bar, 8), kept(lead, 22), nav, head}, body(2)...), true},
		{"a bar above a short page", append([]boilerplate.Block{kept(bar, 8), nav, head}, body(1)...), false},
		{"a short page's text above", append([]boilerplate.Block{kept(bar, 8), kept(lead, 22), nav, head}, body(1)...), true},
		{"three lines above a short page", append([]boilerplate.Block{kept(bar, 8), kept(bar, 8), kept(bar, 8), nav, head}, body(2)...), true},
	}
	for _, tt := range tests {
		dropAboveHeader(tt.blocks)
		b := 0
		if tt.blocks[0].Dropped() {
			b = 1 // the skip link
		}
		if got := tt.blocks[b].Kept; got != tt.want {
			t.Errorf("%s: bar kept %v, want %v", tt.name, got, tt.want)
		}
		if !tt.blocks[len(tt.blocks)-1].Kept {
			t.Errorf("%s: the content went", tt.name)
		}
	}
}
