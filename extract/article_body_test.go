package extract

import (
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// bodyBlock makes a block of kind k in container c with linked words of
// its own, kept when r is empty.
func bodyBlock(k boilerplate.Kind, c int, text string, linked int, r boilerplate.Reason) boilerplate.Block {
	b := boilerplate.Block{Kind: k, Text: text, Reason: r, Kept: r == ""}
	boilerplate.CountText(text, &b.Features)
	b.Features.ContainerID, b.Features.LinkWords = c, linked
	return b
}

// checkKept runs keep over blocks, all inside the main container, and
// checks which blocks it leaves kept.
func checkKept(t *testing.T, keep func([]boilerplate.Block, []bool), blocks []boilerplate.Block, kept []bool) {
	t.Helper()
	mask := make([]bool, len(blocks))
	for i := range mask {
		mask[i] = true
	}
	keep(blocks, mask)
	for i, want := range kept {
		if blocks[i].Kept != want {
			t.Errorf("block %d %q kept = %v, want %v", i, blocks[i].Text, blocks[i].Kept, want)
		}
	}
}

func TestKeepBodyLists(t *testing.T) {
	low, links, short, social := boilerplate.ReasonLowDensity, boilerplate.ReasonLinkList, boilerplate.ReasonTooShort, boilerplate.ReasonSocial
	li, td, p := boilerplate.KindListItem, boilerplate.KindTableCell, boilerplate.KindParagraph
	intro := bodyBlock(p, 0, "The brand runs forty hotels on four continents, most of them in old city palaces.", 0, "")
	outro := bodyBlock(p, 0, "Its newest hotel opened last spring, in a former bank on the main square of the town.", 0, "")
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		inMain int // blocks from here on are outside the main container
		kept   []bool
	}{
		{"facts under an item, some mostly links",
			[]boilerplate.Block{intro,
				bodyBlock(li, 1, "Official website: Grand Hotels", 2, ""),
				bodyBlock(li, 1, "Flagship: Grand Palace Vienna", 3, links),
				bodyBlock(li, 1, "Read my review of this hotel here, with photographs of every room", 1, low),
				outro},
			9, []bool{true, true, true, true, true}},
		{"a table row of a provider and its offer",
			[]boilerplate.Block{intro, bodyBlock(td, 2, "Harbour", 1, links),
				bodyBlock(td, 2, "Ten courses with free certificates on law and trade.", 0, ""), outro},
			9, []bool{true, true, true, true}},
		{"a box of related stories is all links",
			[]boilerplate.Block{intro,
				bodyBlock(li, 1, "Ten hotels with the best pools", 6, links),
				bodyBlock(li, 1, "Where to stay in Lisbon", 5, links),
				bodyBlock(li, 1, "New", 0, short),
				outro},
			9, []bool{true, false, false, false, true}},
		{"a list with share buttons",
			[]boilerplate.Block{intro,
				bodyBlock(li, 1, "Read my review of this hotel here, with photographs of every room", 1, low),
				bodyBlock(li, 1, "Share on Facebook", 0, social),
				outro},
			9, []bool{true, false, false, true}},
		{"a list after the last paragraph",
			[]boilerplate.Block{intro, outro,
				bodyBlock(li, 1, "Read my review of this hotel here, with photographs of every room", 1, low)},
			9, []bool{true, true, false}},
		{"a list outside the main container",
			[]boilerplate.Block{intro,
				bodyBlock(li, 1, "Read my review of this hotel here, with photographs of every room", 1, low),
				outro},
			1, []bool{true, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mask := make([]bool, len(tt.blocks))
			for i := range mask {
				mask[i] = i < tt.inMain || i == len(mask)-1 || i == 0
			}
			keepBodyLists(tt.blocks, mask)
			for i, want := range tt.kept {
				if tt.blocks[i].Kept != want {
					t.Errorf("block %d %q kept = %v, want %v", i, tt.blocks[i].Text, tt.blocks[i].Kept, want)
				}
			}
		})
	}
}

