package boilerplate

import (
	"slices"
	"testing"
)

// TestArticleListsBounds checks the bounds of articleLists on blocks made
// by hand: a run of short lines longer than maxGap between two good
// blocks is kept when a colon line opens it within listIntroLines lines,
// its lines average listItemWords words, and at most one in
// listBareShare is a one- or two-word line or a line in capitals.
func TestArticleListsBounds(t *testing.T) {
	line := func(text string, words int) Block {
		b := Block{Kind: KindParagraph, Text: text}
		b.Features.Words = words
		return b
	}
	item := line("a line of six words here", 6)
	run := func(n int, items ...Block) []Block {
		out := []Block{line("You will need these:", 4)}
		for range n - len(items) {
			out = append(out, item)
		}
		out = append(out, items...)
		return append(out, line("The end of the article.", 5))
	}
	n := maxGap + 3 // items of the run: over smoothText's reach
	cases := []struct {
		name   string
		blocks []Block
		keep   bool
		bad    bool // a line of the run is bad
	}{
		{"list", run(n), true, false},
		{"run within maxGap", run(maxGap), false, false},
		{"items of four words", run(n, slices.Repeat([]Block{line("a four word line", 4)}, n)...), true, false},
		{"items of three words", run(n, slices.Repeat([]Block{line("three word line", 3)}, n)...), false, false},
		{"a quarter bare", run(n, line("Tea", 1), line("Hot milk", 2), line("a warm cup", 3)), true, false},
		{"over a quarter bare", run(n, line("Tea", 1), line("Hot milk", 2), line("Sugar", 1)), false, false},
		{"capitals are bare", run(n, line("SEE ALL DEALS NOW", 4), line("MORE FROM US TODAY", 4), line("TOP", 4)), false, false},
		{"two capitals are no shout", run(n, line("OK", 4), line("OK", 4), line("OK", 4)), true, false},
		{"title case is no shout", run(n, line("Two New Cups", 4), line("Two New Cups", 4), line("Two New Cups", 4)), true, false},
		{"a bad line", run(n), false, true},
		{"no lead-in", append([]Block{line("You will need these", 4)}, run(n)[1:]...), false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			classes := make([]textClass, len(c.blocks))
			for i := range classes {
				classes[i] = tcShort
			}
			classes[0], classes[len(classes)-1] = tcGood, tcGood
			if c.bad {
				classes[3] = tcBad
			}
			articleLists(c.blocks, classes)
			if got := classes[1] == tcGood; got != c.keep {
				t.Errorf("kept %v, want %v", got, c.keep)
			}
		})
	}
}

// TestListIntroducedReach checks how far into the run a lead-in may come:
// the good block before it or one of its first listIntroLines (3) lines.
func TestListIntroducedReach(t *testing.T) {
	for at := range 6 {
		blocks := make([]Block, 6)
		blocks[at].Text = "Features:"
		if got, want := introduced(blocks), at <= 3; got != want {
			t.Errorf("colon at %d: %v, want %v", at, got, want)
		}
	}
}
