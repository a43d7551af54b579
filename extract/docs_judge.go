package extract

import "github.com/winnowtext/winnow/boilerplate"

// Thresholds of referenceShaped.
const (
	minInPageLinks   = 2 // links to a place on the page: an outline, permalinks
	minAnchoredHeads = 2 // headings that carry a permalink
	minDefinitions   = 4 // <dt> and <dd> items: parameters, options, fields
)

// referenceShaped reports whether a page the model took for a service
// page is laid out as documentation: it links to places on itself (an
// "on this page" outline, the permalinks documentation generators put on
// headings) and holds reference: a block of code, a definition list of
// parameters or options, or headings with permalinks. A short reference
// page has few words and many headings, as a landing page does; a
// landing page links to its own sections too, but shows no code or
// definition lists, and its headings carry no permalinks.
func referenceShaped(s *segmenter) bool {
	if s.inPageLinks < minInPageLinks {
		return false
	}
	if s.anchoredHeads >= minAnchoredHeads {
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
	return defs >= minDefinitions
}