func TestKeepBodyCode(t *testing.T) {
	low, caption, dateline, social := boilerplate.ReasonLowDensity, boilerplate.ReasonCaption, boilerplate.ReasonDateline, boilerplate.ReasonSocial
	code, p := boilerplate.KindCode, boilerplate.KindParagraph
	intro := bodyBlock(p, 0, "Install the package first, then call it from a short program like the one below.", 0, "")
	outro := bodyBlock(p, 0, "The call returns the offset of the first match, or minus one when there is none.", 0, "")
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		hint   boilerplate.Hint // on the code blocks
		kept   []bool
	}{
		{"a command and a listing",
			[]boilerplate.Block{intro, bodyBlock(code, 1, "pip install finder", 0, low),
				bodyBlock(code, 2, "import finder; finder.find(text, word)", 0, low), outro},
			0, []bool{true, true, true, true}},
		{"a listing in a figure, its gutter of line numbers",
			[]boilerplate.Block{intro, bodyBlock(code, 1, "1 2 3 4", 0, dateline),
				bodyBlock(code, 1, "x = find(text)", 0, caption), outro},
			0, []bool{true, true, true, true}},
		{"a recognised kind stays dropped",
			[]boilerplate.Block{intro, bodyBlock(code, 1, "Share on Facebook", 0, social), outro},
			0, []bool{true, false, true}},
		{"code under a negative hint",
			[]boilerplate.Block{intro, bodyBlock(code, 1, "pip install finder", 0, low), outro},
			boilerplate.HintAside, []bool{true, false, true}},
		{"code after the last paragraph",
			[]boilerplate.Block{intro, outro, bodyBlock(code, 1, "pip install finder", 0, low)},
			0, []bool{true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.blocks {
				if tt.blocks[i].Kind == code {
					tt.blocks[i].Features.Hints = tt.hint
				}
			}
			checkKept(t, keepBodyCode, tt.blocks, tt.kept)
		})
	}
}

func TestKeepLinkedProse(t *testing.T) {
	links, low, short, related := boilerplate.ReasonLinkList, boilerplate.ReasonLowDensity, boilerplate.ReasonTooShort, boilerplate.ReasonRelated
	p, li := boilerplate.KindParagraph, boilerplate.KindListItem
	intro := bodyBlock(p, 0, "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.", 0, "")
	outro := bodyBlock(p, 0, "A public meeting about the plans will be held next month in the town hall, the council said.", 0, "")
	linked := "The city council said the engineering report on the harbour bridge would be published soon."
	tests := []struct {
		name  string
		block boilerplate.Block
		hint  boilerplate.Hint
		kept  bool
	}{
		{"a sentence with half its words in links", bodyBlock(p, 1, linked, 8, links), 0, true},
		{"low density", bodyBlock(p, 1, linked, 6, low), 0, true},
		{"a teaser's label and its linked title", bodyBlock(p, 1, linked, 13, links), 0, false},
		{"no sentence", bodyBlock(p, 1, "City council and harbour bridge news", 3, short), 0, false},
		{"a recognised kind", bodyBlock(p, 1, linked, 8, related), 0, false},
		{"under a negative hint", bodyBlock(p, 1, linked, 8, links), boilerplate.HintAside, false},
		{"a list item that is a linked sentence", bodyBlock(li, 1, linked, 8, links), 0, true},
		{"a list item of links", bodyBlock(li, 1, linked, 13, links), 0, false},
		{"a list item without a sentence", bodyBlock(li, 1, "City council and harbour bridge news", 3, short), 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.block.Features.Hints = tt.hint
			blocks := []boilerplate.Block{intro, tt.block, outro}
			keepLinkedProse(blocks, []bool{true, true, true})
			if blocks[1].Kept != tt.kept {
				t.Errorf("kept = %v, want %v (reason %q)", blocks[1].Kept, tt.kept, blocks[1].Reason)
			}
		})
	}
	t.Run("after the last paragraph", func(t *testing.T) {
		blocks := []boilerplate.Block{intro, outro, bodyBlock(p, 1, linked, 8, links)}
		keepLinkedProse(blocks, []bool{true, true, true})
		if blocks[2].Kept {
			t.Error("a linked sentence after the body was kept")
		}
	})
}

func TestKeepIntroducedLists(t *testing.T) {
	links, social := boilerplate.ReasonLinkList, boilerplate.ReasonSocial
	p, li := boilerplate.KindParagraph, boilerplate.KindListItem
	intro := bodyBlock(p, 0, "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.", 0, "")
	outro := bodyBlock(p, 0, "A public meeting about the plans will be held next month in the town hall, the council said.", 0, "")
	colon := bodyBlock(p, 0, "The council has published two documents:", 0, "")
	noColon := bodyBlock(p, 0, "The council has published two documents.", 0, "")
	dropped := bodyBlock(p, 0, "More from the council:", 0, boilerplate.ReasonRelated)
	report := bodyBlock(li, 1, "Engineering report", 2, links)
	minutes := bodyBlock(li, 1, "Meeting minutes", 2, links)
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   []bool
	}{
		{"a list the text announces", []boilerplate.Block{intro, colon, report, minutes, outro},
			[]bool{true, true, true, true, true}},
		{"no colon", []boilerplate.Block{intro, noColon, report, minutes, outro},
			[]bool{true, true, false, false, true}},
		{"the line that announces it was dropped", []boilerplate.Block{intro, dropped, report, minutes, outro},
			[]bool{true, false, false, false, true}},
		{"a share button in the list", []boilerplate.Block{intro, colon, report, bodyBlock(li, 1, "Share", 0, social), outro},
			[]bool{true, true, false, false, true}},
		{"a dropped heading announces it",
			[]boilerplate.Block{intro, bodyBlock(boilerplate.KindHeading, 0, "These are the documents the council published:", 0, boilerplate.ReasonLowDensity), report, minutes, outro},
			[]bool{true, true, true, true, true}},
		{"a dropped label does not", []boilerplate.Block{intro, bodyBlock(boilerplate.KindHeading, 0, "Documents:", 0, boilerplate.ReasonTooShort), report, minutes, outro},
			[]bool{true, false, false, false, true}},
		{"the list ends the page", []boilerplate.Block{intro, colon, report, minutes},
			[]bool{true, true, false, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkKept(t, keepIntroducedLists, tt.blocks, tt.kept) })
	}
}

