package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
)

// Shape of a line that a listing's template prints in its items (see
// dropItemTemplates).
const (
	// templateMinItems is the least number of items that print the line.
	templateMinItems = 4
	// templateItemShare is the least share of its list's items that
	// print the line: a control is in every item, while a field's value
	// ("Intermediate", "Easy/Intermediate") is shared by some.
	templateItemShare = 0.8
	// templateMinWords is the least number of words of the line: a single
	// word repeated in every item is as often a value they share (a
	// category, a level) as a control.
	templateMinWords = 2
)

// dropItemTemplates drops, on a listing, the lines that its template
// prints word for word in (nearly) every item: the controls of a rating
// widget ("Rate this book", "Clear rating"), its error message, a quick
// view button. What tells the items apart, their titles, summaries, dates
// and authors, differs from item to item. A heading stays (a kicker that
// every teaser of a section shares), and so do a field's label ("Seats:")
// and the value that follows it, which a list of specifications repeats
// in each item. item maps each node to its list item (see listItems).
//
// With headings, on a collection, only the headings and the lines made
// wholly of links are judged, and one that (nearly) every card prints
// word for word goes: a shop's cards carry no kickers, and such a
// heading is the label of an overlay that shows on hover ("View
// details"), such links a card's buttons ("Request a quote View
// profile"), while each card's title, its own heading or link, differs.
// The cards' other lines are left to the collection's passes, which
// keep the terms and rows each card prints.
func dropItemTemplates(s *segmenter, item []int32, headings bool) {
	type line struct {
		list int32 // the element that holds the items
		text string
	}
	items := make(map[int32]int)     // list -> its number of items
	printed := make(map[line]int)    // line -> number of items printing it
	lastItem := make(map[line]int32) // line -> last item counted
	for i := range s.nodes {
		if item[i] == int32(i) {
			items[s.nodes[i].parent]++
		}
	}
	inItem := func(i int) int32 {
		if n := s.blockAt[i]; n >= 0 && int(n) < len(item) {
			return item[n]
		}
		return -1
	}
	for i := range s.blocks {
		it := inItem(i)
		if !s.blocks[i].Kept || it < 0 {
			continue
		}
		k := line{s.nodes[it].parent, s.blocks[i].Text}
		if last, ok := lastItem[k]; !ok || last != it {
			printed[k]++
			lastItem[k] = it
		}
	}
	for i := range s.blocks {
		b := &s.blocks[i]
		it := inItem(i)
		judged := b.Kind != boilerplate.KindHeading
		if headings {
			judged = !judged || b.Features.LinkWords == b.Features.Words
		}
		if !b.Kept || it < 0 || !judged || b.Features.Words < templateMinWords ||
			isFieldLabel(b.Text) || i > 0 && isFieldLabel(s.blocks[i-1].Text) {
			continue
		}
		k := line{s.nodes[it].parent, b.Text}
		if n := printed[k]; n >= templateMinItems && float64(n) >= templateItemShare*float64(items[k.list]) {
			b.Drop(boilerplate.ReasonRepeatedInPage)
		}
	}
}

// isFieldLabel reports whether text is the label of a field whose value
// follows it ("Peak height:").
func isFieldLabel(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " \t\n\u00a0"), ":")
}
