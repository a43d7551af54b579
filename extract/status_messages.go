package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/ascii"
)

// statusMaxWords is the most words a status message holds: "Sorry,
// there was a problem loading this page. Try again." A callout that
// a writer boxed as an alert says more.
const statusMaxWords = 12

// statusRole reports whether attrs give the element the role of a live
// region that a script fills or shows when something happens: "status"
// (a search's "Loaded 143 results", a carousel's "Slide 1 of 8") or
// "alert" (a shop's "Unable to add item to List. Please try again.").
func statusRole(attrs []attr) bool {
	for _, at := range attrs {
		if at.kind != attrRole {
			continue
		}
		var lower [16]byte
		if len(at.val) > len(lower) {
			return false
		}
		r := ascii.AppendLower(lower[:0], bytes.TrimSpace(at.val))
		return string(r) == "status" || string(r) == "alert"
	}
	return false
}

// dropStatusMessages drops the kept short blocks inside live regions
// (see statusRole): what a script says when a shopper acts or a list
// loads ("Added to Cart", "Showing 1–16 of 29 results") is not the
// page's text, and templates print every message the script may show.
// Headings stay (a category's name is its live region on some shops),
// and so does a block of more than statusMaxWords words: writers box
// their notes and warnings as alerts too.
func dropStatusMessages(s *segmenter) {
	if !s.statuses {
		return
	}
	for i := range s.blocks {
		b := &s.blocks[i]
		if b.Kept && b.Kind != boilerplate.KindHeading && b.Features.Words <= statusMaxWords && s.inStatus(s.blockAt[i]) {
			b.Drop(boilerplate.ReasonHidden)
		}
	}
}

// inStatus reports whether node n or an element around it is a live
// region's (see statusRole).
func (s *segmenter) inStatus(n int32) bool {
	for n >= 0 && int(n) < len(s.nodes) {
		if s.nodes[n].status {
			return true
		}
		n = s.nodes[n].parent
	}
	return false
}
