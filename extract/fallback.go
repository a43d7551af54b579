package extract

import (
	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/recognize"
)

// fallbackWords is the least text an extraction must keep; with less, the
// page falls back to a candidate container (see fallBack).
const fallbackWords = 15

// Fallbacks, as Result.Fallback names them.
const (
	FallbackMarked = "marked-article"  // the element markup names as the article or main content
	FallbackTitle  = "title-container" // the element that holds the page's title heading
	FallbackPage   = "page"            // every section of the page
	// FallbackTemplate is the client-side template or <noscript> that
	// holds the post, on a page whose marked and titled containers hold
	// no text (see fallBack).
	FallbackTemplate = "template"
	// FallbackItems is the largest region of repeated items, taken by a
	// listing's or a collection's reading that kept almost nothing (see
	// itemRegionFallBack).
	FallbackItems = "item-region"
)

// fallbackShare: a result that keeps under 1/fallbackShare of what the
// page's sections hold (and they hold fallbackPageWords or more) falls
// back to the sections. At 1/20, no page of the article corpora's tune
// halves fell back; at 1/10 a few news pages with long comment threads did.
const (
	fallbackShare     = 20
	fallbackPageWords = 150
)

// doubtfulConfidence and doubtfulShare: an article whose confidence (the
// estimate of its word F1) is under doubtfulConfidence falls back to the
// page's sections when it keeps under 1/doubtfulShare of what they hold.
// Both were fitted on the tune half of WCXB; a share of 1/4 at confidence
// 0.7 gained more there but lost on a check half's listings.
const (
	doubtfulConfidence = 0.5
	doubtfulShare      = 4
)

// sectionWordsBound is an upper bound on the words keepSections would keep
// of blocks, counted without the recognisers: the words of the blocks
// that are not hidden, not in the page's header, navigation, footer or
// sidebars, not a few linked words, not dropped before classification.
func sectionWordsBound(blocks []boilerplate.Block) int {
	n := 0
	for i := range blocks {
		b := &blocks[i]
		f := &b.Features
		switch b.Reason {
		case boilerplate.ReasonRepeatedInPage, boilerplate.ReasonRepeatedAcrossSite, boilerplate.ReasonTitle:
			continue
		}
		if f.Hints&(boilerplate.HintHidden|boilerplate.HintNav|boilerplate.HintHeader|boilerplate.HintFooter|boilerplate.HintAside) != 0 ||
			f.Words < 4 && f.LinkDensity() >= 0.5 {
			continue
		}
		n += f.Words
	}
	return n
}

// pageFallBack reads the page section by section when the extraction
// kept (kept words) under 1/share of what the sections hold: the single
// container missed the page's content, as it does on a listing or a
// thread taken for an article. A comment thread or a grid of teasers that
// a heading announces after the sections' first kept text is not what
// they hold (dropAnnouncedTails): a short post's comments are no reason
// to read its page by sections. It reports whether it did.
func pageFallBack(blocks []boilerplate.Block, kept, share int, memo *recognize.Memo, answered func(int) bool) bool {
	page := sectionsOf(blocks, memo)
	dropAnnouncedTails(page, answered)
	if pw := keptWords(page); pw < fallbackPageWords || kept*share >= pw {
		return false
	}
	copy(blocks, page)
	return true
}

// sectionsOf returns a copy of blocks read section by section, as a
// listing's are (the list under a related heading goes with it: see
// dropRelatedRuns), with what the recognisers said remembered in memo
// (see boilerplate.RecognizeBlockMemo; nil for none).
func sectionsOf(blocks []boilerplate.Block, memo *recognize.Memo) []boilerplate.Block {
	page := make([]boilerplate.Block, len(blocks))
	copy(page, blocks)
	clearVerdicts(page)
	keepSectionsMemo(page, PageArticle, nil, memo)
	dropRelatedRuns(page)
	return page
}

