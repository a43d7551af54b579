package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/meta"
	"github.com/winnowtext/winnow/lang"
	"github.com/winnowtext/winnow/recognize"
	"golang.org/x/text/language"
)

// finish runs the stages after segmentation: metadata, language and
// stopwords, the headline, repeated blocks, the article reading, the
// page's type and the reading that fits it (reading.go), the byline and
// date, the passes every reading shares, the fallbacks and confidence,
// and rendering.
func finish(s *segmenter, opts Options) *Result {
	s.setTexts()
	if h := s.mc.pageHeadline(s.blocks); h != "" {
		s.md.Headline(h)
	}
	if h := s.mc.pageEntryTitle(s.blocks); h != "" {
		s.md.EntryTitle(h)
	}
	md := s.md.Finish(opts.URL)
	res := &Result{
		Title: md.Title, Author: md.Author, SiteName: md.SiteName, Description: md.Description,
		URL: md.URL, Image: md.Image, Date: md.Date, Tags: md.Tags,
	}
	if res.URL == "" {
		res.URL = validUTF8(opts.URL)
	}
	blocks := s.blocks

	tag, arena := pageLanguage(blocks, md.Language, s.arena)
	s.arena = arena
	if tag != language.Und {
		res.Language = tag.String()
	}
	sw := countStopwords(blocks, tag)
	s.titles = [2]string{md.Title, meta.StripSiteTail(md.PageTitle, md.SiteName, md.Host)}
	resolveHints(s, sw)
	unlinkSolePost(s)
	unlinkOpenProse(s)
	dropQAComments(s)
	dropComposeForms(s)
	markEmbedFrames(s)
	markJSONLDBody(blocks, md.ArticleBody)
	s.mc.finish()
	res.Title = tidyTitle(headline(blocks, &md, res.Title, opts.URL, s.mc.marks))
	// Before locate, so that a site's template blocks, which the Detector
	// drops whatever their density, do not pull the choice of container.
	s.shingled.MarkRepeats(blocks, opts.Detector, opts.URL)
	// The memo serves the headings markCommentSections reads as well:
	// the classifier reads them again.
	s.recog = recognize.GetMemo(len(blocks))
	defer func() { recognize.PutMemo(s.recog); s.recog = nil }()
	markCommentSections(blocks, s.recog, answerNamed(s))
	dropMarquees(blocks)
	classify := boilerplate.ClassifyOptions{Favor: boilerplate.Favor(opts.Favor), HasStopwords: sw,
		CaptionsAreProse: captionsTellStory(blocks), Memo: s.recog}
	c := chosenContainer{}
	c.mask, c.pageWide, c.node = extractArticle(s, classify, opts.Favor)
	res.signals = signalsOf(blocks, md.Types, opts.URL, keptWords(blocks))
	// What the page is decides how its content is found: the cards of a
	// listing or the sections of a service page do not sit in one
	// container of prose.
	var typeProbs [numPageTypes]float64
	res.PageType, typeProbs = judgePage(&res.signals)
	var dated bool
	res.PageType, dated = retype(s, res.PageType, &res.signals, &md)
	if opts.reading != "" { // tests that measure each reading's cost
		res.PageType, dated = opts.reading, false
	}
	reading := readPage(s, res.PageType, dated, readInputs{container: c, classify: classify,
		favor: opts.Favor, stopwords: sw, title: res.Title, pageTitle: md.PageTitle})

	res.Author = pageAuthor(s, res.Author, &md, reading)
	res.Date = pageDate(s, blocks, &md, dateOrder(tag, md.Language, md.Locale))
	dropAroundBody(s, res, &md, reading)
	chooseFallback(s, res, c, reading, &typeProbs)
	if res.Fallback == "" && reading == PageProduct {
		res.Fallback = productFallBack(s, res.Title)
	}
	dropQAComments(s) // again: a reading may have taken them back
	if reading == PageForum {
		// Once the quotes are judged: a kept quote keeps its head.
		keepQuoteHeads(blocks, quotedBlocks(s))
	}
	dropComposeForms(s)
	keepOpeningNotes(blocks)
	// An answer or a comment cut over its "Continue reading" is a copy
	// of the whole text after it. A shop's "See more" box is left as it
	// is: there the page shows the cut text (tune half of WCXB).
	if reading == PageArticle || reading == PageForum {
		dropCutPreviews(blocks)
	}
	// Whatever the reading or its fallback: a schedule's rows are whole.
	keepScheduleTables(blocks, s.tableOf)
	keepScheduleRows(blocks, c.mask)
	switch {
	case reading == PageArticle && c.mask != nil:
		// A programme's rows in the article's container.
		keepTimedRows(blocks, c.mask)
		// A kept list's items, whatever their words.
		keepListPhrases(blocks, c.mask)
	case reading == PageCollection || reading == PageService:
		// A venue's or a club's programme read by sections.
		keepTimedRows(blocks, nil)
	}
	if reading != PageDocumentation {
		dropEmbedSnippets(blocks)
	}
	if reading == PageArticle {
		// A round-up's items: their rows of label and value only.
		keepItemCopies(s, true)
		dropAboveDatedPost(blocks)
		keepTeaserBylines(blocks)
		keepSubheadings(blocks)
		dropShopLinks(blocks)
	}
	if reading == PageProduct {
		addProductDescription(s, &md)
		keepProductName(blocks)
		// A category read as a product: its cards' rows are no copies.
		keepItemCopies(s, false)
	}
	// Whatever the reading: a software page's drawing of its app is no
	// prose.
	dropMockScreens(s)
	// The words two side-by-side elements run together ("agentsAutomate")
	// are parted in the main text once the content is chosen
	// (documentation pages already did, in their reading, in every block).
	spaceChips(s, reading == PageListing, true)
	s.capped = joinDropCaps(blocks, s.lim.MaxBlockChars)
	res.Blocks = s.withControls(blocks)
	if reading.bySections() {
		keepAskedQuestions(res.Blocks)
	}
	if reading == PageProduct || reading == PageService {
		keepPanelLabels(res.Blocks)
	}
	keepLinkedTerms(res.Blocks) // whatever the reading: a glossary's terms are links
	if res.PageType == PageService {
		res.Title = serviceTitle(res.Title, &md, titlePrinted(blocks, res.Title))
	}
	res.Text = renderText(res.Blocks)
	res.markup = renderMarkup(s, res, opts.URL)
	return res
}

