package extract

import (
	"strings"
	"unicode"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// keepSections extracts a page that is not one body of prose: a listing's
// teasers, a shop's product cards, a service page's sections, a forum's
// posts, a documentation page. Its content is spread over the main region
// in many short pieces that density scoring would drop one by one, so
// every block of the region is kept, except what markup or pattern marks
// as boilerplate: hidden blocks, the page's header, navigation, footer and
// sidebars and whatever the page prints after its footer (except on
// documentation and product pages), the recognised kinds (cookie notices,
// share buttons, ...) and
// links of a few words (menus, tags, pagination; a linked heading is a
// card's title, which a menu's links are not), and the labels of form
// controls (a shop's filters and sort orders) and the skip links for
// keyboards and screen readers. Blocks already dropped
// (repeats, the title) stay dropped, but for the repeats of a service
// page's pricing tiers and packages.
//
// On a forum the posts are the content, not the links around them (other
// threads, user names), the vote counters or the pictures' captions: there
// a link-heavy block goes whatever its length (unless it is a post of a
// few sentences that links its sources), and so do a block without a
// letter, captions, what an element named signature holds, the short
// items of definition lists (see isCardItem), short lines printed more
// than once on the page (the labels of the author cards beside every
// post) or printed again with other numbers or values in them (see
// templateKeyOf), and the quotes of posts the page shows (see
// dropQuotedPosts). On a service page the features that each tier of a
// pricing table repeats stay (see keepTierCopies), and so do the copies
// that stand beside text of their own, the services two packages share
// (see keepSharedCopies). On a product's page links of any length go (to other
// products). On a listing or a collection the comments section goes (a
// discussion of the list, the reviews of a shop): the cards are the
// content. On a documentation page code in an aside stays. Except on
// forums and products, the linked names of a table of records stay (see
// keepSectionTables).
func keepSections(blocks []boilerplate.Block, t PageType) {
	keepSectionsMemo(blocks, t, nil, nil)
}

// keepSectionsMemo is keepSections for a page whose quotations are
// known: quoted tells, for each block, whether it stands in one (see
// quotedBlocks); nil when none are known. On a forum a line a reply
// quotes is no frame line: its copies in quotations do not make the
// original a line printed more than once, though a quoted line printed
// elsewhere too still goes. What the recognisers said of the page's
// texts is remembered in memo (see boilerplate.RecognizeBlockMemo; nil
// for none).
func keepSectionsMemo(blocks []boilerplate.Block, t PageType, quoted []bool, memo *recognize.Memo) {
	posts := t == PageForum
	layout := boilerplate.HintNav | boilerplate.HintHeader | boilerplate.HintFooter | boilerplate.HintAside
	// Documentation prints its examples beside the text, in a column
	// its class may call an aside: the code there is the reference's.
	codeAside := t == PageDocumentation
	// On posts and products what links point to is elsewhere.
	noLinks := posts || t == PageProduct
	cards := t == PageCollection || t == PageListing
	var labels, ownLabels map[string]int
	var templates, ownTemplates map[templateKey]int
	if posts {
		labels = shortLineCounts(blocks, nil)
		templates = templateCounts(blocks, nil)
		ownLabels, ownTemplates = labels, templates
		if quoted != nil {
			ownLabels = shortLineCounts(blocks, quoted)
			ownTemplates = templateCounts(blocks, quoted)
		}
	}
	if t == PageService {
		keepTierCopies(blocks)
		keepSharedCopies(blocks)
	}
	// A page ends at its footer: what it prints after the footer (a
	// store's policy dialogs, a cart drawer, a banner, a template for
	// scripts) is not its content. A documentation page may call parts
	// of its reference a footer; a product's page is read as a product.
	end := len(blocks)
	if t != PageDocumentation && t != PageProduct {
		end = afterFooter(blocks)
	}
	for i := range blocks {
		b := &blocks[i]
		if b.Dropped() {
			continue
		}
		if i >= end {
			b.Drop(boilerplate.ReasonOutsideMain)
			continue
		}
		labels, templates := labels, templates
		if quoted == nil || !quoted[i] {
			labels, templates = ownLabels, ownTemplates
		}
		if labels != nil && frameLabel(b) && labels[b.Text] >= 2 {
			// A post's frame: its author's card ("Joined", "Posts",
			// "New member"), its buttons ("Click to expand...").
			b.Drop(boilerplate.ReasonRepeatedInPage)
			continue
		}
		if templateLine(b, templates) {
			// The same frame with other numbers or values:
			// "answered Feb 4, 2014", "Posts: 4032", "Join Date: Mar
			// 2016", "Location: England".
			b.Drop(boilerplate.ReasonRepeatedInPage)
			continue
		}
		f := &b.Features
		ld := f.LinkDensity()
		switch {
		case f.Hints.Has(boilerplate.HintHidden):
			b.Drop(boilerplate.ReasonHidden)
		case f.Hints&layout != 0 && !(codeAside && b.Kind == boilerplate.KindCode && f.Hints&layout == boilerplate.HintAside):
			b.Drop(boilerplate.ReasonNavigation)
		case cards && f.Hints.Has(boilerplate.HintComment):
			b.Drop(boilerplate.ReasonComments)
		case isControl(b) && !(f.Sentences >= 1 && f.Words >= 12):
			b.Drop(boilerplate.ReasonInterface)
		case isSkipLink(b):
			b.Drop(boilerplate.ReasonNavigation)
		case posts && !hasLetter(b.Text):
			b.Drop(boilerplate.ReasonTooShort)
		case posts && (b.Kind == boilerplate.KindCaption || f.Hints.Has(boilerplate.HintFigure)):
			b.Drop(boilerplate.ReasonCaption)
		case posts && f.Hints.Has(boilerplate.HintSignature):
			// What a member prints under each of their posts: a
			// motto, their gear, links; or the card of who asked.
			b.Drop(boilerplate.ReasonAuthorBio)
		case posts && isCardItem(b):
			b.Drop(boilerplate.ReasonAuthorBio)
		default:
			if r := boilerplate.RecognizeBlockMemo(b, memo); r != boilerplate.ReasonNone {
				b.Drop(r)
			} else if ld >= 0.5 && (noLinks && !(posts && f.Sentences >= postLinkSentences) || f.Words < 4 && b.Kind != boilerplate.KindHeading) {
				b.Drop(boilerplate.ReasonLinkList)
			} else {
				b.Kept = true
			}
		}
	}
	if posts {
		dropQuotedPosts(blocks, quoted)
	}
	if !noLinks {
		keepSectionTables(blocks)
	}
	if t == PageDocumentation {
		dropEmptySections(blocks)
	}
}

// dropEmptySections drops, on a documentation page, a heading whose
// section lost every block to a recognised kind of boilerplate: the
// "Feedback" over a "Was this page helpful?" widget and its answers. It
// goes for the reason its section's first block went. A heading with no
// block before the next heading (a chapter over its first section) stays,
// and so does one over a section that density alone dropped: a wiki's
// index of links under each heading is its content.
func dropEmptySections(blocks []boilerplate.Block) {
	for i := range blocks {
		if !blocks[i].Kept || blocks[i].Kind != boilerplate.KindHeading {
			continue
		}
		reason := boilerplate.ReasonNone
		j := i + 1
		for ; j < len(blocks) && blocks[j].Kind != boilerplate.KindHeading && !blocks[j].Kept; j++ {
			if reason == boilerplate.ReasonNone && blocks[j].Reason != boilerplate.ReasonOutsideMain {
				reason = blocks[j].Reason
			}
		}
		if reason != boilerplate.ReasonNone && !densityVerdict(reason) && (j == len(blocks) || blocks[j].Kind == boilerplate.KindHeading) {
			blocks[i].Drop(reason)
		}
	}
}

// postLinkSentences is the number of sentences from which a block on a
// forum is a post whatever share of it is linked: one that cites its
// sources link by link, not a list of other threads.
const postLinkSentences = 3

// cardItemWords is the length, in words, up to which an item of a
// definition list is part of a member's card on a forum.
const cardItemWords = 8

// isCardItem reports whether b is a short term or definition of a
// definition list (<dt>, <dd>): forum software prints the card beside each
// post as one (the member's name, rank, join date, post count, location,
// a thread's status), while the posts, written in BBCode or Markdown, hold
// none. A longer definition (a thread's summary) is read as any block.
func isCardItem(b *boilerplate.Block) bool {
	return (b.Tag == "dt" || b.Tag == "dd") && b.Features.Words <= cardItemWords
}

// cardLabelWords is the length, in words, up to which a line printed more
// than once on a forum is the frame of its posts.
const cardLabelWords = 4

// frameLabel reports whether b is short enough to be a line of a
// post's frame when the page prints it more than once: cardLabelWords
// words or fewer, or templateLineWords words or fewer that end with a
// colon, a label whose value is a field or a control ("Number of
// copies to send:").
func frameLabel(b *boilerplate.Block) bool {
	w := b.Features.Words
	return w <= cardLabelWords || w <= templateLineWords && strings.HasSuffix(b.Text, ":")
}

// shortLineCounts counts how often the page prints each line of
// cardLabelWords words or fewer, but for the blocks skip sets (nil skips
// none).
func shortLineCounts(blocks []boilerplate.Block, skip []bool) map[string]int {
	counts := make(map[string]int)
	for i := range blocks {
		if frameLabel(&blocks[i]) && (skip == nil || !skip[i]) {
			counts[blocks[i].Text]++
		}
	}
	return counts
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isControl reports whether b is the text of a form control: an option, a
// label, a legend. A shop's filters and sort orders are made of them.
func isControl(b *boilerplate.Block) bool {
	switch b.Tag {
	case "option", "label", "legend", "select":
		return true
	}
	return false
}

// afterFooter returns where the page ends: the index after its last block
// in a footer, len(blocks) when no block is in one.
func afterFooter(blocks []boilerplate.Block) int {
	for i := len(blocks) - 1; i >= 0; i-- {
		if blocks[i].Features.Hints.Has(boilerplate.HintFooter) {
			return i + 1
		}
	}
	return len(blocks)
}

// skipLinkWords bounds the words of a block of skip links.
const skipLinkWords = 16

// isSkipLink reports whether b holds the links that let a keyboard or a
// screen reader skip the page's frame ("Skip to main content", "Skip to
// search results Skip to filters", a wiki's "Jump to navigation Jump to
// search"): linked text that starts with "skip to" or "jump to". The
// recognised kinds know the link alone; a block of several of them says
// more than the phrase.
func isSkipLink(b *boilerplate.Block) bool {
	const prefix = "skip to " // as long as "jump to "
	if b.Features.Words > skipLinkWords || b.Features.LinkDensity() < 0.5 || len(b.Text) <= len(prefix) {
		return false
	}
	start := b.Text[:len(prefix)]
	return strings.EqualFold(start, prefix) || strings.EqualFold(start, "jump to ")
}
