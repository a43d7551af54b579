package boilerplate

import "testing"

// linkedTo returns a heading whose words are one link, leading to
// another site when offsite is set, to the page's own site otherwise.
func linkedTo(text string, offsite bool) Block {
	b := block(KindHeading, text, 1)
	b.Features.LinkCount = 1
	if offsite {
		b.Features.OffsiteLinks = 1
	}
	return b
}

func TestClassifyRoundUps(t *testing.T) {
	tests := []struct {
		name     string
		blocks   []Block
		wantKept []bool
	}{
		{
			// Each item of a guide names a place by a link to the
			// place's own site, and says something about it: the
			// article's sections, kept.
			name: "a round-up linking every item to another site",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				linkedTo("The Riverside Greenway Trail", true),
				block(KindParagraph, "Twelve miles of paved path along the water, shaded for most of the way and busy on weekends.", 0),
				linkedTo("The Old Rail Line", true),
				block(KindParagraph, "A flat gravel trail on the bed of a railway that closed in the sixties, good for families.", 0),
				linkedTo("The Hilltop Park Loop", true),
				block(KindParagraph, "A short but steep loop with the best view of the town from the water tower at the top.", 0),
			},
			wantKept: []bool{true, true, true, true, true, true, true, true},
		},
		{
			// The same shape linking the site's own stories is a run
			// of related stories after the article.
			name: "related stories linking the site's own pages",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				linkedTo("Storm closes the coastal road", false),
				block(KindParagraph, "Drivers were told to avoid the road on Sunday as the storm moved in from the sea.", 0),
				linkedTo("Bakery wins a national award", false),
				block(KindParagraph, "The family bakery on the market square was named the best in the country this year.", 0),
			},
			wantKept: []bool{true, true, false, false, false, false},
		},
		{
			// A feed that links other sites' stories and its own.
			name: "a feed mixing other sites and its own pages",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				linkedTo("Storm closes the coastal road", true),
				block(KindParagraph, "Drivers were told to avoid the road on Sunday as the storm moved in from the sea.", 0),
				linkedTo("Bakery wins a national award", false),
				block(KindParagraph, "The family bakery on the market square was named the best in the country this year.", 0),
				linkedTo("Ferry service resumes on Monday", true),
				block(KindParagraph, "The first boat leaves the harbour at seven, and the timetable is the same as last summer.", 0),
			},
			wantKept: []bool{true, true, false, false, false, false, false, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Classify(tt.blocks, ClassifyOptions{})
			for i, b := range tt.blocks {
				if b.Kept != tt.wantKept[i] {
					t.Errorf("block %d %q: kept %v (reason %q), want %v", i, b.Text, b.Kept, b.Reason, tt.wantKept[i])
				}
			}
		})
	}
}

func TestRoundUp(t *testing.T) {
	heads := []Block{
		linkedTo("The Riverside Greenway Trail", true),
		linkedTo("Storm closes the coastal road", false),
		block(KindHeading, "What comes next for the town", 1), // no link counted
		linkedTo("The Hilltop Park Loop", true),
	}
	// sec.start is the block after the heading.
	item := func(head, kept int) teaserSection {
		return teaserSection{start: head + 1, kept: kept, words: 20 * kept}
	}
	tests := []struct {
		name string
		run  []teaserSection
		want bool
	}{
		{"every heading links another site, each over a paragraph", []teaserSection{item(0, 1), item(3, 1)}, true},
		{"one heading links the site's own page", []teaserSection{item(0, 1), item(1, 1), item(3, 1)}, false},
		{"a heading with no link counted", []teaserSection{item(0, 1), item(2, 1)}, false},
		{"a heading over a short label only", []teaserSection{item(0, 1), {start: 4, words: 3, blocks: 1}}, false},
		{"a bare linked heading does not count", []teaserSection{item(0, 1), item(1, 0), item(3, 1)}, true},
		{"bare linked headings only", []teaserSection{item(0, 0), item(3, 0)}, false},
		{"no sections", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roundUp(heads, tt.run); got != tt.want {
				t.Errorf("roundUp = %v, want %v", got, tt.want)
			}
		})
	}
}