// sectionsGain and sectionsDoubt: an article whose confidence is under
// sectionsDoubt is read section by section when the confidence model
// expects that reading to score sectionsGain or more above the single
// container's. The model reads the page and how much each reading keeps;
// where the container kept a small part of a listing, a thread or a
// reference taken for an article, the sections promise more. On the tune
// halves a gain of 0.08 to 0.12 did as well (0.12 lost no article of a
// check half, 0.1 one); no page the sections improved had a confidence
// of 0.8, and the bound spares the sure articles a second reading.
const (
	sectionsGain  = 0.12
	sectionsDoubt = 0.8
)

// sectionsFallBack reads an article's page section by section when the
// result, whose confidence is conf, is doubtful: under doubtfulConfidence
// and keeping under 1/doubtfulShare of what the sections hold, or under
// sectionsDoubt and the confidence model, given the page's signals and
// type probabilities, expects the sections to score sectionsGain above
// conf. The sections are read once for both tests; the result stands
// when they add only after the article's end (articleEndsFirst). It
// returns the new confidence, or conf and false when it kept the result.
func sectionsFallBack(blocks []boilerplate.Block, sg *pageSignals, probs *[numPageTypes]float64, conf float64, memo *recognize.Memo, answered func(int) bool) (float64, bool) {
	if conf >= sectionsDoubt {
		return conf, false
	}
	page := sectionsOf(blocks, memo)
	pw := keptWords(page)
	c := confidence(sg, probs, pw)
	small := conf < doubtfulConfidence && pw >= fallbackPageWords && keptWords(blocks)*doubtfulShare < pw
	if !small && c < conf+sectionsGain {
		return conf, false
	}
	// A short article whose sections add only what follows it: the
	// teasers, posts or comments after its end are not content.
	if articleEndsFirst(blocks, page) {
		return conf, false
	}
	// Nor is a thread or a grid of teasers that a heading announces after
	// the sections' first kept text: the sections keep what they add
	// before it, and when that is nothing, the result stands.
	dropAnnouncedTails(page, answered)
	if keptWords(page) <= keptWords(blocks) {
		return conf, false
	}
	copy(blocks, page)
	return c, true
}

// fallBack keeps the text of a candidate container when the extraction
// kept (almost) nothing of a page that has text: a post of three short
// lines of dialogue, a page of one sentence. The density model drops such
// text block by block because each block is short; the page's own markup
// still says where its content is. The candidates, in order: the largest
// element marked as the article or the main content (<article>, <main>,
// role=main, itemprop=articleBody), then the element holding the title
// heading, or the nearest element around it whose sections keep text
// (see titleClimbs). In the candidate, blocks are kept section by section
// (hidden blocks, navigation, recognised boilerplate and short links still
// go, and so does a comment thread or a grid of teasers under a heading
// that announces it: see dropAnnouncedTails); outside it they stay dropped. Whatever it kept, a result that holds a
// twentieth of what the page's sections hold takes those (pageFallBack).
// Before the candidates are read, a client-side template that holds the
// page's post is shown (see revealTemplate); when no candidate yields
// text, the template itself is read as the last one.
// It returns which fallback was used, "" for none.
func fallBack(s *segmenter) string {
	blocks := s.blocks
	kept := keptWords(blocks)
	if kept*fallbackShare < sectionWordsBound(blocks) && pageFallBack(blocks, kept, fallbackShare, s.recog, answerNamed(s)) {
		return FallbackPage
	}
	if kept >= fallbackWords {
		if kept < fallbackPageWords {
			return templateFallBack(s)
		}
		return ""
	}
	tmpl, shown := revealTemplate(s, false)
	fb := candidateFallBack(s)
	if fb == "" && tmpl >= 0 && namedContent(s.hintsAt[tmpl]) && readCandidate(s, tmpl) {
		// No container the page marks or titles holds text (a page
		// builder's columns of divs): the post is where its template
		// stands, as the script renders it there, when the template or
		// an element around it is named as the content (a note to turn
		// scripts on, in the page's body, is not).
		fb = FallbackTemplate
	}
	if fb == "" {
		hideAgain(s, shown)
	}
	return fb
}

