package meta_test

import (
	"fmt"

	"github.com/winnowtext/winnow/internal/meta"
	"golang.org/x/net/html"
)

func ExampleCollector() {
	var c meta.Collector
	c.Element("html", []html.Attribute{{Key: "lang", Val: "en_us"}})
	c.Title("Rain returns to the valley | Valley Gazette")
	c.Element("meta", []html.Attribute{{Key: "property", Val: "og:site_name"}, {Key: "content", Val: "Valley Gazette"}})
	c.Element("link", []html.Attribute{{Key: "rel", Val: "canonical"}, {Key: "href", Val: "/rain"}})
	c.JSONLD([]byte(`{"@type": "NewsArticle", "datePublished": "2023-05-02",
		"author": {"@type": "Person", "name": "Jane Doe"},}`)) // trailing comma: repaired

	md := c.Finish("https://gazette.example/news/rain?ref=home")
	fmt.Println(md.Title)
	fmt.Println(md.Author, md.Date.Format("2006-01-02"), md.Language, md.Type)
	fmt.Println(md.URL)
	// Output:
	// Rain returns to the valley
	// Jane Doe 2023-05-02 en-US NewsArticle
	// https://gazette.example/rain
}
