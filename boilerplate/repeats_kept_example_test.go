package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// A page that flattens to text prints its opening paragraph again below a
// photo caption. After classification, the second copy goes; a short line
// printed apart ("Read more") is left alone.
func ExampleDropRepeatedParagraphs() {
	texts := []string{
		"The river rose by two metres overnight, and the council opened the school gym to families.",
		"Read more",
		"Volunteers carried sandbags along the embankment until the rain eased in the afternoon.",
		"Read more",
		"The river rose by two metres overnight, and the council opened the school gym to families.",
	}
	blocks := make([]boilerplate.Block, len(texts))
	for i, t := range texts {
		blocks[i] = boilerplate.Block{Kind: boilerplate.KindLine, Text: t, Kept: true}
		boilerplate.CountText(t, &blocks[i].Features)
	}
	boilerplate.DropRepeatedParagraphs(blocks)
	for _, b := range blocks {
		fmt.Printf("%-5v %q\n", b.Kept, b.Reason)
	}
	// Output:
	// true  ""
	// true  ""
	// true  ""
	// true  ""
	// false "repeated-in-page"
}
