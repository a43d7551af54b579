package boilerplate

// relatedLabelMaxWords bounds the words of a card's label ("Related",
// "Read also", "See also").
const relatedLabelMaxWords = 3

// relatedLabelAbove reports whether the block right before the heading at
// h is a short label that the recognisers dropped as related content: an
// inline card that a story sets between its paragraphs prints such a
// label over the linked title of the other story ("Related" / "4 tools
// that save time" / its blurb). A heading of the story itself has no such
// label over it.
func relatedLabelAbove(blocks []Block, h int) bool {
	if h == 0 {
		return false
	}
	b := &blocks[h-1]
	return !b.Kept && b.Reason == ReasonRelated && b.Kind != KindHeading &&
		b.Features.Words > 0 && b.Features.Words <= relatedLabelMaxWords
}
