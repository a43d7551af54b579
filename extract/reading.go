package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
)

// retype corrects the page model's judgement t where the blocks say
// otherwise: a grid of prices after the title is a collection, a buy box
// a product, a story after the title an article, reference-shaped pages
// documentation. dated reports a small service or listing page taken for
// a dated post.
func retype(s *segmenter, t PageType, sg *pageSignals, md *meta.Metadata) (_ PageType, dated bool) {
	blocks := s.blocks
	switch {
	case t == PageProduct && priceGridAfterTitle(blocks):
		return PageCollection, false
	case t == PageCollection && buyBoxAfterTitle(blocks) && !priceGridAfterTitle(blocks):
		return PageProduct, false
	case t == PageArticle && teasersBeforeContent(blocks):
		return PageListing, false
	case (t == PageListing || t == PageCollection) && storyAfterTitle(blocks):
		return PageArticle, false
	case t == PageService && referenceShaped(s, false):
		return PageDocumentation, false
	case (t == PageService || t == PageListing) && datedPost(blocks):
		return PageArticle, true
	case t == PageArticle && !articleMarked(sg, md.Date) && referenceShaped(s, true):
		return PageDocumentation, false
	}
	return t, false
}

// readInputs is what the readings take beyond the blocks.
type readInputs struct {
	container        chosenContainer // what the article reading chose
	classify         boilerplate.ClassifyOptions
	favor            Favor
	stopwords        bool   // the page's language has a stopword list
	title, pageTitle string // the page's title and its <title>
}

// readPage extracts the content of a page of type t with the reading
// that fits it, after the article reading chose its container: the article
// reading's own passes, a product's, or the sections of the other types.
// It returns the reading that stands: the article's when the type's
// reading kept too little of what the article reading had (see
// degradeReading).
func readPage(s *segmenter, t PageType, dated bool, in readInputs) PageType {
	c := in.container
	// The article reading's verdicts, kept while the type's reading runs:
	// a wrong guess degrades to them (see starvedReading).
	var article []verdict
	if t == PageArticle {
		// A short post the reading kept none of is kept whole before
		// the article's passes keep a line of it (a standfirst) and
		// hide that the reading missed it.
		keepDatedPost(s, dated)
		readArticle(s, c.mask)
	} else {
		article = saveVerdicts(s.blocks)
	}
	if t == PageProduct {
		extractProduct(s, in.classify, in.favor, c.mask, c.pageWide, c.node)
	}
	if t.bySections() {
		readSections(s, t, in)
	}
	// Whatever the reading: a table's dates and times are its values,
	// a changelog's release headings its titles.
	keepTableTimes(s.blocks)
	keepReleaseHeadings(s.blocks)
	// Whatever the reading: a code listing's language or file name is
	// its frame's chrome.
	dropCodeLabels(s)
	if degradeReading(s, article, c.mask, c.pageWide, in.stopwords) {
		return PageArticle
	}
	return t
}

// readArticle completes the article reading of a page whose container
// (mask, nil when none was chosen) extractArticle classified: the
// structure of the article's body and its standfirst.
func readArticle(s *segmenter, mask []bool) {
	if mask != nil {
		keepArticleStructure(s, mask)
		keepItemRuns(s, mask)
	}
	keepStandfirst(s.blocks)
	// A thread whose engine the page model did not know: its posts
	// stay, their frame goes.
	dropPostFrames(s)
	dropSignatures(s.blocks)
}

// readSections reads a page of type t whose content is not one
// container: the container's choice is taken back and each section is
// judged, then the passes of t's kind find its items (cards, posts,
// section headers, a reference's parts).
func readSections(s *segmenter, t PageType, in readInputs) {
	blocks := s.blocks
	s.unlocate(blocks, in.container.mask, in.container.pageWide)
	if t == PageCollection || t == PageListing {
		counts := panelCounts(s)
		dropFilterPanels(s, counts)
		dropControls(s, counts)
		trustGrids(s)
	}
	var quoted []bool
	if t == PageForum {
		quoted = quotedBlocks(s)
	}
	keepSectionsMemo(blocks, t, quoted, s.recog)
	if t != PageDocumentation && t != PageCollection {
		dropRelatedRuns(blocks)
	}
	switch t {
	case PageCollection, PageListing:
		item := listItems(s, true)
		keepItemFields(s, item)
		keepItemCopies(s, false)
		keepListingBylines(blocks)
		keepTeaserAuthors(s)
		cutScreenReaderText(s)
		dropSortBars(s)
		if t == PageListing {
			// A schedule's rows: a time and a short name each.
			keepTimedRows(blocks, nil)
			// A catalogue's FAQ under its items: the answers a
			// script unfolds are the page's prose, as on a product.
			keepToggledAnswers(s, in.stopwords)
			dropItemTemplates(s, item, false)
			keepListingSectionHeads(blocks)
			dropItemCounters(blocks)
		} else {
			// A heading every card prints: a hover overlay's label.
			dropItemTemplates(s, item, true)
			dropCardBadges(s)
		}
	case PageForum:
		// Neither pass changes what postItems reads: find the
		// posts once.
		if item, parts, ok := postItemsParts(s, forumRunMin); ok {
			if postsHoldHalf(s, item) || !proseBeforeThread(s, item) {
				dropBeforeThread(s, item, parts, in.title)
			}
			dropAfterThread(s, item)
			keepPostHeads(s, item)
			dropForumAgeHeads(s, item)
			cutScreenReaderText(s)
		}
	case PageService:
		keepSlides(s)
		keepSectionHeaders(s)
		keepLayoutProse(s)
		dropResourceTeasers(blocks)
		// A table of rows it kept a cell of: a schedule, a
		// price table, their linked cells and dates too.
		keepGridTables(blocks, true)
		// A shop's page read as a service's: its fields printed
		// under their machine names go as on a product's.
		dropFieldDumps(s)
	}
	if t != PageDocumentation && t != PageForum {
		dropAboveHeader(blocks)
	}
	if t == PageCollection {
		keepAriaPanels(s)
		dropAboveCollectionTitle(blocks)
	}
	if t == PageCollection || t == PageListing || t == PageService {
		dropTwinLines(blocks)
	}
	if t == PageCollection || t == PageListing {
		// After the passes that take the first kept line as the
		// top of the content: a count over the grid is one.
		dropResultCounts(blocks)
	}
	if t == PageDocumentation {
		spaceChips(s, true, false)
		keepReferenceParts(s)
		dropAboveDocTitle(blocks)
		dropSectionChrome(blocks)
		dropVersionLists(blocks)
		dropSiteLine(blocks, in.title, in.pageTitle)
		keepTypedFields(blocks)
		dropCodeButtons(blocks)
	}
}
