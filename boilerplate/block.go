package boilerplate

import (
	"encoding/json"
	"fmt"

	"github.com/winnowtext/winnow/recognize"
)

// Kind is the structural kind of a block: what markup (or text shape) it
// came from.
type Kind uint8

// Block kinds. Text mode produces KindLine and KindParagraph only.
const (
	KindParagraph Kind = iota // running text: <p>, text in a <div>, a text paragraph
	KindHeading               // <h1>..<h6>
	KindListItem              // <li>, <dt>, <dd>
	KindQuote                 // <blockquote>
	KindCode                  // <pre>, <code> blocks
	KindTableCell             // <td>, <th>
	KindCaption               // <figcaption>, <caption>
	KindLine                  // one line of plain text input
)

var kindNames = [...]string{"paragraph", "heading", "list-item", "quote", "code", "table-cell", "caption", "line"}

// String returns the lower-case name used in JSON and explain output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText makes Kind encode as its name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a name that MarshalText writes, so that a Block
// encoded as JSON (by the CLI, the HTTP API) decodes to what it was. An
// unknown name is an error.
func (k *Kind) UnmarshalText(text []byte) error {
	for i, name := range kindNames {
		if string(text) == name {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("boilerplate: unknown block kind %q", text)
}

// Reason says why a block was dropped. The empty Reason means the block is
// kept (or has not been judged yet).
type Reason string

// Reasons a block is dropped. They are stable strings: users filter on them.
// The reasons the pattern recognisers find are the names of their kinds
// (package recognize, where each is described); the others come from the
// classifier, the segmenter and the repeated-block detector.
const (
	ReasonNone               Reason = ""
	ReasonCookieNotice              = Reason(recognize.CookieNotice)
	ReasonNavigation                = Reason(recognize.Navigation)
	ReasonLinkList                  = Reason(recognize.LinkList)
	ReasonSocial                    = Reason(recognize.Social)
	ReasonSubscription              = Reason(recognize.Subscription)
	ReasonNewsletter                = Reason(recognize.Newsletter)
	ReasonEditorMessage             = Reason(recognize.EditorMessage)
	ReasonCredit                    = Reason(recognize.Credit)
	ReasonCaption                   = Reason(recognize.Caption)   // a figure caption
	ReasonInterface                 = Reason(recognize.Interface) // "Show more", "Top downloads", "Read more", ...
	ReasonDateline                  = Reason(recognize.Dateline)  // a bare date or time stamp line
	ReasonLegal                     = Reason(recognize.Legal)     // copyright, terms, rights restrictions
	ReasonComments                  = Reason(recognize.Comments)
	ReasonAdvertisement             = Reason(recognize.Advertisement)
	ReasonRelated                   = Reason(recognize.Related) // "Related articles", "Read also" teasers
	ReasonRepeatedInPage     Reason = "repeated-in-page"
	ReasonRepeatedAcrossSite Reason = "repeated-across-site"
	ReasonLowDensity         Reason = "low-density"
	ReasonOutsideMain        Reason = "outside-main" // not inside the main content container
	ReasonTitle              Reason = "title"        // the page title, reported in Result.Title
	ReasonTooShort           Reason = "too-short"
	ReasonHidden             Reason = "hidden"     // markup hides it (hidden, aria-hidden, display:none)
	ReasonAuthorBio          Reason = "author-bio" // a note on the article's author or publisher after the article
)

// Features are the measurements the classifier scores a block by. They are
// counted once, when the block is built, without allocating.
type Features struct {
	Chars       int  `json:"chars"`        // runes of text, whitespace collapsed
	Words       int  `json:"words"`        // word tokens
	LinkWords   int  `json:"link_words"`   // word tokens inside <a href>
	LinkCount   int  `json:"link_count"`   // number of links in the block
	Sentences   int  `json:"sentences"`    // sentence ends (. ! ? and their CJK forms) followed by space or end
	Punct       int  `json:"punct"`        // punctuation runes
	Stopwords   int  `json:"stopwords"`    // words found in the stopword list of the page language
	Uppercase   int  `json:"uppercase"`    // words starting with an upper-case letter
	Digits      int  `json:"digits"`       // runes that are digits
	Depth       int  `json:"depth"`        // nesting depth of the block in the document
	Position    int  `json:"position"`     // index of the block in the document, from 0
	Hints       Hint `json:"hints"`        // markup hints on the block and its ancestors
	ContainerID int  `json:"container_id"` // index of the container that holds the block (HTML mode), -1 in text mode

	// OffsiteLinks counts the links in the block that lead to another
	// site than the page's: in HTML mode, when the page's address (or
	// its canonical one) names its site.
	OffsiteLinks int `json:"offsite_links"`
}

// LinkDensity is the share of words that are inside links.
func (f *Features) LinkDensity() float64 {
	if f.Words == 0 {
		return 0
	}
	return float64(f.LinkWords) / float64(f.Words)
}

// StopwordDensity is the share of words that are stopwords.
func (f *Features) StopwordDensity() float64 {
	if f.Words == 0 {
		return 0
	}
	return float64(f.Stopwords) / float64(f.Words)
}

// Hint is a set of weak markup signals found on a block or its ancestors.
type Hint uint32

// Markup hints. They are evidence for the scorer, never a rule on their own.
const (
	HintArticle     Hint = 1 << iota // inside <article>, itemprop=articleBody, role=main, <main>
	HintNav                          // inside <nav>, role=navigation, or a nav/menu class
	HintHeader                       // inside a page <header> or a header class
	HintFooter                       // inside <footer>, role=contentinfo, or a footer class
	HintAside                        // inside <aside>, role=complementary, sidebar class
	HintComment                      // inside a comments section
	HintBoilerplate                  // class/id says share, social, cookie, related, promo, ad, ...
	HintContent                      // class/id says content, article, post, entry, story, body
	HintHidden                       // hidden attribute, aria-hidden, display:none
	HintForm                         // inside a <form> or a button
	HintFigure                       // inside <figure>
	HintTitle                        // the heading matches the page title
	HintLinkList                     // a list whose items are mostly links
	HintJSONLDBody                   // the text occurs in JSON-LD articleBody, or is a JSON-LD product description the page did not show
	HintNoscript                     // inside <noscript>: shown when scripts do not run
	HintConsent                      // inside a cookie or consent banner (class or id, outside the article)
	HintSignature                    // class/id says signature: a forum member's signature or card under a post
	HintEmbedFrame                   // the frame of an embedded post (its credit line, "View this post on Instagram"), by the embed code's class
	HintControl                      // class/id says button, btn, cta or toggle: a control drawn as a link or a box ("Quick view", "Add to wishlist")
)

var hintNames = [...]string{"article", "nav", "header", "footer", "aside", "comment", "boilerplate",
	"content", "hidden", "form", "figure", "title", "link-list", "jsonld-body", "noscript", "consent",
	"signature", "embed-frame", "control"}

// Names returns the names of the hints set in h, in bit order.
func (h Hint) Names() []string {
	names := []string{}
	for i, n := range hintNames {
		if h&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return names
}

// MarshalJSON encodes the hints as a list of names.
func (h Hint) MarshalJSON() ([]byte, error) { return json.Marshal(h.Names()) }

// UnmarshalJSON reads the list of names that MarshalJSON writes (null is
// no hints). An unknown name is an error.
func (h *Hint) UnmarshalJSON(data []byte) error {
	var names []string
	if err := json.Unmarshal(data, &names); err != nil {
		return fmt.Errorf("boilerplate: hints: %w", err)
	}
	var out Hint
	for _, n := range names {
		bit := -1
		for i, known := range hintNames {
			if n == known {
				bit = i
				break
			}
		}
		if bit < 0 {
			return fmt.Errorf("boilerplate: unknown hint %q", n)
		}
		out |= 1 << bit
	}
	*h = out
	return nil
}

// Has reports whether all of the hints in m are set.
func (h Hint) Has(m Hint) bool { return h&m == m }

// Block is one unit of text that winnow keeps or drops whole: a paragraph,
// heading, list item, quote, code block, table cell, caption, or in text
// mode a line or paragraph.
type Block struct {
	Kind     Kind     `json:"kind"`             // paragraph, heading, list item, ...
	Text     string   `json:"text"`             // the text, whitespace collapsed (code keeps its lines)
	Tag      string   `json:"tag,omitempty"`    // the HTML element name ("p", "li", ...); "" in text mode
	Features Features `json:"features"`         // measurements used by the classifier
	Score    float64  `json:"score"`            // the classifier's score: higher is more likely content
	Kept     bool     `json:"kept"`             // part of the main text
	Reason   Reason   `json:"reason,omitempty"` // why it was dropped; ReasonNone when kept
	Line     int      `json:"line,omitempty"`   // text mode: first input line of the block, from 1; 0 in HTML mode
}

// Drop marks b as boilerplate with reason r unless it is already dropped, so
// the first reason found is the one reported.
func (b *Block) Drop(r Reason) {
	if b.Reason == ReasonNone {
		b.Reason = r
	}
	b.Kept = false
}

// Keep marks b as part of the main text, clearing any reason it was dropped
// for: the step that takes a block back has the last word.
func (b *Block) Keep() {
	b.Reason, b.Kept = ReasonNone, true
}

// Dropped reports whether a reason to drop b has been recorded.
func (b *Block) Dropped() bool { return b.Reason != ReasonNone }
