package boilerplate

import "testing"

func block(kind Kind, text string, linkShare float64) Block {
	b := Block{Kind: kind, Text: text}
	CountText(text, &b.Features)
	b.Features.LinkWords = int(float64(b.Features.Words)*linkShare + 0.5)
	return b
}

const prose = "The council voted on Tuesday to approve the new bridge across the river, ending a debate that has lasted for almost a decade in the town."

func TestClassifyTeasers(t *testing.T) {
	tests := []struct {
		name     string
		blocks   []Block
		wantKept []bool
	}{
		{
			name: "teasers after the article are dropped",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				block(KindHeading, "Storm closes the coastal road", 1),
				block(KindParagraph, "Drivers were told to avoid the road on Sunday as the storm moved in from the sea.", 0),
				block(KindHeading, "Bakery wins a national award", 1),
				block(KindParagraph, "The family bakery on the market square was named the best in the country this year.", 0),
			},
			wantKept: []bool{true, true, false, false, false, false},
		},
		{
			name: "one linked subheading is not a teaser list",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindHeading, "Read the council's full report", 1),
				block(KindParagraph, prose+" The report is long.", 0),
				block(KindParagraph, prose+" It has many pages.", 0),
			},
			wantKept: []bool{true, true, true, true},
		},
		{
			// Two linked headings, but the first opens the article.
			name: "a linked title before the article does not count",
			blocks: []Block{
				block(KindHeading, "Council approves the new bridge", 1),
				block(KindParagraph, prose, 0),
				block(KindHeading, "Another linked heading here", 1),
				block(KindParagraph, prose+" More text.", 0),
			},
			wantKept: []bool{true, true, true, true},
		},
		{
			// A story that links related stories from headings between
			// its paragraphs: a linked heading over one paragraph is
			// not a teaser when article text stands between such
			// sections. One with nothing under it is a link, and goes.
			name: "inline related links between the article's paragraphs",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindHeading, "Storm closes the coastal road", 1),
				block(KindParagraph, "The officers waited outside the door until the suspect came out.", 0),
				block(KindHeading, "Ferry service resumes on Monday", 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				block(KindParagraph, prose+" It has many pages.", 0),
				block(KindHeading, "Bakery wins a national award", 1),
				block(KindParagraph, "The girl was found unharmed and taken to her family that night.", 0),
				block(KindHeading, "The council answers questions", 0),
				block(KindParagraph, prose+" The report is long.", 0),
				block(KindParagraph, prose+" It ends here.", 0),
				block(KindHeading, "Market hall reopens after repairs", 1),
				block(KindHeading, "What comes next", 0),
				block(KindParagraph, prose+" The vote is in May.", 0),
			},
			wantKept: []bool{true, true, true, true, true, true, true, true, true, true, true, false, true, true},
		},
		{
			// A ranking links each item's name: its numbered headings
			// open the article's sections, not teasers.
			name: "numbered linked headings of a listicle",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindHeading, "1. Riverside Movers and Storage", 1),
				block(KindParagraph, "A family firm that has moved homes across the county since 1990, with its own storage.", 0),
				block(KindHeading, "2. Town and Country Moving", 1),
				block(KindParagraph, "The largest of the local movers, known for careful packing and fair prices for long moves.", 0),
				block(KindHeading, "3. The Box Brothers Company", 1),
				block(KindParagraph, "Two brothers and their trucks, who move small flats in a day and clean up after themselves.", 0),
			},
			wantKept: []bool{true, true, true, true, true, true, true},
		},
		{
			// Links to other stories set as headings between the
			// article's paragraphs go; the paragraphs stay.
			name: "read-more headings inside the article",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindHeading, "READ MORE: Will the new bridge be ready by spring?", 1),
				block(KindParagraph, "Before the vote, the mayor walked the riverbank with the engineers and asked them how long the work would take.", 0),
				block(KindHeading, "READ MORE: The town's other bridges, ranked", 1),
				block(KindParagraph, "They said two years, if the winter is mild and the steel arrives on time from the mill in the north.", 0),
				block(KindHeading, "What comes next", 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
			},
			wantKept: []bool{true, false, true, false, true, true, true},
		},
		{
			// A listicle links each product from its heading, and
			// lists the product's facts under it, a short line each.
			name: "a listicle's linked headings over lists of facts",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				block(KindHeading, "Harbour Board Pro electric longboard", 1),
				block(KindListItem, "Range: 35 km on one charge", 0),
				block(KindListItem, "Top speed: 40 km per hour", 0),
				block(KindListItem, "Weight: 9 kg with the battery", 0),
				block(KindListItem, "Charge time: four to five hours", 0),
				block(KindHeading, "Harbour Board Mini electric skateboard", 1),
				block(KindListItem, "Range: 20 km on one charge", 0),
				block(KindListItem, "Top speed: 30 km per hour", 0),
				block(KindListItem, "Weight: 6 kg with the battery", 0),
				block(KindListItem, "Charge time: three hours", 0),
			},
			wantKept: []bool{true, true, true, true, true, true, true, true, true, true, true, true},
		},
		{
			name: "teasers with a kicker line each are dropped",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				block(KindHeading, "Storm closes the coastal road", 1),
				block(KindParagraph, "Drivers were told to avoid the road on Sunday as the storm moved in from the sea.", 0),
				block(KindParagraph, "APPS WE LIKE | SPONSORED", 0),
				block(KindHeading, "Bakery wins a national award", 1),
				block(KindParagraph, "The family bakery on the market square was named the best in the country this year.", 0),
				block(KindParagraph, "FROM OUR STORE", 0),
			},
			wantKept: []bool{true, true, false, false, false, false, false, false},
		},
		{
			// Between the article's paragraphs, a product box: features
			// without links, then shop buttons.
			name: "a list inside the article is kept between its buttons",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, "See all our deals", 1),
				block(KindHeading, "Wireless earbuds", 0),
				block(KindListItem, "Automatically on, automatically connected", 0),
				block(KindListItem, "Charges quickly in the case", 0),
				block(KindParagraph, "Buy now", 1),
				block(KindParagraph, "Available from Example Shop", 1),
				block(KindParagraph, prose+" Work starts in spring.", 0),
				block(KindListItem, "Home", 1),
				block(KindListItem, "Contact us", 0),
			},
			wantKept: []bool{true, false, true, true, true, false, false, true, false, false},
		},
		{
			name: "a heading over a figure titles the text after the figure",
			blocks: []Block{
				block(KindParagraph, prose, 0),
				block(KindHeading, "2. Never urged an investigation", 0),
				block(KindCaption, "The envoy at the hearing", 0),
				block(KindParagraph, prose+" He said so twice.", 0),
			},
			wantKept: []bool{true, true, false, true},
		},
		{
			// A digest's items link their first sentence; between kept
			// items, a link-heavy one is prose too, but a list of links
			// after the article is not.
			name: "a digest item with a linked sentence",
			blocks: []Block{
				block(KindListItem, prose+" The vote was close.", 0.3),
				block(KindListItem, prose+" Critics say it costs too much.", 0.6),
				block(KindListItem, prose+" Work starts in spring.", 0.3),
				block(KindListItem, "Storm closes the coastal road", 1),
				block(KindListItem, "Bakery wins a national award", 1),
			},
			wantKept: []bool{true, true, true, false, false},
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

func TestClassifyTables(t *testing.T) {
	cells := func(texts ...string) []Block {
		var bs []Block
		for _, s := range texts {
			bs = append(bs, block(KindTableCell, s, 0))
		}
		return bs
	}
	tests := []struct {
		name   string
		blocks []Block
		kept   int // kept table cells
	}{
		{"a table inside the article is kept whole",
			append(append([]Block{block(KindParagraph, prose, 0)}, cells("Plan", "Copias", "Básico", "7 días", "Pro", "30 días")...), block(KindParagraph, prose, 0)),
			6},
		{"a table of links is not",
			append([]Block{block(KindParagraph, prose, 0)}, func() []Block {
				bs := cells("Home", "News", "Sport", "Weather")
				for i := range bs {
					bs[i].Features.LinkWords = bs[i].Features.Words
				}
				return bs
			}()...),
			0},
		{"a lone table far from text is not",
			cells("Plan", "Copias", "Básico", "7 días"),
			0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			Classify(tt.blocks, ClassifyOptions{})
			kept := 0
			for _, b := range tt.blocks {
				if b.Kind == KindTableCell && b.Kept {
					kept++
				}
			}
			if kept != tt.kept {
				t.Errorf("kept %d cells, want %d", kept, tt.kept)
			}
		})
	}
}

