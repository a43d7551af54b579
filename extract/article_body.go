package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// keepArticleStructure takes back, inside the article's container (mask),
// the verdicts that density alone gave to the structure of its body: the
// parts of the body a box splits off, the references whose links leave the site, lists and table rows, tables
// of data under a header row, code, sentences dense with links, the list a line announces, the headings
// over kept paragraphs, the short lines between the body's own text and
// those that close it (a sign-off), the greeting that opens it, the lines
// that announce a kept block with a colon. Each pass keeps recognised
// boilerplate and blocks under a negative hint dropped.
func keepArticleStructure(s *segmenter, mask []bool) {
	blocks := s.blocks
	keepBodyParts(s, mask)
	keepOffsiteLinks(s, mask)
	keepBodyLists(blocks, mask)
	keepDataTables(blocks, mask)
	keepPairRows(s, mask)
	keepBodyCode(blocks, mask)
	keepLinkedProse(blocks, mask)
	keepIntroducedLists(blocks, mask)
	keepBodyHeadings(blocks, mask)
	keepShortBetween(blocks, mask)
	keepClosingLines(blocks, mask)
	keepOpeningLines(blocks, mask)
	keepLeadIns(blocks, mask)
}

// bodyProse reports whether b, inside the main container when inMain, is
// a kept paragraph of the article's prose (listProseWords or more).
func bodyProse(b *boilerplate.Block, inMain bool) bool {
	return inMain && b.Kept && b.Kind == boilerplate.KindParagraph && b.Features.Words >= listProseWords
}

// bodySpan returns the first and last blocks inside the main container
// (mask) that are kept paragraphs of prose (listProseWords and more): the
// stretch of the page where the article's body runs; the first is moved
// back to a shorter kept sentence that opens the body (see bodyStart),
// the last on to the body's last kept paragraph (see bodyEnd) and past
// the sections of lists that follow in the body's element (see
// sectionsAfter). Both are -1 when the container holds no such
// paragraph.
func bodySpan(blocks []boilerplate.Block, mask []bool) (first, last int) {
	first, last = -1, -1
	// From each end to its nearest paragraph of prose: the blocks between
	// need no look.
	for i := range blocks {
		if bodyProse(&blocks[i], mask[i]) {
			first = i
			break
		}
	}
	for i := len(blocks) - 1; i >= first && first >= 0; i-- {
		if bodyProse(&blocks[i], mask[i]) {
			last = i
			break
		}
	}
	if last >= 0 {
		first = bodyStart(blocks, mask, first)
		last = sectionsAfter(blocks, mask, bodyEnd(blocks, mask, last))
	}
	return first, last
}

// bodyEnd returns the last kept paragraph inside the main container
// (mask) of the same element as block last, the body's last paragraph of
// prose: a post may close with short sentences ("Next year we want to add
// a bike table.", "Thanks to everyone who came.") after a list or a table
// that is the article's, and those belong in its body as much as the
// longer paragraphs before them.
func bodyEnd(blocks []boilerplate.Block, mask []bool, last int) int {
	body := blocks[last].Features.ContainerID
	end := last
	for i := last + 1; i < len(blocks); i++ {
		if b := &blocks[i]; mask[i] && b.Kept && b.Kind == boilerplate.KindParagraph && b.Features.ContainerID == body {
			end = i
		}
	}
	return end
}

