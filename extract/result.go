package extract

import (
	"time"

	"github.com/winnowtext/winnow/boilerplate"
)

// Result is what an extraction returns.
type Result struct {
	Title       string    `json:"title,omitempty"`
	Author      string    `json:"author,omitempty"`
	SiteName    string    `json:"site_name,omitempty"`
	Description string    `json:"description,omitempty"`
	Language    string    `json:"language,omitempty"` // BCP 47 tag, "" when unknown
	URL         string    `json:"url,omitempty"`      // canonical URL, else Options.URL
	Image       string    `json:"image,omitempty"`
	Date        time.Time `json:"date,omitzero"`
	Tags        []string  `json:"tags,omitempty"`

	// Text is the main text: kept blocks, paragraphs separated by a blank line.
	Text string `json:"text"`
	// Blocks holds every block of the page, kept or dropped, in document order.
	Blocks []boilerplate.Block `json:"blocks,omitempty"`

	// markup is the HTML rendered from the page's markup when
	// Options.KeepMarkup was set; see HTML.
	markup string
}
