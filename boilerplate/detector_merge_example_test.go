package boilerplate_test

import (
	"fmt"

	"github.com/winnowtext/winnow/boilerplate"
)

// A batch job learns each site's template in a first pass, as a
// map-reduce would (sketches per page, samples merged per site), and
// extracts every page against it in a second: the first page of a site
// loses its template as well as the last.
func ExampleSiteSample() {
	articles := []string{
		"The council met on Monday to discuss the new bridge over the river.",
		"Farmers expect an early harvest after a warm and wet spring season.",
		"The museum opens a winter exhibition of paintings by local artists.",
		"Workers at the station voted to accept the contract offered by the company.",
		"A storm closed the coast road for most of the evening on Friday.",
		"The library will stay open late during the exam weeks this summer.",
	}
	pages := map[string][]string{}
	for i, a := range articles {
		pages[fmt.Sprintf("https://news.example/%d", i)] = []string{
			a, "Thank you for reading. Sign up to our newsletter for the best stories of the week.",
		}
	}

	// Pass 1: any number of workers sketch pages and merge samples per
	// site, in any order.
	samples := map[string]*boilerplate.SiteSample{}
	for url, texts := range pages {
		host, sketch, ok := boilerplate.SketchPage(url, texts)
		if !ok {
			continue
		}
		if samples[host] == nil {
			samples[host] = &boilerplate.SiteSample{}
		}
		samples[host].Add(sketch, boilerplate.SampleLimits{})
	}

	// Pass 2: a Detector that only judges, given every site's template.
	d := boilerplate.NewDetector(boilerplate.WithoutLearning())
	for host, s := range samples {
		d.AddSite(host, d.Template(s))
	}
	blocks := []boilerplate.Block{
		{Kind: boilerplate.KindParagraph, Text: pages["https://news.example/0"][0], Kept: true},
		{Kind: boilerplate.KindParagraph, Text: pages["https://news.example/0"][1], Kept: true},
	}
	boilerplate.MarkRepeats(blocks, d, "https://news.example/0")
	for _, b := range blocks {
		fmt.Printf("%q\n", b.Reason)
	}
	// Output:
	// ""
	// "repeated-across-site"
}
