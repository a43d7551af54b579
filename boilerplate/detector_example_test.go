package boilerplate_test

import (
	"bytes"
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// A page's blocks as the segmenter makes them: most users pass a Detector
// in extract.Options instead and never call MarkRepeats themselves.
func page(article string) []boilerplate.Block {
	return []boilerplate.Block{
		{Kind: boilerplate.KindParagraph, Text: article, Kept: true},
		{Kind: boilerplate.KindParagraph, Text: "A message from the editor: our journalism is funded by readers like you. Please consider becoming a member today.", Kept: true},
	}
}

func ExampleMarkRepeats() {
	d := boilerplate.NewDetector()
	articles := []string{
		"The council approved the new bridge after a long debate on Tuesday.",
		"Farmers expect an early harvest after a warm and dry spring.",
		"The museum reopens its painting galleries to the public next week.",
		"The league announced the fixtures of the coming season yesterday.",
	}
	for i, a := range articles {
		blocks := page(a)
		boilerplate.MarkRepeats(blocks, d, fmt.Sprintf("https://news.example/%d", i))
		fmt.Printf("page %d: article %q, editor's message %q\n", i+1, blocks[0].Reason, blocks[1].Reason)
	}
	// Output:
	// page 1: article "", editor's message ""
	// page 2: article "", editor's message ""
	// page 3: article "", editor's message ""
	// page 4: article "", editor's message "repeated-across-site"
}

func ExampleMarkRepeats_inPage() {
	blocks := []boilerplate.Block{
		{Kind: boilerplate.KindParagraph, Text: "The minister said there were no signs of a pullback on the ground, during a briefing on Tuesday."},
		{Kind: boilerplate.KindParagraph, Text: "Talks are expected to resume next month in the capital, officials said."},
		{Kind: boilerplate.KindParagraph, Text: "The minister said there were no signs of a pullback on the ground, during a briefing on Tuesday."},
		{Kind: boilerplate.KindParagraph, Text: "Talks are expected to resume next month in the capital, officials said!"},
	}
	boilerplate.MarkRepeats(blocks, nil, "")
	for _, b := range blocks {
		fmt.Printf("%q\n", b.Reason)
	}
	// Output:
	// ""
	// ""
	// "repeated-in-page"
	// "repeated-in-page"
}

func ExampleDetector_Save() {
	d := boilerplate.NewDetector(boilerplate.WithMaxMemory(16<<20), boilerplate.WithMinPages(3))
	for i := range 3 {
		d.Learn(fmt.Sprintf("https://news.example/%d", i), []string{
			"Subscribe to our free newsletter for the best stories of the day.",
		})
	}
	var file bytes.Buffer // a file in real use
	if err := d.Save(&file); err != nil {
		fmt.Println(err)
		return
	}
	loaded, err := boilerplate.LoadDetector(&file, boilerplate.WithMinPages(3))
	if err != nil {
		fmt.Println(err)
		return
	}
	s := loaded.Stats()
	fmt.Println(s.Hosts, "host,", s.Fingerprints, "fingerprints")
	// Output:
	// 1 host, 7 fingerprints
}
