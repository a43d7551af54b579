// Package meta collects page metadata (title, author, date, site name,
// description, language, canonical URL, image, tags, JSON-LD article body)
// from <title>, <meta> (OpenGraph, Twitter cards, Dublin Core and the
// common publisher tags), JSON-LD, microdata itemprop attributes, <time>
// and <link rel=canonical>. The segmenter feeds it during its single pass
// over the tokens; Finish settles each field.
//
// Every field is offered by several sources. Each source has a priority
// (see priorities.go); the best priority wins, and among equal priorities
// the first value in the page.
//
// What the page body shows (its h1, the byline and the date under the
// headline) is weighed against these fields by package extract, which
// knows where the article stands: Metadata.DateWeak, Publisher and Host
// serve that.
package meta

import (
	"bytes"
	"time"

	"github.com/winnowtext/winnow/internal/arena"
	"golang.org/x/net/html"
)

// Metadata is what the Collector found. Empty strings and the zero time
// mean unknown.
type Metadata struct {
	// Title is the article's title: og:title, twitter:title, the JSON-LD
	// headline, or else the <title> without a " | Site Name" part.
	Title string
	// PageTitle is the text of <title> as the page has it.
	PageTitle string
	Author    string // several authors are joined with ", "
	SiteName  string
	// Description is the page's summary (og:description, meta description).
	Description string
	Language    string // BCP 47 tag such as "en-US"
	// Locale is og:locale as a BCP 47 tag ("en-US"): the region a page
	// whose Language names none writes for.
	Locale string
	URL    string // canonical URL, absolute http(s)
	Image  string // absolute http(s) URL of the lead image
	Date   time.Time
	// DateWeak says Date came from a source that a date printed under the
	// headline beats: a <time> anywhere in the page, a creative work the
	// page embeds, a creation or modification date, or the URL's path
	// (DateFromURL).
	DateWeak, DateFromURL bool
	Tags                  []string
	// ArticleBody is the articleBody of the JSON-LD article, when present.
	ArticleBody string
	// Type is the JSON-LD @type of the article ("NewsArticle",
	// "BlogPosting", ...), when the page describes one.
	Type string
	// Types are the names of everything the page declares itself to be:
	// every JSON-LD @type ("Product", "BreadcrumbList", "FAQPage") and
	// og:type as "og:" and its value ("og:article"), in document order.
	Types []string
	// Questions are the names of the JSON-LD Question nodes, in document
	// order: the questions of the FAQ the page declares it answers.
	Questions []string
	// Publisher is the name of the JSON-LD article's publisher: with
	// SiteName, what an author is not.
	Publisher string
	// Ingredients are the ingredients of the recipe the page's JSON-LD
	// describes (recipeIngredient), one line each as published.
	Ingredients []string
	// ProductDescription is the description of the first JSON-LD Product
	// (or ProductGroup, ProductModel) the page declares that has one, as
	// published: it may hold markup (see ProductText).
	ProductDescription string
	// Host is the page's host name (from the page URL or the canonical
	// one), which tells a site's name from a title.
	Host string
}

// Collector gathers metadata from the elements the segmenter hands it. The
// zero value is ready to use. Not safe for concurrent use: one per page.
type Collector struct {
	title, site, desc, lang, url, image field
	author                              authorField
	publisher                           field
	absURL                              field // best absolute candidate for url
	date                                dateField
	tags                                tagsField
	pageTitle, body, typ                string
	ingredients                         []string  // of a JSON-LD Recipe
	questions                           []string  // JSON-LD Question names
	productDesc                         string    // of the first JSON-LD Product with a description
	copyright                           string    // meta copyright: who holds the rights, no author
	twitterLabel, twitterData           [4]string // a Twitter card's label and data pairs
	types                               typeSet
	jsonldBytes                         int           // JSON-LD read so far, bounded by maxJSONLDTotal
	headline                            string        // an itemprop=headline element's text (see Headline)
	locale                              string        // og:locale, normalised (see Metadata.Locale)
	entryTitle                          string        // a heading's text classed as an entry's title (see EntryTitle)
	strs                                arena.Strings // the strings of the page's metadata (see Strings)
	tree                                jsonTree      // where the JSON-LD scripts are decoded, one at a time
}

// Reset empties c for another page, keeping the memory its JSON-LD was
// decoded in (none of the page's strings stay in it).
func (c *Collector) Reset() {
	c.tree.release()
	*c = Collector{tree: c.tree}
}

// Strings returns the arena the Collector keeps the page's JSON-LD
// strings in: the caller may copy the attribute values it hands Element
// there too, so that the page's metadata strings share its chunks.
func (c *Collector) Strings() *arena.Strings { return &c.strs }

// Element is called for <html>, <meta>, <link>, <time> and any element that
// carries an itemprop attribute, with its attributes as
// golang.org/x/net/html gives them (lower-case keys). tag is lower case.
func (c *Collector) Element(tag string, attrs []html.Attribute) {
	switch tag {
	case "html":
		c.htmlElement(attrs)
	case "meta":
		c.metaElement(attrs)
	case "link":
		c.linkElement(attrs)
	case "time":
		c.timeElement(attrs)
	}
	if prop := attr(attrs, "itemprop"); prop != "" {
		c.itemprop(tag, prop, attrs)
	}
}

