package boilerplate

import (
	"slices"
	"strings"
	"testing"
)

// textBlocks builds blocks from lines as extract.FromText does, without
// stopwords.
func textBlocks(lines ...string) []Block {
	blocks := make([]Block, len(lines))
	for i, l := range lines {
		blocks[i] = Block{Kind: KindLine, Text: l, Line: i + 1}
		CountText(l, &blocks[i].Features)
		blocks[i].Features.Position = i
		blocks[i].Features.ContainerID = -1
	}
	return blocks
}

const (
	para1 = "NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance had not yet seen any sign of de-escalation on the ground, despite the announcement from Moscow."
	para2 = "Russia has consistently denied claims that it is amassing troops on the border with the intention of launching an invasion of its neighbour, and says the drills are routine."
	para3 = "European leaders have been scrambling to head off a new war on their continent, after several tense weeks that have pushed up household energy prices across the region."
)

func TestClassifyText(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		kept  []bool
	}{
		{
			name:  "sub-heading between paragraphs is kept",
			lines: []string{para1, "Why are NATO setting up battle groups?", para2},
			kept:  []bool{true, true, true},
		},
		{
			name:  "short lines at the top and bottom are chrome",
			lines: []string{"Home", "World", "Politics", para1, para2, "About us", "Contact"},
			kept:  []bool{false, false, false, true, true, false, false},
		},
		{
			name:  "recognised boilerplate between paragraphs is dropped",
			lines: []string{para1, "Sign up to our daily newsletter", para2},
			kept:  []bool{true, false, true},
		},
		{
			name: "a long menu between paragraphs is not a sub-heading",
			lines: []string{para1, "News", "Sport", "Business", "Culture", "Travel", "Weather", "Video", "Audio",
				para2},
			kept: []bool{true, false, false, false, false, false, false, false, false, true},
		},
		{
			name: "a numbered list after an article paragraph is kept",
			lines: []string{para1, para2, "Here are the offers:", "1) Lego Star Wars bomber", "https://example.com/1",
				"2) Ghostbusters collection", "3) Indiana Jones collection", "About us", "Contact"},
			kept: []bool{true, true, false, true, true, true, true, false, false},
		},
		{
			name:  "numbered lines far from the article are not a list of it",
			lines: []string{"1. Home", "2. News", "3. Sport", "4. Weather", "Menu", "Search", para1, para2},
			kept:  []bool{false, false, false, false, false, false, true, true},
		},
		{
			name: "a list of teasers after the article is dropped",
			lines: []string{para1, para2, para3,
				"Carlos Ghosn and the dark side of Japanese justice", "Rob Crilly", "Nov 19, 2019", para1 + " One.",
				"Prince Andrew struggles to dispel the allegations", "Madeline Fry", "Nov 18, 2019", para2 + " Two.",
				"Democrats still have not delivered on impeachment", "Jenna Ellis", "Nov 18, 2019", para3 + " Three.",
				"First UK election debate was a total shambles", "Tom Rogan", "Nov 17, 2019", para1 + " Four."},
			kept: []bool{true, true, true, false, false, false, false, false, false, false, false, false, false, false,
				false, false, false, false, false},
		},
		{
			// No block is long enough to be good alone: the text is a
			// note of two sentences, which stays; its menu goes.
			name: "a short text keeps its prose",
			lines: []string{"Home", "News",
				"The council approved the new bridge on Tuesday after a long debate about its cost and design.",
				"The bridge will open in 2027 and carry four lanes of traffic across the river to the old town.",
				"Share on Facebook"},
			kept: []bool{false, false, true, true, false},
		},
		{
			name:  "a text without prose keeps nothing",
			lines: []string{"Home", "News", "Sport", "Weather", "Share on Facebook", "About us"},
			kept:  []bool{false, false, false, false, false, false},
		},
		{
			name: "comments after the article are cut",
			lines: []string{para1, para2, para3, "34 Comments", "joetoronto says:",
				"This is a long comment from a reader who disagrees with the article and explains why in several sentences. It goes on.",
				"margoadams says:",
				"Another reader writes a long reply here, arguing the opposite of the first comment for a while. It also goes on."},
			kept: []bool{true, true, true, false, false, false, false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := textBlocks(tt.lines...)
			ClassifyText(blocks, TextOptions{})
			for i, b := range blocks {
				if b.Kept != tt.kept[i] {
					t.Errorf("block %d %q: kept %v (reason %q), want %v", i, b.Text, b.Kept, b.Reason, tt.kept[i])
				}
				if !b.Kept && b.Reason == ReasonNone {
					t.Errorf("block %d %q dropped without a reason", i, b.Text)
				}
			}
		})
	}
}

func TestClassifyTextKeepsDropped(t *testing.T) {
	blocks := textBlocks(para1, para1)
	blocks[1].Drop(ReasonRepeatedInPage)
	ClassifyText(blocks, TextOptions{})
	if !blocks[0].Kept || blocks[1].Kept || blocks[1].Reason != ReasonRepeatedInPage {
		t.Errorf("got kept %v/%v reason %q; want the repeat to stay dropped", blocks[0].Kept, blocks[1].Kept, blocks[1].Reason)
	}
}

func TestClassifyTextEmpty(t *testing.T) {
	ClassifyText(nil, TextOptions{})
	blocks := textBlocks(strings.Repeat("word ", 3))
	ClassifyText(blocks, TextOptions{})
	if blocks[0].Kept {
		t.Error("three words alone were kept")
	}
}

// TestClassifyTextRowsLength: TextOptions.Rows shorter or longer than the
// blocks is no error. A short Rows says nothing of the blocks past its
// end, exactly as "" for them would; a long one is read no further than
// the blocks.
func TestClassifyTextRowsLength(t *testing.T) {
	lines := []string{para1, "Team Played Points", "River City 34 78", "Old Town 34 71", "Harbour 34 65", para2}
	rows := []string{"", "Team | Played | Points", "River City | 34 | 78", "Old Town | 34 | 71", "Harbour | 34 | 65", ""}
	kept := func(rows []string) []bool {
		blocks := textBlocks(lines...)
		ClassifyText(blocks, TextOptions{Rows: rows})
		out := make([]bool, len(blocks))
		for i := range blocks {
			out[i] = blocks[i].Kept
		}
		return out
	}
	full := kept(rows)
	if !full[2] || !full[4] {
		t.Fatalf("table rows between article paragraphs not kept: %v", full)
	}
	for n := range len(rows) {
		padded := append(append([]string(nil), rows[:n]...), make([]string, len(rows)-n)...)
		if got, want := kept(rows[:n]), kept(padded); !slices.Equal(got, want) {
			t.Errorf("Rows cut to %d: kept %v; want %v as with empty rows", n, got, want)
		}
	}
	if got := kept(append(append([]string(nil), rows...), "a | 1 | 2", "b | 3 | 4")); !slices.Equal(got, full) {
		t.Errorf("longer Rows: kept %v; want %v", got, full)
	}
}
