package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/lower"
	"github.com/winnowtext/winnow/internal/meta"
)

// The article's header: the blocks around its headline where bylines and
// datelines stand. Before it, a page's masthead; after it, the article,
// its comments and other articles' teasers with their own bylines.
const (
	headerBefore = 4  // blocks before the headline
	headerAfter  = 25 // blocks after it
)

// hintsOffHeader are the regions whose bylines are other texts'.
const hintsOffHeader = boilerplate.HintNav | boilerplate.HintFooter |
	boilerplate.HintComment | boilerplate.HintHidden

// headerZone returns the range of blocks [from, to) where the article's
// byline and date are looked for, and the block at its headline: around
// the headline, or, without one, around the first block kept as the
// article's text.
func headerZone(blocks []boilerplate.Block) (from, at, to int) {
	at = titleIndex(blocks)
	if at < 0 {
		for i := range blocks {
			if blocks[i].Kept {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return 0, 0, 0
	}
	return max(0, at-headerBefore), at, min(len(blocks), at+headerAfter)
}

// scanHeader calls visit with the marks and blocks of the header zone,
// those from the headline down first, then those above it (a list of
// other stories' dates often stands there), each in document order and
// a mark before the block it opens; the visit that returns true ends the
// scan. Without a headline, those above the text's first block come
// first, and so they do when aboveFirst is true. The marks are those
// outside navigation, footers and comments.
func scanHeader(s *segmenter, blocks []boilerplate.Block, aboveFirst bool, visit func(m *bodyMark, b *boilerplate.Block) bool) {
	from, at, to := headerZone(blocks)
	if from >= to {
		return
	}
	s.mc.finish()
	if aboveFirst || titleIndex(blocks) < 0 {
		// Without a headline the zone stands around the text's first
		// block, and a byline stands above its text.
		if scanBlocks(s, blocks, from, at, visit) {
			return
		}
		scanBlocks(s, blocks, at, to, visit)
		return
	}
	if scanBlocks(s, blocks, at, to, visit) {
		return
	}
	scanBlocks(s, blocks, from, at, visit)
}

// scanBlocks is scanHeader over the blocks [from, to); it reports whether
// a visit ended the scan.
func scanBlocks(s *segmenter, blocks []boilerplate.Block, from, to int, visit func(m *bodyMark, b *boilerplate.Block) bool) bool {
	marks := s.mc.marks
	mi := sort.Search(len(marks), func(i int) bool { return int(marks[i].block) >= from })
	for i := from; i < to; i++ {
		for ; mi < len(marks) && int(marks[mi].block) <= i; mi++ {
			if m := &marks[mi]; m.kind != markKicker && s.hintsAt[m.node]&hintsOffHeader == 0 && visit(m, nil) {
				return true
			}
		}
		if b := &blocks[i]; b.Features.Hints&hintsOffHeader == 0 && visit(nil, b) {
			return true
		}
	}
	return false
}

// bodyAuthor returns the authors the article's header names: the first
// marked element (itemprop=author, rel=author, a byline or author class),
// "By ..." line or dated line ("Dec 26, 2025 • Jane Doe", see datedNames)
// in the header zone that names someone; else, when
// after is true, the first after it (an author box at the article's end);
// else the expert a review line in the header credits ("Reviewed by Jane
// Doe", see reviewerNames), who answers for an article that names no
// writer. A thread's author is its starter, whom forum software names above the
// thread's title or first post, before the posts and their authors: on
// a thread (thread true) the header's blocks above the headline are read
// first.
func bodyAuthor(s *segmenter, blocks []boilerplate.Block, after, thread bool) string {
	names, reviewer := headerByline(s, blocks, thread)
	if names != "" || !after {
		return cmp.Or(names, reviewer)
	}
	// Some pages name the author only in a box after the article.
	_, _, to := headerZone(blocks)
	listed := false // a byline line read was a list's (see teaserBylines)
	scanBlocks(s, blocks, to, len(blocks), func(m *bodyMark, b *boilerplate.Block) bool {
		switch {
		case m != nil && m.kind&markAuthor != 0 && m.text != "":
			if names = markNames(m.text); names != "" {
				names = joinNextMarks(names, s.mc.marks[m.index+1:], m, blocks)
			}
		case b != nil && b.Features.Words <= maxDatelineWords:
			if names = blockNames(blocks, b); names != "" {
				listed = listed || teaserBylines(s, blocks, b.Features.Position+1)
				if listed {
					names = "" // a list's card, and so are the lines after it
				}
			}
		}
		return names != ""
	})
	if names == "" {
		// Or in a box that no class marks: a name over a biography.
		names = bioBoxName(blocks, to)
	}
	return cmp.Or(names, reviewer)
}

// headerByline returns the authors the article's header names (see
// bodyAuthor) and, apart, the expert a review line there credits.
func headerByline(s *segmenter, blocks []boilerplate.Block, thread bool) (names, reviewer string) {
	r := bylineReader{s: s, blocks: blocks, at: titleIndex(blocks), thread: thread}
	if r.headline = r.at >= 0; !r.headline {
		_, r.at, _ = headerZone(blocks)
	}
	scanHeader(s, blocks, thread, r.visit)
	return r.result(blocks)
}

// bylineReader reads the bylines of the header's marks and blocks, one
// visit each, until one names the authors.
type bylineReader struct {
	s                *segmenter
	blocks           []boilerplate.Block
	at               int // the headline's block, else the text's first
	headline, thread bool
	// unclassed passes over the elements that only a class or id marks
	// as an author's: near the headline, a photo's credit is marked so
	// too ("license-author"), where itemprop=author, rel=author and
	// links to an author's page mark writers.
	unclassed                bool
	names, reviewer, stacked string
}

// visit reads one mark or block; it reports whether it named the authors.
func (r *bylineReader) visit(m *bodyMark, b *boilerplate.Block) bool {
	switch {
	case m != nil && m.kind&markAuthor != 0 && m.text != "" && (m.src != srcClass || !r.unclassed):
		if r.names = markNames(m.text); r.names != "" {
			r.names = joinNextMarks(r.names, r.s.mc.marks[m.index+1:], m, r.blocks)
		}
	case b != nil && b.Features.Words <= maxDatelineWords:
		if r.names = blockNames(r.blocks, b); r.names == "" {
			r.names = datedNames(b.Text)
		}
		if r.names == "" && r.reviewer == "" {
			r.reviewer = reviewerNames(b.Text)
		}
		if r.names == "" && r.stacked == "" && r.at >= 0 && !r.thread {
			r.stacked = stackedName(r.blocks, int(b.Features.Position), r.at, r.headline)
		}
	}
	return r.names != ""
}

// result returns the names read, else those of a stacked byline or of a
// "Posted by" line at the article's end, and the reviewer apart.
func (r *bylineReader) result(blocks []boilerplate.Block) (names, reviewer string) {
	if r.names == "" {
		r.names = cmp.Or(r.stacked, postedByFooter(blocks))
	}
	return r.names, r.reviewer
}

// blockNames returns the authors a block names as a byline ("By Jane
// Doe"), or, when it is a label alone ("Written by", "Author"), those the
// block after it names.
func blockNames(blocks []boilerplate.Block, b *boilerplate.Block) string {
	if !isBylineLine(b.Text) {
		return ""
	}
	if names := bylineNames(b.Text); names != "" {
		return names
	}
	if rest, _ := cutBylineLabel(b.Text); strings.Trim(rest, " :：") != "" {
		return ""
	}
	if i := b.Features.Position + 1; i < len(blocks) && blocks[i].Features.Words <= 8 {
		return bylineNames(blocks[i].Text)
	}
	return ""
}

// teaserBylines reports whether a byline line after the article is one of
// a list's: another byline line follows it further down the page ("March
// 3, 2025 by Jane Doe | News" under each card of a "More stories" list).
// An author box after an article names its writer once.
func teaserBylines(s *segmenter, blocks []boilerplate.Block, from int) bool {
	return scanBlocks(s, blocks, from, len(blocks), func(_ *bodyMark, b *boilerplate.Block) bool {
		return b != nil && b.Features.Words <= maxDatelineWords && blockNames(blocks, b) != ""
	})
}

// finish closes the marks still open at the end of the page and puts the
// marks in document order: a mark is recorded when it closes, so one
// inside another comes before it.
func (mc *markCapture) finish() {
	if len(mc.open) > 0 {
		mc.close(0)
	}
	m := mc.marks
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && m[j].block < m[j-1].block; j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
	for i := range m {
		m[i].index = i
	}
}

// isOrganization reports whether an author the metadata gives is the site,
// its publisher or its newsroom ("Gazette Staff", "Redaktion"), which a
// byline on the page may name more precisely.
func isOrganization(author string, md *meta.Metadata) bool {
	host := md.Host
	if md.SiteName != "" && !meta.IsSiteName(md.SiteName, "", host) {
		// The site has a name of its own, and a name that the host
		// gives is its owner's: a writer's own domain
		// (janedoe.example) that carries a newsletter's name.
		host = ""
	}
	if meta.IsSiteName(author, md.SiteName, host) || md.Publisher != "" && meta.IsSiteName(author, md.Publisher, "") {
		return true
	}
	for w := range strings.FieldsSeq(firstCredit(author)) {
		for _, staff := range staffWords[:] {
			if lower.Is(w, staff) {
				return true
			}
		}
	}
	return false
}

// firstCredit returns the first of the credits an author field lists
// ("Jane Doe | The Harbour Newsroom", "Jane Doe, Gazette Staff"): a person
// credited with the newsroom that she writes for is a person.
func firstCredit(author string) string {
	if i := strings.IndexAny(author, "|,;/"); i > 0 {
		return author[:i]
	}
	return author
}

// staffWords name a newsroom rather than a person, in the recognisers'
// languages.
var staffWords = [...]string{"staff", "team", "editors", "editorial", "desk", "newsroom", "redaktion",
	"rédaction", "redacción", "redazione", "redactie", "redação", "redakcja", "редакция", "редакція"}

// joinNextMarks adds to names those of the marks that follow first in the
// same block and are marked the same way: a byline of several links
// ("<a rel=author>Jane Doe</a> and <a rel=author>John Roe</a>"). It stops
// at a name that the block credits with another role ("By <a>Jane
// Doe</a>. Reviewed by <a>John Roe</a>").
func joinNextMarks(names string, next []bodyMark, first *bodyMark, blocks []boilerplate.Block) string {
	list := splitNames(names)
	added := false
	text := ""
	if i := int(first.block); i < len(blocks) {
		text = blocks[i].Text
	}
	for i := range next {
		m := &next[i]
		if m.block != first.block || m.src != first.src || m.kind&markAuthor == 0 ||
			creditsOther(text, list[len(list)-1], m.text) {
			break
		}
		for _, name := range splitNames(markNames(m.text)) {
			if name != "" && !slices.Contains(list, name) {
				list, added = append(list, name), true
			}
		}
	}
	if !added {
		return names
	}
	return joinNames(list, "")
}

// creditsOther reports whether the text of a byline, between the name
// prev and the text next that follows it, gives another role than the
// author's ("Reviewed by", "Photos by").
func creditsOther(text, prev, next string) bool {
	i := strings.Index(text, prev)
	if i < 0 {
		return false
	}
	rest := text[i+len(prev):]
	j := strings.Index(rest, next)
	if j < 0 {
		return false
	}
	return hasLabel(rest[:j], otherLabelSet)
}
