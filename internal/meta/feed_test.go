package meta

import (
	"strings"

	"golang.org/x/net/html"
)

// feed runs doc through the tokenizer and calls the Collector the way the
// segmenter does: Element for <html>, <meta>, <link>, <time> and itemprop
// elements, Title with the first <title>'s text, JSONLD with each ld+json
// script.
func feed(c *Collector, doc string) {
	z := html.NewTokenizer(strings.NewReader(doc))
	var inTitle, inJSONLD bool
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "title":
				inTitle = tt == html.StartTagToken
			case "script":
				inJSONLD = tt == html.StartTagToken && strings.EqualFold(attr(tok.Attr, "type"), "application/ld+json")
			}
			switch {
			case tok.Data == "html" || tok.Data == "meta" || tok.Data == "link" || tok.Data == "time",
				attr(tok.Attr, "itemprop") != "":
				c.Element(tok.Data, tok.Attr)
			}
		case html.EndTagToken:
			inTitle, inJSONLD = false, false
		case html.TextToken:
			switch {
			case inTitle:
				c.Title(string(z.Text()))
			case inJSONLD:
				c.JSONLD(z.Text())
			}
		}
	}
}