// Headline is called with the text of the element that carries the
// microdata property headline without a content attribute (<h1
// itemprop="headline">Headline</h1>): it ranks as the property's content
// does (see priorities.go), unless it is the site's name, as themes that
// mark their logo as the page header's headline print it.
func (c *Collector) Headline(text string) {
	if c.headline == "" {
		c.headline = text // cleaned in Finish, when no better title is offered
	}
}

// EntryTitle is called with the text of the heading that the page's
// microformats class as its post's title (hAtom's entry-title, h-entry's
// p-name). It is the title only when the rest gives the site's name
// alone: a theme that writes the site's name in every <title>.
func (c *Collector) EntryTitle(text string) {
	if c.entryTitle == "" {
		c.entryTitle = text
	}
}

// offerHeadline offers the text of the itemprop=headline element as the
// title, unless it is the site's name.
func (c *Collector) offerHeadline(site, host string) {
	h := clean(c.headline, maxShort)
	if !IsSiteHeading(h, site, host, countWords(h)) {
		c.title.offer(h, rank4)
	}
}

// countWords counts the words of s, runs of bytes other than ASCII
// spaces, without the slice strings.Fields makes.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			n++
		}
	}
	return n
}

// Title is called with the text of the document's <title>. Only the first
// call counts: later ones come from <title> elements inside SVG.
func (c *Collector) Title(text string) {
	if c.pageTitle == "" {
		c.pageTitle = clean(text, maxShort)
	}
}

// JSONLD is called with the raw content of each
// <script type="application/ld+json">. Invalid JSON is repaired when a
// common mistake explains it and skipped otherwise.
func (c *Collector) JSONLD(raw []byte) {
	if c.jsonldBytes+len(raw) > maxJSONLDTotal {
		return
	}
	c.jsonldBytes += len(raw)
	c.tree.reset()
	c.jsonld(parseJSONLD(raw, &c.strs, &c.tree))
}

// Finish returns the metadata, resolving relative URLs against pageURL.
// When pageURL is empty, the best absolute canonical URL the page gives
// (og:url, JSON-LD url) serves as the base; relative URLs that still
// cannot be resolved are dropped.
func (c *Collector) Finish(pageURL string) Metadata {
	base := newPageBase(pageURL, c.absURL.val)
	md := Metadata{
		PageTitle:   c.pageTitle,
		SiteName:    c.site.val,
		Publisher:   c.publisher.val,
		Description: c.desc.val,
		Language:    c.lang.val,
		Locale:      c.locale,
		URL:         resolve(&base, c.url.val),
		Image:       resolve(&base, c.image.val),
		Date:        c.date.inZone(),
		Tags:        c.tags.list(),
		ArticleBody: c.body,
		Ingredients: c.ingredients,
		Type:        c.typ,
		Types:       c.types.names,
		Questions:   c.questions,
	}
	md.ProductDescription = c.productDesc
	host := base.hostname()
	if host == "" {
		host = hostOf(md.URL)
	}
	md.DateWeak = !md.Date.IsZero() && c.date.prio >= rank6
	if md.Date.IsZero() || c.date.prio > rankURLDate {
		for _, u := range [...]string{md.URL, pageURL} {
			if t, ok := dateFromURL(u); ok {
				md.Date, md.DateWeak, md.DateFromURL = t, true, true
				break
			}
		}
	}
	if md.SiteName == "" {
		md.SiteName = siteFromTitles(c.pageTitle, c.title.val)
	}
	if c.headline != "" && (c.title.val == "" || c.title.prio > rank4) {
		c.offerHeadline(md.SiteName, host)
		if md.SiteName == "" {
			md.SiteName = siteFromTitles(c.pageTitle, c.title.val)
		}
	}
	title := c.title.val
	if title == "" || md.SiteName != "" && sameCompact(title, md.SiteName) && c.pageTitle != "" {
		// Some sites put their own name in og:title on every page.
		title = c.pageTitle
	}
	md.Title = stripSiteName(title, md.SiteName, host)
	if c.entryTitle != "" && (md.Title == "" || IsSiteHeading(md.Title, md.SiteName, host, countWords(md.Title))) {
		if h := clean(c.entryTitle, maxShort); h != "" && !IsSiteHeading(h, md.SiteName, host, countWords(h)) {
			md.Title = h
		}
	}
	md.Host = host
	// A site that names itself, its publisher or the company holding its
	// copyright in meta author often names the person in article:author
	// or JSON-LD.
	c.twitterAuthor()
	var rb [256]byte
	rights := compactTo(rb[:0], c.copyright)
	md.Author = c.author.best(func(a string) bool {
		var ab [256]byte
		ca := compactTo(ab[:0], a)
		return IsLogin(a) || IsSiteName(a, md.SiteName, host) || md.Publisher != "" && IsSiteName(a, md.Publisher, "") ||
			len(ca) >= 3 && bytes.Contains(rights, ca)
	})
	// "Jane Doe | Site": a CMS that writes the author's field as it
	// writes <title>.
	if head, _, ok := splitSiteTail(md.Author, md.SiteName, host); ok {
		md.Author = head
	}
	return md
}