func TestKeepBodyHeadings(t *testing.T) {
	short, links, social := boilerplate.ReasonTooShort, boilerplate.ReasonLinkList, boilerplate.ReasonSocial
	h, p, li, fig := boilerplate.KindHeading, boilerplate.KindParagraph, boilerplate.KindListItem, boilerplate.KindCaption
	intro := bodyBlock(p, 0, "The city council voted on Tuesday to close the old harbour bridge to cars from next spring.", 0, "")
	outro := bodyBlock(p, 0, "A public meeting about the plans will be held next month in the town hall, the council said.", 0, "")
	costs := bodyBlock(h, 0, "Costs", 0, short)
	// A teaser of a listing read as an article: a linked headline, its
	// byline and date, then its summary.
	headline := bodyBlock(h, 0, "Harbour bridge to close to cars next spring", 7, links)
	byline := bodyBlock(p, 0, "By Ann Lee", 2, links)
	dated := bodyBlock(p, 0, "Dec 5, 2025", 0, boilerplate.ReasonDateline)
	tests := []struct {
		name   string
		blocks []boilerplate.Block
		kept   []bool
	}{
		{"a short heading over a kept paragraph", []boilerplate.Block{intro, costs, outro},
			[]bool{true, true, true}},
		{"a linked heading over a kept paragraph, a caption between",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "Harbour Board Pro", 3, links), bodyBlock(fig, 1, "The board", 0, boilerplate.ReasonCaption), outro},
			[]bool{true, true, false, true}},
		{"two headings over a kept paragraph",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "What happens next", 0, short), costs, outro},
			[]bool{true, true, true, true}},
		{"a heading over a dropped paragraph",
			[]boilerplate.Block{intro, costs, bodyBlock(p, 0, "Share this", 0, social), outro},
			[]bool{true, false, false, true}},
		{"a heading over a list of links",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "Tags", 0, short), bodyBlock(li, 1, "Bridges and roads", 3, ""), outro},
			[]bool{true, false, true, true}},
		{"a heading over a list in a box of its own",
			[]boilerplate.Block{intro, bodyBlock(h, 2, "In brief", 0, short), bodyBlock(li, 1, "Bridges and roads", 0, ""), outro},
			[]bool{true, false, true, true}},
		{"a heading over a list and no paragraph after it",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "Topics", 0, short), bodyBlock(li, 1, "Bridges and roads", 0, "")},
			[]bool{true, false, true}},
		{"a sub-heading over a list between the body's paragraphs",
			[]boilerplate.Block{intro, bodyBlock(h, 0, "What closes", 0, short), bodyBlock(li, 1, "The bridge", 0, ""), bodyBlock(li, 1, "Two bus stops", 0, ""), outro},
			[]bool{true, true, true, true, true}},
		{"a recognised heading", []boilerplate.Block{intro, bodyBlock(h, 0, "Share", 0, social), outro},
			[]bool{true, false, true}},
		{"a teaser's linked headline over its byline, date and summary",
			[]boilerplate.Block{intro, headline, byline, dated, outro},
			[]bool{true, true, false, false, true}},
		{"a linked headline over three lines and a summary",
			[]boilerplate.Block{intro, headline, byline, dated, byline, outro},
			[]bool{true, false, false, false, false, true}},
		{"a linked headline over a byline and a line of a few words",
			[]boilerplate.Block{intro, headline, byline, bodyBlock(p, 0, "Thanks, Anna.", 0, ""), outro},
			[]bool{true, false, false, true, true}},
		{"a plain heading over a byline and a kept paragraph",
			[]boilerplate.Block{intro, costs, byline, outro},
			[]bool{true, false, false, true}},
		{"a linked headline over a recognised line and a kept paragraph",
			[]boilerplate.Block{intro, headline, bodyBlock(p, 0, "Share on Facebook", 3, social), outro},
			[]bool{true, false, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkKept(t, keepBodyHeadings, tt.blocks, tt.kept) })
	}
	t.Run("under a negative hint", func(t *testing.T) {
		aside := costs
		aside.Features.Hints = boilerplate.HintAside
		blocks := []boilerplate.Block{intro, aside, outro}
		keepBodyHeadings(blocks, []bool{true, true, true})
		if blocks[1].Kept {
			t.Error("a heading under an aside hint was kept")
		}
	})
}