// chosenContainer is what extractArticle chose: the mask of the blocks
// inside the main container (nil when none was chosen), the hints the
// container inherits from its ancestors, and its node (-1 when none).
type chosenContainer struct {
	mask     []bool
	pageWide boilerplate.Hint
	node     int
}

// countStopwords counts the stopwords of tag's language in every block
// and reports whether the language has a stopword list.
func countStopwords(blocks []boilerplate.Block, tag language.Tag) bool {
	sw := lang.Stopwords(tag)
	if sw == nil {
		return false
	}
	for i := range blocks {
		blocks[i].Features.Stopwords = sw.Count(blocks[i].Text)
	}
	return true
}

// headline returns the page's title, given title from the metadata: the
// headline block found on the page (which is marked and dropped from the
// text), or the metadata's title without its site name and section. A
// kicker that marks set in the headline's element goes (see cutKicker).
func headline(blocks []boilerplate.Block, md *meta.Metadata, title, pageURL string, marks []bodyMark) string {
	if h := findHeadline(blocks, md, pageURL); h >= 0 {
		title = meta.StripSiteTail(collapseASCIISpace(headlineLine(blocks[h].Text, md)), md.SiteName, md.Host)
		title = cutDashTail(cutSectionNumber(cutLabel(cutBarTail(title), md.Title), md))
		if md.Title != "" && gluedHeadline(title, md.Title, md.PageTitle) {
			title = cutTitleTail(md.Title)
		}
		blocks[h].Features.Hints |= boilerplate.HintTitle
		blocks[h].Drop(boilerplate.ReasonTitle)
		if meta.IsTitleTail(blocks[h].Text, md.PageTitle, md.Title) {
			// The h1 prints the board or section that <title> names after
			// the headline ("Headline : board"): it stands where the
			// headline does, but the headline is the metadata's.
			return md.Title
		}
		return cutKicker(title, kickerAt(marks, h))
	}
	if h := siteWideHeadline(blocks, md, pageURL); h != "" {
		return h
	}
	if at, h := markTitle(blocks, title, md.PageTitle); h != "" {
		if k := kickerAt(marks, at); k != "" {
			if cut := cutKicker(collapseASCIISpace(h), k); cut != collapseASCIISpace(h) {
				return cut
			}
		}
		// The page's own headline is the title without whatever site name
		// <title> appends ("Headline — Site", "Headline｜Site") when no
		// metadata named the site.
		if nh, nt := normTitle(h), normTitle(title); len(nh) < len(nt) && strings.HasPrefix(nt, nh) {
			return collapseASCIISpace(h)
		}
		return title
	}
	if h := siteHeadHeading(blocks, md, title); h != "" {
		return h
	}
	return cutTitleTail(cutSectionHead(title, pageURL))
}

