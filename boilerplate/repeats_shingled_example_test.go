package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// A segmenter measures its blocks and computes their shingles in one pass
// when it is done, runs its own rules, and marks the repeats later.
func ExampleShingleBlocks() {
	blocks := []boilerplate.Block{
		{Kind: boilerplate.KindHeading, Text: "Bridge approved", Kept: true},
		{Kind: boilerplate.KindParagraph, Text: "The council approved the new bridge on Tuesday.", Kept: true},
		{Kind: boilerplate.KindParagraph, Text: "Subscribe to our newsletter", Kept: true},
		{Kind: boilerplate.KindParagraph, Text: "Subscribe to our newsletter", Kept: true},
	}
	sh := boilerplate.ShingleBlocks(blocks)
	for _, b := range blocks {
		fmt.Printf("%d words: %s\n", b.Features.Words, b.Text)
	}
	// Rules that read the measurements run here; then:
	sh.MarkRepeats(blocks, nil, "https://example.com/news/bridge")
	fmt.Printf("last block: %q\n", blocks[3].Reason)
	// Output:
	// 2 words: Bridge approved
	// 8 words: The council approved the new bridge on Tuesday.
	// 4 words: Subscribe to our newsletter
	// 4 words: Subscribe to our newsletter
	// last block: "repeated-in-page"
}
