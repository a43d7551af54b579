package boilerplate

import "testing"

// A list of offers after the article's prose, in the same element: each
// line a name and its bare link. The link-only line between cuts the
// next offers off from the prose, yet they stay, being in the prose's
// own container; the same lines in another element go.
func TestClassifyNearGoodInGoodContainer(t *testing.T) {
	const offers = "Three film collections on discs and a model of the time machine from the old film, all of them at half price http://example.com/a"
	tests := []struct {
		name      string
		container int
		wantKept  bool
	}{
		{"in the prose's container", 5, true},
		{"in another container", 8, false},
		{"without a container", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks := []Block{
				block(KindParagraph, prose, 0),
				block(KindParagraph, prose+" It opens in May.", 0),
				block(KindParagraph, "http://example.com/b", 1),
				block(KindParagraph, offers, 0.25),
				block(KindParagraph, "Home News Sport Weather Contact", 1),
			}
			for i := range blocks[:3] {
				blocks[i].Features.ContainerID = 5
			}
			blocks[3].Features.ContainerID = tt.container
			blocks[4].Features.ContainerID = 9
			Classify(blocks, ClassifyOptions{})
			if got := blocks[3].Kept; got != tt.wantKept {
				t.Errorf("offers kept = %v, want %v (%q, score %.2f)", got, tt.wantKept, blocks[3].Reason, blocks[3].Score)
			}
			if blocks[2].Kept || blocks[4].Kept {
				t.Error("a link line was kept")
			}
		})
	}
}

// Favouring precision, a near-good block needs good neighbours on both
// sides, container or not.
func TestClassifyNearGoodInGoodContainerPrecision(t *testing.T) {
	blocks := []Block{
		block(KindParagraph, prose, 0),
		block(KindParagraph, "http://example.com/b", 1),
		block(KindParagraph, "Three film collections on discs and a model of the time machine from the old film, all of them at half price http://example.com/a", 0.25),
	}
	for i := range blocks {
		blocks[i].Features.ContainerID = 5
	}
	Classify(blocks, ClassifyOptions{Favor: Precision})
	if blocks[2].Kept {
		t.Error("favouring precision, a near-good block without good neighbours was kept")
	}
}
