package extract

import (
	"time"

	"github.com/winnowtext/winnow/boilerplate"
)

// Result is what an extraction returns.
type Result struct {
	// Title is the article's headline: the page's h1 where it agrees with
	// the metadata's titles (og:title, the JSON-LD headline, <title>),
	// else the metadata's title without the site's name.
	Title string `json:"title,omitempty"`
	// Author names the article's authors, joined with ", ", and with the
	// conjunction the byline prints before the last name where it prints
	// one ("Jane Doe, John Roe and Max Muster"): from JSON-LD and <meta>,
	// else (or when those name the site or its newsroom) from the byline
	// under the headline.
	Author      string `json:"author,omitempty"`
	SiteName    string `json:"site_name,omitempty"`   // the publisher's name (og:site_name, JSON-LD publisher)
	Description string `json:"description,omitempty"` // og:description, else meta description
	Language    string `json:"language,omitempty"`    // BCP 47 tag, "" when unknown
	URL         string `json:"url,omitempty"`         // canonical URL, else Options.URL
	Image       string `json:"image,omitempty"`       // the lead image's absolute URL (og:image, ...)
	// Date is the publication date, with the time and zone the page gives:
	// from the metadata, else printed in the article's header, else from
	// the URL's path; a modification date only when nothing else is
	// known; the zero time when none is.
	Date time.Time `json:"date,omitzero"`
	Tags []string  `json:"tags,omitempty"` // article:tag, else meta keywords, else JSON-LD's

	// Text is the main text: the kept blocks, paragraphs separated by a
	// blank line. In plain text input, a paragraph that was split where a
	// sentence ends to be judged in parts is joined again by a space when
	// both parts are kept.
	Text string `json:"text"`
	// Blocks holds every block of the page, kept or dropped, in document order.
	Blocks []boilerplate.Block `json:"blocks,omitempty"`

	// PageType is the kind of page winnow judged it read (article,
	// listing, product, ...); it decided how the main content was found.
	// Empty for plain text input.
	PageType PageType `json:"page_type,omitempty"`
	// Confidence, from 0 to 1, is how sure winnow is of this extraction:
	// an estimate of the share of the page's main text that the result
	// gets right (its word F1), from what the page and the result look
	// like. Send pages under 0.5 down a slower path (another extractor, a
	// person); over 0.8 the result is usually right. 0 for plain text input.
	Confidence float64 `json:"confidence"`
	// Fallback names the candidate the text was taken from when the
	// page's model kept (almost) nothing (FallbackMarked,
	// FallbackTitle), the part of the page added when the article's
	// container was a blurb in the page's frame (FallbackPage) or beside
	// the page's title (FallbackTitle), or the reading taken when the
	// page type's own kept almost nothing (FallbackArticle: the type was
	// a wrong guess, and PageType still names it), or the region of
	// repeated items a listing's or a collection's reading took back
	// when it kept almost nothing (FallbackItems), or the client-side
	// template or <noscript> that held the post when no candidate
	// container held text (FallbackTemplate), or the <iframe srcdoc>
	// document read as the page when the page's own kept almost nothing
	// (FallbackFrame); "" when it did not fall back.
	Fallback string `json:"fallback,omitempty"`

	signals pageSignals // what PageType was judged from
	// markup is the HTML rendered from the page's markup when
	// Options.KeepMarkup was set; see HTML.
	markup string
}
