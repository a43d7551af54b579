package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

func TestItemNumber(t *testing.T) {
	tests := []struct {
		text string
		n    int
		ok   bool
	}{
		{"1) Lego Star Wars bomber http://amzn.to/x", 1, true},
		{"12. Polaroid camera, 80s style", 12, true},
		{"3) Thriller", 0, false}, // one word: a page number or a label
		{"2024. A year in review", 0, false},
		{"1)No space", 0, false},
		{"4.\u00a0Two words", 4, true}, // a no-break space after the number
		{"Chapter 1. The lake", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		n, ok := itemNumber(tt.text)
		if ok != tt.ok || ok && n != tt.n {
			t.Errorf("itemNumber(%q) = %d, %v; want %d, %v", tt.text, n, ok, tt.n, tt.ok)
		}
	}
}

func TestKeepNumberedItems(t *testing.T) {
	type blk struct {
		text   string
		reason boilerplate.Reason
		inMain bool
	}
	low, links, social := boilerplate.ReasonLowDensity, boilerplate.ReasonLinkList, boilerplate.ReasonSocial
	tests := []struct {
		name   string
		blocks []blk
		kept   []bool
	}{
		{"a run of three item headings between paragraphs",
			[]blk{{"1. Build an emergency fund", low, true}, {"Put aside three months of pay.", "", true},
				{"2. Pay down expensive debt", low, true}, {"3) Start investing early on", links, true}},
			[]bool{true, true, true, true}},
		{"two items are no list", []blk{{"1. First tool here", low, true}, {"2. Second tool here", low, true}},
			[]bool{false, false}},
		{"a recognised kind stays dropped",
			[]blk{{"1. One thing here", low, true}, {"2. Two things here", low, true}, {"3. Share on Facebook", social, true}},
			[]bool{true, true, false}},
		{"numbers out of order",
			[]blk{{"1. One thing here", low, true}, {"3. Three things here", low, true}, {"2. Two things here", low, true}},
			[]bool{false, false, false}},
		{"a gap of three blocks ends the run",
			[]blk{{"1. One thing here", low, true}, {"2. Two things here", low, true}, {"x", low, true}, {"y", low, true},
				{"z", low, true}, {"3. Three things here", low, true}},
			[]bool{false, false, false, false, false, false}},
		{"item headings with their sections between them",
			[]blk{{"1. Riverside Movers", links, true}, {"Reviews: 718", "", true}, {"Rating: 4.8", "", true}, {"A family firm.", "", true},
				{"2. Town Movers", links, true}, {"Reviews: 52", "", true}, {"Rating: 4.1", "", true}, {"The largest firm.", "", true},
				{"3. Box Brothers", links, true}},
			[]bool{true, true, true, true, true, true, true, true, true}},
		{"item headings of one word, some with a no-break space",
			[]blk{{"1. Lumen\u00a0", links, true}, {"A lamp maker from Oslo.", "", true},
				{"2.\u00a0Arco", low, true}, {"A studio lamp.", "", true}, {"3. Tolomeo", links, true}},
			[]bool{true, true, true, true, true}},
		{"one-word paragraphs are no items",
			[]blk{{"1) Thriller", low, true}, {"2) Drama", low, true}, {"3) Comedy", low, true}},
			[]bool{false, false, false}},
		{"a countdown",
			[]blk{{"5. Five things here", low, true}, {"4. Four things here", links, true}, {"A paragraph between them.", "", true},
				{"3. Three things here", low, true}, {"2. Two things here", low, true}, {"1. One thing here", low, true}},
			[]bool{true, true, true, true, true, true}},
		{"a countdown from two is too short",
			[]blk{{"2. Two things here", low, true}, {"1. One thing here", low, true}},
			[]bool{false, false}},
		{"outside the main container",
			[]blk{{"1. One thing here", low, false}, {"2. Two things here", low, false}, {"3. Three things here", low, false}},
			[]bool{false, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.blocks))
			mask := make([]bool, len(tt.blocks))
			for i, b := range tt.blocks {
				blocks[i] = boilerplate.Block{Text: b.text, Reason: b.reason, Kept: b.reason == ""}
				if _, _, ok := numberedItem(b.text); ok && strings.HasPrefix(tt.name, "item headings") {
					blocks[i].Kind = boilerplate.KindHeading
				}
				mask[i] = b.inMain
			}
			keepNumberedItems(blocks, mask)
			for i, want := range tt.kept {
				if blocks[i].Kept != want {
					t.Errorf("block %d %q kept = %v, want %v (reason %q)", i, blocks[i].Text, blocks[i].Kept, want, blocks[i].Reason)
				}
			}
		})
	}
}