// keepBodyLists keeps the lists and tables inside the article's body
// (bodySpan): a checklist whose steps link to guides, the facts under a
// listicle's item ("Flagship hotel: ..."), a table of providers and what
// they offer. Density judges their items one by one, and an item that is
// short or mostly a link is dropped, though a reader view shows the list
// whole. A list (the items of one element, or the cells of one table row)
// is taken back when fewer than half its words are in links and none of
// its items was dropped for a recognised kind of boilerplate or stands
// under a negative hint: a box of related stories is all links, a share
// bar is recognised. Only density's verdicts are taken back.
func keepBodyLists(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	if first < 0 {
		return
	}
	type tally struct {
		words, links int
		noisy        bool
	}
	lists := make(map[int]tally)
	for i := first + 1; i < last; i++ {
		if b := &blocks[i]; mask[i] && listed(b) {
			t := lists[b.Features.ContainerID]
			t.words += b.Features.Words
			t.links += b.Features.LinkWords
			if !b.Kept && !densityVerdict(b.Reason) || b.Features.Hints&negativeHints != 0 {
				t.noisy = true
			}
			lists[b.Features.ContainerID] = t
		}
	}
	for i := first + 1; i < last; i++ {
		b := &blocks[i]
		if !mask[i] || b.Kept || !listed(b) || !densityVerdict(b.Reason) {
			continue
		}
		if t := lists[b.Features.ContainerID]; !t.noisy && 2*t.links < t.words {
			b.Keep()
		}
	}
}

// listed reports whether b is an item of a list or a cell of a table.
func listed(b *boilerplate.Block) bool {
	return b.Kind == boilerplate.KindListItem || b.Kind == boilerplate.KindTableCell
}

// linkedProseDensity bounds (exclusive) the link density of a sentence
// that keepLinkedProse keeps: above it, the words around the links are a
// teaser's label ("Read: ...").
const linkedProseDensity = 0.7

// keepLinkedProse keeps the sentences inside the article's body (bodySpan)
// that link much of what they say: "The council said the engineering
// report on the harbour bridge would be published soon", with the
// council, the report and the bridge each a link. Density drops a short
// paragraph with half its words in links as a link list; a reader view
// shows it as the prose it is. A paragraph or a list item (a listicle's
// "This resort features in my lists of the best spas, ..." under each
// entry, in a list too linked for keepBodyLists to take back whole) is
// taken back from a verdict of density when it holds a sentence, fewer
// than linkedProseDensity of its words are in links and listOwnWords or
// more are not, and no negative hint stands over it.
func keepLinkedProse(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	for i := first + 1; i < last; i++ {
		b := &blocks[i]
		f := &b.Features
		prose := b.Kind == boilerplate.KindParagraph || b.Kind == boilerplate.KindListItem
		if !mask[i] || b.Kept || !prose || !densityVerdict(b.Reason) || f.Hints&negativeHints != 0 {
			continue
		}
		if f.Sentences >= 1 && f.Words-f.LinkWords >= listOwnWords && f.LinkDensity() < linkedProseDensity {
			b.Keep()
		}
	}
}

// keepIntroducedLists keeps the lists inside the article's body (bodySpan)
// that a line of the text introduces with a colon (see announces): the
// items are what the line announces, even when each is only a link to a
// document or to a section of the page, which density drops as a link
// list. The list must end inside the body and be plain: no item of a
// recognised kind of boilerplate or under a negative hint. Only density's
// verdicts are taken back, the announcing heading's too.
func keepIntroducedLists(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	for i := first + 1; i < last; i++ {
		if !mask[i] || blocks[i].Kind != boilerplate.KindListItem || !announces(&blocks[i-1], mask[i-1]) {
			continue
		}
		list := blocks[i].Features.ContainerID
		j, plain := i, true
		for ; j < len(blocks) && blocks[j].Kind == boilerplate.KindListItem && blocks[j].Features.ContainerID == list; j++ {
			if b := &blocks[j]; !b.Kept && !densityVerdict(b.Reason) || b.Features.Hints&negativeHints != 0 {
				plain = false
			}
		}
		if !plain || j > last {
			continue
		}
		for k := i - 1; k < j; k++ {
			if b := &blocks[k]; densityVerdict(b.Reason) {
				b.Keep()
			}
		}
	}
}

