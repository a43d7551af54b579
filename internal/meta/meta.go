// Package meta collects page metadata (title, author, date, site name,
// description, language, canonical URL, image, tags) from <title>, <meta>,
// OpenGraph, JSON-LD, <time> and <link rel=canonical>, fed by the segmenter's
// single pass over the tokens. STUB.
package meta

import (
	"time"

	"golang.org/x/net/html"
)

// Metadata is what the Collector found.
type Metadata struct {
	Title, Author, SiteName, Description, Language, URL, Image string
	Date                                                       time.Time
	Tags                                                       []string
	ArticleBody                                                string // JSON-LD articleBody, when present
}

// Collector gathers metadata from the elements the segmenter hands it. The
// zero value is ready to use. Not safe for concurrent use: one per page.
type Collector struct {
	md Metadata
}

// Element is called for <html>, <meta>, <link>, <time> and any element that
// carries an itemprop attribute, with its attributes.
func (c *Collector) Element(tag string, attrs []html.Attribute) {}

// Title is called with the text of the document's <title>.
func (c *Collector) Title(text string) {
	if c.md.Title == "" {
		c.md.Title = text
	}
}

// JSONLD is called with the raw content of each
// <script type="application/ld+json">.
func (c *Collector) JSONLD(raw []byte) {}

// Finish returns the metadata, resolving relative URLs against pageURL.
func (c *Collector) Finish(pageURL string) Metadata { return c.md }
