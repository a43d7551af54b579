package boilerplate

import "testing"

// TestClassifyLabelledTeaser: a lone teaser card between a story's
// paragraphs goes when a label dropped as related content stands over its
// linked title; under a caption of the story, it stays, as does the
// unlabelled card further down.
func TestClassifyLabelledTeaser(t *testing.T) {
	card := func(label Block) []Block {
		return []Block{
			block(KindParagraph, prose, 0),
			block(KindParagraph, prose+" Work starts in spring.", 0),
			label,
			block(KindHeading, "Four tools that save time on your laptop", 1),
			block(KindParagraph, "Save time and streamline your day with the help of these small tools.", 0),
			block(KindHeading, "What comes next", 0),
			block(KindParagraph, prose+" The vote is in May.", 0),
			block(KindHeading, "Ferry service resumes on Monday", 1),
			block(KindParagraph, "The ferry to the island sails again from the old harbour after a winter of repairs.", 0),
			block(KindHeading, "The council answers questions", 0),
			block(KindParagraph, prose+" It ends here.", 0),
		}
	}
	tests := []struct {
		name     string
		blocks   []Block
		wantKept []bool
	}{
		{"under a related label", card(block(KindParagraph, "Related", 0)),
			[]bool{true, true, false, false, false, true, true, true, true, true, true}},
		{"under a read-also label", card(block(KindParagraph, "Read also", 0)),
			[]bool{true, true, false, false, false, true, true, true, true, true, true}},
		{"under a caption of the story", card(block(KindCaption, "The bridge at dawn", 0)),
			[]bool{true, true, false, true, true, true, true, true, true, true, true}},
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
