package extract_test

import (
	"fmt"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/winnowtext/winnow/extract"
	"golang.org/x/net/html"
)

const examplePage = `<html lang="en"><head><title>Bridge approved</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Bridge approved</h1>
<p>The city council voted on Tuesday to approve a new pedestrian bridge across the river, ending a debate that lasted a decade.</p>
<p>Work should begin in the spring and take two years, the mayor said after the vote.</p></article>
<footer>© 2024 Gazette. All rights reserved.</footer></body></html>`

func ExampleFromBytes() {
	res, err := extract.FromBytes([]byte(examplePage), extract.Options{URL: "https://gazette.example/bridge"})
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Title)
	fmt.Println(res.Text)
	// Output:
	// Bridge approved
	// The city council voted on Tuesday to approve a new pedestrian bridge across the river, ending a debate that lasted a decade.
	//
	// Work should begin in the spring and take two years, the mayor said after the vote.
}

func ExampleFromNode() {
	root, err := html.Parse(strings.NewReader(examplePage))
	if err != nil {
		panic(err)
	}
	res, err := extract.FromNode(root, extract.Options{})
	if err != nil {
		panic(err)
	}
	for _, b := range res.Blocks {
		if !b.Kept {
			fmt.Printf("dropped %-12s %q\n", b.Reason, b.Text)
		}
	}
	// Output:
	// dropped outside-main "Home News Sport"
	// dropped title        "Bridge approved"
	// dropped outside-main "© 2024 Gazette. All rights reserved."
}

func ExampleFromDocument() {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(examplePage))
	if err != nil {
		panic(err)
	}
	res, err := extract.FromDocument(doc, extract.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(strings.Count(res.Text, "\n\n")+1, "paragraphs")
	// Output:
	// 2 paragraphs
}