func TestKeepListsWhole(t *testing.T) {
	item := func(list int, text string, r boilerplate.Reason) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindListItem, Text: text, Reason: r, Kept: r == ""}
		b.Features.ContainerID = list
		return b
	}
	low, links, social := boilerplate.ReasonLowDensity, boilerplate.ReasonLinkList, boilerplate.ReasonSocial
	blocks := []boilerplate.Block{
		// A checklist whose items density mostly kept: the rest are kept.
		item(1, "Make last-minute changes to the table plan", ""),
		item(1, "Confirm pick-up times with the car company", ""),
		item(1, "Reconfirm final details with all vendors", ""),
		item(1, "Give the wedding bands to the best man", ""),
		item(1, "Pack an overnight bag for the reception", links),
		item(1, "Get a good night's rest!", low),
		// Share buttons in the same list stay dropped.
		item(1, "Share on Facebook", social),
		// A list density mostly dropped stays as it was.
		item(2, "Home", links), item(2, "News", links), item(2, "Contact us today", ""),
	}
	mask := make([]bool, len(blocks))
	for i := range mask {
		mask[i] = true
	}
	keepListsWhole(blocks, mask)
	want := []bool{true, true, true, true, true, true, false, false, false, true}
	for i, w := range want {
		if blocks[i].Kept != w {
			t.Errorf("block %d %q kept = %v, want %v", i, blocks[i].Text, blocks[i].Kept, w)
		}
	}
}

func TestKeepListsBetween(t *testing.T) {
	low, links, social := boilerplate.ReasonLowDensity, boilerplate.ReasonLinkList, boilerplate.ReasonSocial
	para := func(text string) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindParagraph, Text: text, Kept: true}
		boilerplate.CountText(text, &b.Features)
		return b
	}
	// item makes a list item of list with linked words of its own.
	item := func(list int, text string, linked int, r boilerplate.Reason) boilerplate.Block {
		b := boilerplate.Block{Kind: boilerplate.KindListItem, Text: text, Reason: r, Kept: r == ""}
		boilerplate.CountText(text, &b.Features)
		b.Features.ContainerID, b.Features.LinkWords = list, linked
		return b
	}
	heading := boilerplate.Block{Kind: boilerplate.KindHeading, Text: "Twelve months to go", Kept: true}
	intro := para("Start early: the best venues are booked a year ahead, and so are the photographers.")
	outro := para("With the big bookings done, the rest of the year is about the details and the guests.")
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   []bool
	}{
		{"a checklist whose steps link to guides",
			[]boilerplate.Block{intro, heading,
				item(1, "Research venues and ceremony locations (read our guide first)", 5, links),
				item(1, "Start planning the guest list with your partner", 2, low),
				item(1, "Guides", 1, links), outro},
			[]bool{true, true, true, true, false, true}},
		{"a list after the article's last paragraph",
			[]boilerplate.Block{intro,
				item(1, "Research venues and ceremony locations (read our guide first)", 5, links),
				item(1, "Start planning the guest list with your partner", 2, low)},
			[]bool{true, false, false}},
		{"a list with share buttons",
			[]boilerplate.Block{intro,
				item(1, "Research venues and ceremony locations (read our guide first)", 5, links),
				item(1, "Share this on Facebook with your friends", 0, social), outro},
			[]bool{true, false, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mask := make([]bool, len(tt.blocks))
			for i := range mask {
				mask[i] = true
			}
			keepListsBetween(tt.blocks, mask)
			for i, want := range tt.kept {
				if tt.blocks[i].Kept != want {
					t.Errorf("block %d %q kept = %v, want %v", i, tt.blocks[i].Text, tt.blocks[i].Kept, want)
				}
			}
		})
	}
}