// pageAuthor returns the page's author, given author from the metadata:
// the byline on the page when the metadata names none or names the
// publisher, the site's owner on a personal site, as the page prints it.
func pageAuthor(s *segmenter, author string, md *meta.Metadata, reading PageType) string {
	login := meta.IsLogin(author)
	switch {
	case author == "" || isOrganization(author, md) || login:
		// The byline on the page names a person where the metadata
		// names the publisher or gives a login.
		if a := bodyAuthor(s, s.blocks, author == "" || login, reading == PageForum); a != "" {
			author = dropSiteCredits(a, md)
		}
	case reading != PageForum && !printedOnPage(author, s.blocks):
		// The byline under the headline credits the writer where the
		// metadata names someone the page never prints (see
		// printedOnPage).
		if a := bylineAbove(s, s.blocks); a != "" {
			author = dropSiteCredits(a, md)
		}
	}
	if author == "" {
		// A personal site names no author: its writer is its owner.
		author = siteOwner(md.SiteName, md.Host)
	}
	if author == "" && md.SiteName == "" {
		author = titleOwner(md)
	}
	return asPrinted(author, s.blocks)
}

// dropAroundBody runs the passes that need the author: the author's
// card, repeated paragraphs, what trails an article, and what no reading
// keeps.
func dropAroundBody(s *segmenter, res *Result, md *meta.Metadata, reading PageType) {
	blocks := s.blocks
	boilerplate.DropAuthorBio(blocks, res.Author, res.SiteName, res.URL)
	if res.PageType == PageArticle {
		// The byline's card, printed above the body.
		boilerplate.DropLeadingAuthorBio(blocks, res.Author, res.SiteName, res.URL)
		// The byline's card under its heading, closing the body.
		boilerplate.DropAuthorCard(blocks, res.Author, res.SiteName, res.URL)
	}
	boilerplate.DropRepeatedParagraphs(blocks)
	if res.PageType == PageArticle {
		dropTailIsland(blocks)
		dropTailLinkList(blocks)
		if s.framed == 0 {
			// A thread's posts, each under the title its frame
			// printed and dropPostFrames let go, are no teasers.
			dropTrailingTeasers(blocks)
		}
		keepIngredients(blocks, md.Ingredients)
		// The FAQ the page declares in its JSON-LD, printed after
		// the body's element.
		keepDeclaredFAQ(blocks, md.Questions)
	}
	// Whatever the page's kind: a record's fields that a template dumps
	// as a definition list are not text for readers.
	dropAddressDefinitions(s)
	dropStatusMessages(s)
	// Whatever the reading: a post's edit note is the engine's record.
	runMin := postRunMin
	if reading == PageForum {
		runMin = forumRunMin
	}
	dropEditNotes(s, runMin)
	// Whatever the reading: what a template was to fill in.
	dropTemplateBindings(blocks)
	if reading == PageDocumentation {
		keepReferenceCopies(blocks)
	}
	dropBeforeTitle(blocks)
}

// chooseFallback says which fallback, if any, gave the page its text
// (Result.Fallback) and how sure the extraction is (Result.Confidence).
func chooseFallback(s *segmenter, res *Result, c chosenContainer, reading PageType, typeProbs *[numPageTypes]float64) {
	blocks := s.blocks
	res.Fallback = fallBack(s)
	if res.Fallback == "" && (reading == PageListing || reading == PageCollection) && itemRegionFallBack(s) {
		res.Fallback = FallbackItems
	}
	if res.Fallback == "" && reading == PageArticle {
		// The container may be a blurb beside the page's short lines.
		switch {
		case frameFallBack(s, blocks, c.mask, c.pageWide, s.recog):
			res.Fallback = FallbackPage
		case titleBranchFallBack(s, c.mask, c.node):
			res.Fallback = FallbackTitle
		}
	}
	if res.Fallback == "" && reading != res.PageType {
		res.Fallback = FallbackArticle
	}
	// A thread's frame, which the article reading let go, is no text
	// the reading missed.
	res.Confidence = confidence(&res.signals, typeProbs, keptWords(blocks)+s.framed)
	if res.Fallback == "" && res.PageType == PageArticle {
		// A doubtful article may have missed the page's content: a
		// listing or a catalogue taken for an article.
		if conf, ok := sectionsFallBack(blocks, &res.signals, typeProbs, res.Confidence, s.recog, answerNamed(s)); ok {
			res.Fallback, res.Confidence = FallbackPage, conf
		}
	}
	if (res.Fallback == FallbackPage || res.Fallback == FallbackTitle) && reading == PageArticle {
		// A thread taken for an article, read section by section or
		// from the branch under its title: its posts stay, their
		// frame goes again.
		dropPostFrames(s)
	}
}