// candidateFallBack keeps the first candidate container of fallBack that
// yields text and returns its name, "" when none does.
func candidateFallBack(s *segmenter) string {
	words := subtreeWords(s)
	node := -1
	for i := range s.nodes {
		if s.nodes[i].hints&boilerplate.HintArticle != 0 && words[i] > 0 && (node < 0 || words[i] > words[node]) {
			node = i
		}
	}
	if node >= 0 {
		if readCandidate(s, node) {
			return FallbackMarked
		}
		return ""
	}
	return titleFallBack(s, words, titleIndex(s.blocks))
}

// titleFallBack keeps the sections of the nearest element around the
// page's title heading that yields text (see titleClimbs), words the
// words under each node (subtreeWords), and returns FallbackTitle, or ""
// when none does or the page has no title heading.
func titleFallBack(s *segmenter, words []int, t int) string {
	blocks := s.blocks
	if t < 0 {
		return ""
	}
	// The element that holds the title may hold nothing else (a <div>
	// around the <h1>): the nearest element around it whose sections
	// keep text is the title's.
	node := int(s.nodes[s.blockAt[t]].parent)
	for climb := 0; node >= 0 && climb < titleClimbs; climb++ {
		if words[node] > blocks[t].Features.Words && readCandidate(s, node) {
			return FallbackTitle
		}
		node = int(s.nodes[node].parent)
	}
	return ""
}

// titleClimbs bounds how many elements around the title fallBack reads
// before it gives up: the title's own wrapper, its heading group, the
// column or the card that holds the page's short lines.
const titleClimbs = 4

// readCandidate keeps the blocks under node (a candidate container that
// fallBack chose) section by section, as fallBack describes, with the
// rows of its tables (keepGridTables) and the fields of its lists' items
// (keepCandidateItems): a page that kept almost nothing is one of short
// lines, a schedule's dates and linked opponents. It reports whether it
// kept any; when it kept none, the blocks are left as they were.
func readCandidate(s *segmenter, node int) bool {
	blocks := s.blocks
	end := subtreeEnd(s, node)
	candidate := make([]boilerplate.Block, 0, 16)
	var at []int
	for i := range blocks {
		if n := int(s.blockAt[i]); n >= node && n < end {
			candidate = append(candidate, blocks[i])
			at = append(at, i)
		}
	}
	clearVerdicts(candidate)
	keepSectionsMemo(candidate, PageArticle, nil, s.recog)
	named := answerNamed(s)
	dropAnnouncedTails(candidate, func(k int) bool { return named(at[k]) })
	// A page of short lines: its rows are content.
	keepGridTables(candidate, false)
	keepCandidateItems(s, candidate, at)
	if keptWords(candidate) == 0 {
		return false
	}
	for k, i := range at {
		blocks[i] = candidate[k]
	}
	return true
}

// subtreeWords returns the words of the blocks under each node.
func subtreeWords(s *segmenter) []int {
	words := make([]int, len(s.nodes))
	for i := range s.blocks {
		if !s.blocks[i].Features.Hints.Has(boilerplate.HintHidden) {
			words[s.blockAt[i]] += s.blocks[i].Features.Words
		}
	}
	for i := len(s.nodes) - 1; i > 0; i-- {
		words[s.nodes[i].parent] += words[i]
	}
	return words
}

// keepCandidateItems keeps, in a fallback's candidate (the blocks at the
// page's indexes at), the fields of the items of a list that density or
// the date rule dropped, as a listing's reading does (see keepItemFields):
// a schedule's dates and opponents, a price list's linked names.
func keepCandidateItems(s *segmenter, candidate []boilerplate.Block, at []int) {
	item := listItems(s, false)
	copies := make(map[string]int)
	var fields []int
	for k := range candidate {
		b := &candidate[k]
		if b.Kept || b.Reason != boilerplate.ReasonLinkList && b.Reason != boilerplate.ReasonDateline {
			continue
		}
		if n := s.blockAt[at[k]]; n >= 0 && int(n) < len(item) && item[n] >= 0 {
			fields = append(fields, k)
			copies[b.Text]++
		}
	}
	for _, k := range fields {
		if b := &candidate[k]; copies[b.Text] < fieldMaxCopies {
			b.Keep()
		}
	}
}
