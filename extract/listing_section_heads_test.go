package extract

import (
	"strings"
	"testing"

	"github.com/winnowtext/winnow/boilerplate"
)

// TestKeepListingSectionHeads checks that a listing's section heading
// that the recognisers dropped comes back when the section's teasers were
// kept, and stays dropped when they went, when they come late, or when it
// is a long headline, a widget's title or a kind of boilerplate the rule
// does not judge.
func TestKeepListingSectionHeads(t *testing.T) {
	// A block is written "K text" (kept) or "-reason text" (dropped),
	// "#" before the text for a heading.
	tests := []struct {
		name   string
		blocks []string
		want   bool // the first block comes back
	}{
		{"teasers kept", []string{"-related #More top stories", "K #Harbour wall to be rebuilt after storm",
			"K The council says work starts in spring.", "-dateline 3 hrs ago",
			"K #Rail fares to rise in March", "K Commuters face a third rise in two years."}, true},
		{"see all link before the teasers", []string{"-interface #Most read", "-interface See all",
			"-link-list Politics", "K #Harbour wall to be rebuilt after storm", "K The council says work starts.",
			"K #Rail fares to rise in March"}, true},
		{"copies of headlines between", []string{"-related #Latest news", "K #Harbour wall to be rebuilt",
			"-repeated-in-page #Harbour wall to be rebuilt", "K #Rail fares to rise in March",
			"-repeated-in-page #Rail fares to rise in March", "K #Library opens on Sundays"}, true},
		{"teasers dropped", []string{"-related #You may also like", "-related #Ten walks by the sea",
			"-related #A guide to the old town", "-related #Where to eat by the harbour"}, false},
		{"few teasers kept", []string{"-related #Recommended", "K #Harbour wall to be rebuilt",
			"-link-list Politics", "-dateline 3 hrs ago", "-link-list Travel", "-dateline 5 hrs ago"}, false},
		{"teasers come late", []string{"-interface #Popular now", "-link-list Politics", "-link-list Travel",
			"-link-list Sport", "K #Harbour wall to be rebuilt", "K #Rail fares to rise in March"}, false},
		{"another section starts", []string{"-related #Related", "-navigation #Sections",
			"K #Harbour wall to be rebuilt", "K #Rail fares to rise in March"}, false},
		{"long heading", []string{"-related #More stories about the harbour wall the council will rebuild next spring",
			"K #Harbour wall to be rebuilt", "K #Rail fares to rise in March"}, false},
		{"a widget's one word", []string{"-interface #Loading...", "K #Harbour wall to be rebuilt",
			"K #Rail fares to rise in March"}, false},
		{"a toolbar over a grid", []string{"-interface #Sort and filter", "K 193 items",
			"K #Oak side table", "K £120", "K #Walnut side table", "K £140"}, false},
		{"a related section opened by text", []string{"-related #Recommended routes nearby",
			"K Riders like you add these routes.", "K #River loop", "K 9.4 mi, easy"}, true},
		{"other reason", []string{"-subscription #Sign up for our briefing", "K #Harbour wall to be rebuilt",
			"K #Rail fares to rise in March"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := make([]boilerplate.Block, len(tt.blocks))
			for i, spec := range tt.blocks {
				b := &blocks[i]
				head, text, _ := strings.Cut(spec, " ")
				if strings.HasPrefix(text, "#") {
					b.Kind, text = boilerplate.KindHeading, text[1:]
				}
				b.Text, b.Features.Words = text, len(strings.Fields(text))
				if head == "K" {
					b.Keep()
				} else {
					b.Drop(boilerplate.Reason(head[1:]))
				}
			}
			keepListingSectionHeads(blocks)
			if blocks[0].Kept != tt.want {
				t.Errorf("%q kept = %v, want %v", blocks[0].Text, blocks[0].Kept, tt.want)
			}
			for i := 1; i < len(blocks); i++ {
				if blocks[i].Kept != (tt.blocks[i][0] == 'K') {
					t.Errorf("block %q changed", blocks[i].Text)
				}
			}
		})
	}
}
