package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
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
// byline and date are looked for: around the headline, or, without one,
// around the first block kept as the article's text.
func headerZone(blocks []boilerplate.Block) (from, to int) {
	at := titleIndex(blocks)
	if at < 0 {
		for i := range blocks {
			if blocks[i].Kept {
				at = i
				break
			}
		}
	}
	if at < 0 {
		return 0, 0
	}
	return max(0, at-headerBefore), min(len(blocks), at+headerAfter)
}

// bodyAuthor returns the authors the article's header names: the first
// marked element (itemprop=author, rel=author, a byline or author class)
// or "By ..." line in the header zone that names someone.
func bodyAuthor(s *segmenter, blocks []boilerplate.Block) string {
	from, to := headerZone(blocks)
	if from >= to {
		return ""
	}
	s.mc.finish()
	marks := s.mc.marks
	// Marks and byline lines, merged in document order. Marks that start
	// before a block (or inside it) come first.
	mi := 0
	for i := from; i < to; i++ {
		for ; mi < len(marks) && int(marks[mi].block) <= i; mi++ {
			m := &marks[mi]
			if m.kind&markAuthor == 0 || int(m.block) < from || m.text == "" || s.hintsAt[m.node]&hintsOffHeader != 0 {
				continue
			}
			if names := bylineNames(m.text); names != "" {
				return joinNextMarks(names, marks[mi+1:], m)
			}
		}
		b := &blocks[i]
		if b.Features.Words <= 16 && b.Features.Hints&hintsOffHeader == 0 {
			if _, label := cutBylineLabel(b.Text); label == labelAuthor {
				if names := bylineNames(b.Text); names != "" {
					return names
				}
			}
		}
	}
	// Some pages name the author only in a box after the article.
	for ; mi < len(marks); mi++ {
		m := &marks[mi]
		if m.kind&markAuthor == 0 || m.text == "" || s.hintsAt[m.node]&hintsOffHeader != 0 {
			continue
		}
		if names := bylineNames(m.text); names != "" {
			return joinNextMarks(names, marks[mi+1:], m)
		}
	}
	return ""
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
}

// isOrganization reports whether an author the metadata gives is the site
// or its publisher.
func isOrganization(author string, md *meta.Metadata) bool {
	return meta.IsSiteName(author, md.SiteName, md.Host) || md.Publisher != "" && meta.IsSiteName(author, md.Publisher, "")
}

// joinNextMarks adds to names those of the marks that follow first in the
// same block and are marked the same way: a byline of several links
// ("<a rel=author>Jane Doe</a> and <a rel=author>John Roe</a>").
func joinNextMarks(names string, next []bodyMark, first *bodyMark) string {
	for i := range next {
		m := &next[i]
		if m.block != first.block || m.src != first.src || m.kind&markAuthor == 0 {
			break
		}
		if more := bylineNames(m.text); more != "" && !strings.Contains(names, more) {
			names += ", " + more
		}
	}
	return names
}
