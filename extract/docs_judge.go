package extract

import (
	"time"

	"github.com/winnowtext/winnow/boilerplate"
)

// Thresholds of referenceShaped.
const (
	minInPageLinks   = 2 // links to a place on the page: an outline, permalinks
	minAnchoredHeads = 2 // headings that carry a permalink
	minDefinitions   = 4 // <dt> and <dd> items: parameters, options, fields
)

// referenceShaped reports whether a page the model took for a service
// page, or for an article with none of an article's marks (see
// articleMarked), is laid out as documentation: it links to places on
// itself (an "on this page" outline, the permalinks documentation
// generators put on headings) and holds reference: a block of code, a
// definition list of parameters or options, or headings with permalinks.
// A short reference page has few words and many headings, as a landing
// page does; a landing page links to its own sections too, but shows no
// code or definition lists, and its headings carry no permalinks. With
// needCode only code counts as reference: a forum's thread links to its
// posts and prints its members' cards as definition lists, and may be
// taken for an article.
func referenceShaped(s *segmenter, needCode bool) bool {
	if s.inPageLinks < minInPageLinks {
		return false
	}
	if s.anchoredHeads >= minAnchoredHeads && !needCode {
		return true
	}
	defs := 0
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Features.Hints.Has(boilerplate.HintHidden) {
			continue
		}
		if b.Kind == boilerplate.KindCode {
			return true
		}
		if b.Tag == "dt" || b.Tag == "dd" {
			defs++
		}
	}
	return defs >= minDefinitions && !needCode
}

// articleMarked reports whether a page carries what a post or a story
// carries and a reference does not: a publication date in its metadata or
// its path, a declaration as an article (JSON-LD, og:type) or a path
// under a blog or a news section. A technical post shows code and an
// outline as a reference does; its date and its declaration tell it
// apart.
func articleMarked(sg *pageSignals, date time.Time) bool {
	d := &sg.declared
	return !date.IsZero() || d.article || d.ogArticle || sg.pathDate || sg.pathKind == "article"
}
