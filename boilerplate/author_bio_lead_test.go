package boilerplate

import "testing"

func TestDropLeadingAuthorBio(t *testing.T) {
	para := func(text string, words int) Block {
		return Block{Kind: KindParagraph, Text: text, Kept: true, Features: Features{Words: words}}
	}
	body := para("The council voted on Tuesday to close the old bridge to traffic for a year.", 60)
	tests := []struct {
		name   string
		author string
		blocks []Block
		want   int // index of the block dropped as a note, -1 for none
	}{
		{"first name, copula, role", "Jane Doe", []Block{para("Jane is an experienced journalist who has covered towns for ten years.", 12), body}, 0},
		{"full name", "Jane Doe", []Block{para("Jane Doe is a writer covering transport.", 7), body}, 0},
		{"second kept block", "Jane Doe", []Block{para("By Jane Doe", 3), para("Doe is a senior reporter on the city desk.", 9), body}, 1},
		{"no role", "Jane Doe", []Block{para("Jane is happy with the vote, she told us.", 9), body}, -1},
		{"another person", "Jane Doe", []Block{para("Mark Lee is a reporter who broke the story of the bridge.", 12), body}, -1},
		{"deep in the article", "Jane Doe", []Block{body, body, para("Jane is a reporter, and she walked the bridge.", 9)}, -1},
		{"too long for a note", "Jane Doe", []Block{para("Jane is a reporter ...", bioMaxWords+1), body}, -1},
		{"no byline", "", []Block{para("Jane is a reporter covering transport.", 6), body}, -1},
		{"the site's own name", "Town Post", []Block{para("Town Post is a newspaper edited by volunteers.", 8), body}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := append([]Block(nil), tt.blocks...)
			DropLeadingAuthorBio(blocks, tt.author, "Town Post", "https://townpost.example/a")
			for i, b := range blocks {
				if dropped := b.Reason == ReasonAuthorBio; dropped != (i == tt.want) {
					t.Errorf("block %d %q: dropped %v, want %v", i, b.Text, dropped, i == tt.want)
				}
			}
		})
	}
}

func FuzzDropLeadingAuthorBio(f *testing.F) {
	f.Add("Jane is an experienced journalist.", "Jane Doe", "Town Post", "https://townpost.example/a")
	f.Add("Doe, CFP, is a writer", "Jane Doe; John Roe", "", "")
	f.Add("é is a reporter", "é é", "é", "http://[::1")
	f.Fuzz(func(t *testing.T, text, author, site, pageURL string) {
		blocks := []Block{
			{Kind: KindParagraph, Text: text, Kept: true},
			{Kind: KindParagraph, Text: text, Kept: true},
			{Kind: KindParagraph, Text: text, Kept: true},
		}
		for i := range blocks {
			CountText(text, &blocks[i].Features)
		}
		DropLeadingAuthorBio(blocks, author, site, pageURL)
		if !blocks[bioHead].Kept {
			t.Errorf("block %d, past the first %d kept blocks, was dropped", bioHead, bioHead)
		}
		for _, b := range blocks[:bioHead] {
			if !b.Kept && b.Reason != ReasonAuthorBio {
				t.Errorf("dropped with reason %q", b.Reason)
			}
		}
	})
}