// keepBodyHeadings keeps the headings inside the article's body (bodySpan)
// over a kept paragraph: the classifier keeps a heading when the text
// after it is kept, but judges before the article model takes paragraphs
// back (a linked sentence, an item of a numbered list), and a heading of
// two or three words, or one that is a link, is dropped on its own
// evidence. A heading whose next block (captions, figures and hidden
// blocks aside) is a kept paragraph titles the article's text. A linked
// heading titles a kept summary below a line or two of its own
// (teaserLine): a teaser's byline, date or kicker sits between a listing's
// linked headline and its summary. A heading over a kept list, table or
// code block of few links titles it when the body's paragraphs run on both
// sides in the heading's own element ("What I would do differently" over
// a post's numbered list, then its closing lines); otherwise it stays as
// it is: a list taken back whole may be a box of its own that the heading
// names ("Tags"), and a heading over links names a box of them. Only
// density's verdicts are taken back, and a heading under a negative hint
// keeps its own.
func keepBodyHeadings(blocks []boilerplate.Block, mask []bool) {
	first, last := bodySpan(blocks, mask)
	overProse := false // the next block that is no heading is a kept paragraph
	summary := false   // that paragraph holds listProseWords or more
	lines := 0         // teaser lines skipped between the heading and that paragraph
	overItems := false // the next block that is no heading is a kept list item, table cell or code of few links
	beyond := -1       // the element of the kept paragraph after those items, -1 when another block follows them
	for i := last; i > first; i-- {
		b := &blocks[i]
		if b.Kind != boilerplate.KindHeading {
			if b.Kind == boilerplate.KindCaption || b.Features.Hints&(boilerplate.HintFigure|boilerplate.HintHidden) != 0 {
				continue
			}
			if summary && lines < teaserLines && teaserLine(b) {
				lines++
				continue
			}
			overProse = b.Kept && b.Kind == boilerplate.KindParagraph
			overItems = b.Kept && (b.Kind == boilerplate.KindListItem || b.Kind == boilerplate.KindTableCell || b.Kind == boilerplate.KindCode) &&
				2*b.Features.LinkWords < b.Features.Words
			if !overItems {
				beyond = -1
				if overProse {
					beyond = b.Features.ContainerID
				}
			}
			summary = overProse && b.Features.Words >= listProseWords
			lines = 0
			continue
		}
		if lines > 0 && 2*b.Features.LinkWords < b.Features.Words {
			continue
		}
		if (overProse || overItems && beyond == b.Features.ContainerID && inBodyElement(blocks, i)) && mask[i] && !b.Kept && densityVerdict(b.Reason) && b.Features.Hints&negativeHints == 0 {
			b.Keep()
		}
	}
}

// inBodyElement reports whether block h stands in the element that holds
// the nearest kept paragraph before it: a sub-heading of the body, not the
// title of a box inside it.
func inBodyElement(blocks []boilerplate.Block, h int) bool {
	for k := h - 1; k >= 0; k-- {
		if b := &blocks[k]; b.Kept && b.Kind == boilerplate.KindParagraph {
			return b.Features.ContainerID == blocks[h].Features.ContainerID
		}
	}
	return false
}

// A teaser's own lines between its linked headline and its summary: at
// most teaserLines of them, each at most teaserLineWords words.
const (
	teaserLines     = 2
	teaserLineWords = 8
)

// teaserLine reports whether b can stand between a teaser's headline and
// its summary: a short dropped line that density judged, a byline or a
// bare date ("By Ann Lee", "Dec 5, 2025", "Posted in Reviews").
func teaserLine(b *boilerplate.Block) bool {
	if b.Kept || b.Kind != boilerplate.KindParagraph || b.Features.Words > teaserLineWords {
		return false
	}
	return densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonDateline || b.Reason == boilerplate.ReasonCredit
}

// announceWords is the least a heading that announces a list holds: a
// sentence ("These are the top trends for 2025:"), not a box's label
// ("Tags:").
const announceWords = 3

// announces reports whether b, inside the main container when inMain,
// announces the list after it: a line ending in a colon that is kept
// ("The council has published two documents:"), or a heading of
// announceWords and more that only density dropped.
func announces(b *boilerplate.Block, inMain bool) bool {
	if b.Kind == boilerplate.KindListItem || !strings.HasSuffix(strings.TrimSpace(b.Text), ":") {
		return false
	}
	return b.Kept || inMain && b.Kind == boilerplate.KindHeading && b.Features.Words >= announceWords &&
		densityVerdict(b.Reason) && b.Features.Hints&negativeHints == 0
}
