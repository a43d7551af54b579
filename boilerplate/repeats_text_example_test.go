package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// Lines of plain text, measured in the pass that finds their repeats, as
// extract.FromText does for every text.
func ExampleMarkRepeatsText() {
	blocks := []boilerplate.Block{
		{Kind: boilerplate.KindLine, Text: "The council approved the new bridge after a long debate on Tuesday."},
		{Kind: boilerplate.KindLine, Text: "Share this article"},
		{Kind: boilerplate.KindLine, Text: "Follow us on social media"},
		{Kind: boilerplate.KindLine, Text: "Share this article"},
		{Kind: boilerplate.KindLine, Text: "Follow us on social media"},
	}
	boilerplate.MarkRepeatsText(blocks, nil, "")
	for _, b := range blocks {
		fmt.Printf("%2d words, %d sentence, %q\n", b.Features.Words, b.Features.Sentences, b.Reason)
	}
	// Output:
	// 12 words, 1 sentence, ""
	//  3 words, 0 sentence, ""
	//  5 words, 0 sentence, ""
	//  3 words, 0 sentence, "repeated-in-page"
	//  5 words, 0 sentence, "repeated-in-page"
}