func TestParseFavor(t *testing.T) {
	for _, f := range []Favor{Balanced, Precision, Recall} {
		got, err := ParseFavor(f.String())
		if err != nil || got != f {
			t.Errorf("ParseFavor(%q) = %v, %v", f.String(), got, err)
		}
	}
	if _, err := ParseFavor("speed"); err == nil {
		t.Error("ParseFavor(\"speed\") gave no error")
	}
}

// A quotation set in a figure (a pull quote) is the story's; a picture's
// caption is not.
func TestClassifyFigureQuote(t *testing.T) {
	figure := func(kind Kind, text string) Block {
		b := block(kind, text, 0)
		b.Features.Hints |= HintFigure
		return b
	}
	blocks := []Block{
		block(KindParagraph, prose, 0),
		figure(KindQuote, "Automation is not the enemy. It has been one of the greatest productivity tools that ever happened to our team."),
		figure(KindParagraph, "The new bridge seen from the north bank of the river on a winter morning."),
		block(KindParagraph, prose+" Work starts in spring.", 0),
	}
	Classify(blocks, ClassifyOptions{})
	for i, want := range []bool{true, true, false, true} {
		if blocks[i].Kept != want {
			t.Errorf("block %d %q: kept %v (reason %q), want %v", i, blocks[i].Text, blocks[i].Kept, blocks[i].Reason, want)
		}
	}
	if blocks[2].Reason != ReasonCaption {
		t.Errorf("the picture's caption is dropped as %q, want %q", blocks[2].Reason, ReasonCaption)
	}
}

