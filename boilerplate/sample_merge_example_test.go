package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// Two workers sample the pages they crawled of one site; their partial
// samples travel as bytes (MarshalBinary) to a reducer that merges them.
// The merged sample is the one a single worker would have built, in any
// order of merging, and the Detector built from it drops the site's
// template.
func ExampleSiteSample_Merge() {
	footer := "Thank you for reading. Sign up to our newsletter for the best stories of the week."
	stories := []string{
		"The council met on Monday to discuss the new bridge over the river.",
		"Farmers expect an early harvest after a warm and wet spring season.",
		"The museum opens a winter exhibition of paintings by local artists.",
		"A storm closed the coast road for most of the evening on Friday.",
	}
	var workers [2]boilerplate.SiteSample
	for i, story := range stories {
		_, sketch, ok := boilerplate.SketchPage(fmt.Sprintf("https://news.example/%d", i), []string{story, footer})
		if ok {
			workers[i%2].Add(sketch, boilerplate.SampleLimits{})
		}
	}

	var site boilerplate.SiteSample
	for _, w := range workers {
		data, err := w.MarshalBinary() // sent over the wire
		if err != nil {
			panic(err)
		}
		var part boilerplate.SiteSample
		if err := part.UnmarshalBinary(data); err != nil {
			panic(err)
		}
		site.Merge(&part, boilerplate.SampleLimits{})
	}
	fmt.Println(len(site.Pages), "pages,", site.Added, "added")

	d := boilerplate.NewDetector(boilerplate.WithoutLearning())
	d.AddSite("news.example", d.Template(&site))
	blocks := []boilerplate.Block{
		{Kind: boilerplate.KindParagraph, Text: "A new story, on a page no worker saw.", Kept: true},
		{Kind: boilerplate.KindParagraph, Text: footer, Kept: true},
	}
	boilerplate.MarkRepeats(blocks, d, "https://news.example/new")
	for _, b := range blocks {
		fmt.Printf("%v %q\n", b.Kept, b.Reason)
	}
	// Output:
	// 4 pages, 4 added
	// true ""
	// false "repeated-across-site"
}
