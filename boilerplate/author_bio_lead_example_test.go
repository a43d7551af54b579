package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// A byline unfolds a card on its writer, printed above the article's first
// paragraph: the card is not the article.
func ExampleDropLeadingAuthorBio() {
	texts := []string{
		"Ana is an experienced journalist who has covered the city's transport for a decade.",
		"The council voted on Tuesday to close the old bridge to traffic while it is repaired.",
		"Ana Costa is a reporter, the mayor said, and she should walk the bridge herself.",
	}
	blocks := make([]boilerplate.Block, len(texts))
	for i, t := range texts {
		blocks[i] = boilerplate.Block{Kind: boilerplate.KindParagraph, Text: t, Kept: true}
		boilerplate.CountText(t, &blocks[i].Features)
	}
	boilerplate.DropLeadingAuthorBio(blocks, "Ana Costa", "City Post", "https://citypost.example/bridge")
	for _, b := range blocks {
		fmt.Printf("%-5v %q\n", b.Kept, b.Reason)
	}
	// Output:
	// false "author-bio"
	// true  ""
	// true  ""
}