// A code listing quotes words that the boilerplate phrases know ("email",
// a date, "Copyright"): its lines are code, not the page's frame.
func TestClassifyCodeIsNotRecognised(t *testing.T) {
	lines := []string{
		`  "email": null,`,
		`  "description": null,`,
		`  "last4": "4242",`,
		`// Copyright 2024 The Authors. All rights reserved.`,
	}
	for _, line := range lines {
		blocks := []Block{
			block(KindParagraph, prose, 0),
			block(KindCode, line, 0),
			block(KindParagraph, prose+" It opens in May.", 0),
		}
		Classify(blocks, ClassifyOptions{})
		if !blocks[1].Kept {
			t.Errorf("code line %q dropped as %q", line, blocks[1].Reason)
		}
	}
}

// A reference prints a one-word link ("Source") beside each of its items:
// smoothing looks past it to the prose around, and it stays dropped. A
// menu of two-word links still counts as boilerplate context.
func TestClassifyLinkChrome(t *testing.T) {
	tests := []struct {
		name     string
		link     string
		wantKept bool
	}{
		{"one-word link", "Source", true},
		{"two-word link", "Home page", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, "Some text.", 0),
				block(KindParagraph, tt.link, 1),
				block(KindHeading, "pub fn len(&self) -> usize", 0),
				block(KindParagraph, "Returns the number of items in the queue.", 0),
				block(KindParagraph, tt.link, 1),
				block(KindParagraph, prose+" It opens in May.", 0),
			}
			Classify(blocks, ClassifyOptions{})
			if got := blocks[4].Kept; got != tt.wantKept {
				t.Errorf("short item kept = %v, want %v (%q)", got, tt.wantKept, blocks[4].Reason)
			}
			if blocks[2].Kept || blocks[5].Kept {
				t.Errorf("the link %q was kept", tt.link)
			}
		})
	}
}

// A wiki prints its "[edit]" link right after each section's heading,
// outside it: the heading titles the section below the link and stays,
// and the link goes. A heading whose section is a menu still goes.
func TestClassifyHeadingBeforeLinkChrome(t *testing.T) {
	tests := []struct {
		name     string
		after    Block // the block after the link
		wantKept bool
	}{
		{"prose", block(KindParagraph, "Create a file of the size you need, restrict its permissions and format it before you turn it on.", 0), true},
		{"menu", block(KindParagraph, "Main page Random page", 4), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []Block{
				block(KindParagraph, prose, 0),
				block(KindHeading, "Creation", 0),
				block(KindParagraph, "[edit]", 1),
				tt.after,
				block(KindParagraph, prose+" It opens in May.", 0),
			}
			Classify(blocks, ClassifyOptions{})
			if got := blocks[1].Kept; got != tt.wantKept {
				t.Errorf("heading kept = %v (reason %q), want %v", got, blocks[1].Reason, tt.wantKept)
			}
			if blocks[2].Kept {
				t.Error("the [edit] link was kept")
			}
		})
	}
}
