package boilerplate

import "testing"

func TestDropAuthorCard(t *testing.T) {
	prose := "The council voted on Tuesday to extend the program for another year, officials said."
	long := "The plan leaves room for change, and the board will review it each spring. " + repeatWords("word", 150)
	type blk struct {
		kind Kind
		text string
	}
	tests := []struct {
		name, author string
		tail         []blk
		drops        int // how many of the tail's blocks are dropped, from its end
	}{
		{"heading with the byline name", "Jane Doe", []blk{
			{KindHeading, "Jane Doe"},
			{KindParagraph, "Hello and welcome! I founded this site after ten years of roasting coffee at home."}}, 2},
		{"written-by heading run together", "Jane Doe", []blk{
			{KindHeading, "Written byJane Doe"},
			{KindParagraph, "Award-winning writer and teacher. I co-founded this site to help people learn."}}, 2},
		{"note naming the byline's last name", "Janet Doe, CFP", []blk{
			{KindHeading, "About the Author"},
			{KindParagraph, "Jane Doe, CFP, is a contributing analyst who covers banks and real estate."}}, 2},
		{"name heading, note going on with a copula, label above", "Anna Roe", []blk{
			{KindQuote, "Author"},
			{KindHeading, "Dr. John Smith"},
			{KindQuote, "ist Gründungspartner einer Kanzlei in Berlin und berät Unternehmen."}}, 3},
		{"two cards", "Jane Doe and John Roe", []blk{
			{KindHeading, "Jane Doe"},
			{KindParagraph, "Jane writes about energy and climate."},
			{KindHeading, "John Roe"},
			{KindParagraph, "John edits the business desk."}}, 4},
		{"last section of the article", "Jane Doe", []blk{
			{KindHeading, "The Bottom Line"},
			{KindParagraph, "Index funds are a simple way to invest for the long run."}}, 0},
		{"name heading without a copula", "", []blk{
			{KindHeading, "John Smith"},
			{KindParagraph, "Smith founded the firm in 1990 and still runs it today."}}, 0},
		{"note too long for a card", "Jane Doe", []blk{
			{KindHeading, "Jane Doe"},
			{KindParagraph, long}}, 0},
		{"list item under the heading", "Jane Doe", []blk{
			{KindHeading, "Jane Doe"},
			{KindListItem, "Writes about energy."}}, 0},
		{"heading too long for a card", "Jane Doe", []blk{
			{KindHeading, "What Jane Doe learned from ten years of reporting"},
			{KindParagraph, "Sources matter more than scoops, and the best ones are patient."}}, 0},
		{"last name alone before the copula", "Jane Doe", []blk{
			{KindHeading, "About the Author"},
			{KindParagraph, "Doe is a word the court uses for an unnamed party."}}, 0},
		{"short name inside a heading's word", "Al Li", []blk{
			{KindHeading, "Gallipoli Tour"},
			{KindParagraph, "Photos from the trip are in the gallery below."}}, 0},
		{"copula under a heading that is no name", "Jane Doe", []blk{
			{KindHeading, "Next step"},
			{KindParagraph, "is up to the council, which meets again in May."}}, 0},
		{"name in a later word of the note", "Jane Doe", []blk{
			{KindHeading, "About the Author"},
			{KindParagraph, "The study by Jane Doe is the first of its kind."}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []Block{{Kind: KindParagraph, Text: prose, Kept: true}}
			for _, b := range tt.tail {
				blocks = append(blocks, Block{Kind: b.kind, Text: b.text, Kept: true})
			}
			for i := range blocks {
				CountText(blocks[i].Text, &blocks[i].Features)
			}
			DropAuthorCard(blocks, tt.author, "", "https://example.com/a")
			if !blocks[0].Kept {
				t.Fatal("dropped the article's paragraph")
			}
			for i, b := range blocks[1:] {
				want := i >= len(tt.tail)-tt.drops
				if got := !b.Kept; got != want {
					t.Errorf("block %d %q dropped = %v, want %v", i+1, b.Text, got, want)
				}
				if want && b.Reason != ReasonAuthorBio {
					t.Errorf("block %d Reason = %q, want %q", i+1, b.Reason, ReasonAuthorBio)
				}
			}
		})
	}
}

func TestDropAuthorCardKeepsLonePage(t *testing.T) {
	blocks := []Block{
		{Kind: KindHeading, Text: "Jane Doe", Kept: true},
		{Kind: KindParagraph, Text: "Jane Doe is a reporter covering energy.", Kept: true},
	}
	for i := range blocks {
		CountText(blocks[i].Text, &blocks[i].Features)
	}
	DropAuthorCard(blocks, "Jane Doe", "", "")
	if !blocks[0].Kept || !blocks[1].Kept {
		t.Error("dropped the only blocks of the page")
	}
}
