package extract

import (
	"bytes"
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/lower"
)

// sortBarMaxWords bounds the words of a sort or filter control's line:
// its label and the option shown ("Sort by: Price, low to high").
const sortBarMaxWords = 6

// sortBarLabels open the lines of the bar over a grid of results, in the
// languages the stopword lists cover: the sort menu's label ("Sort by",
// "Sort: Best Match"), the filter drawer's button ("Filter and Sort",
// "Filters") and the layout switch ("View:"). Every shop, catalogue and
// search page prints one; a card or a teaser does not open so.
var sortBarLabels = []string{
	"sort", "sort by", "sort and filter", "sort & filter", "filter", "filters", "filter and sort", "filter & sort",
	"filter by", "refine by", "view", "view as",
	"sortieren", "sortieren nach", "sortierung", "filtern", "filter anzeigen", "ansicht",
	"trier", "trier par", "filtrer", "filtres", "affichage",
	"ordenar", "ordenar por", "filtrar", "filtros",
	"ordina", "ordina per", "filtra", "filtri",
	"sorteer", "sorteer op", "sorteren", "filteren",
	"sortuj", "sortuj według", "filtruj", "filtry",
	"сортировать", "сортировка", "фильтры", "сортувати", "сортування", "фільтри",
}

// dropSortBars drops, on a listing or a collection, the kept lines of the
// bar over its grid: a sort menu, a filter button, a layout switch (see
// sortBarLabels). A line is one when it is short, opens with a label,
// and the label is all of it or ends at a colon or is followed by
// what is chosen ("Sort by Price"). A sort menu's label alone is followed
// by the menu's options, which go too (see dropSortOptions).
func dropSortBars(s *segmenter) {
	blocks := s.blocks
	for i := range blocks {
		b := &blocks[i]
		if b.Features.Words > sortBarMaxWords || b.Kind == boilerplate.KindHeading && b.Features.Words > 3 {
			continue
		}
		if b.Kept && sortBarLine(b.Text) {
			b.Drop(boilerplate.ReasonInterface)
		}
		if sortMenuLabel(b.Text) {
			dropSortOptions(s, i)
		}
	}
}

// sortBarLine reports whether text is the line of a sort or filter
// control: a label of sortBarLabels alone, or followed by a colon.
func sortBarLine(text string) bool {
	var buf [64]byte // lowered on the stack: most lines fit
	t := lower.Append(buf[:0], strings.TrimSpace(text))
	for _, l := range sortBarLabels {
		if !bytes.HasPrefix(t, []byte(l)) {
			continue
		}
		rest := bytes.TrimSpace(t[len(l):])
		if len(rest) == 0 || rest[0] == ':' {
			return true
		}
	}
	return false
}

// sortOptionMaxWords bounds the words of a sort menu's option ("Price:
// low to high", "Customer rating: high to low").
const sortOptionMaxWords = 5

// sortOptionsMax bounds the options of one sort menu: a longer run of
// short lines is a grid of cards, not a menu.
const sortOptionsMax = 12

// sortMenuLabels are the labels of sortBarLabels that name a sort menu
// ("Sort by"), not a filter drawer or a layout switch.
var sortMenuLabels = []string{
	"sort", "sort by", "sortieren", "sortieren nach", "sortierung", "trier", "trier par", "ordenar", "ordenar por",
	"ordina", "ordina per", "sorteer", "sorteer op", "sortuj", "sortuj według", "сортировать", "сортировка",
	"сортувати", "сортування",
}

// sortMenuLabel reports whether text is a sort menu's label alone, with
// or without a colon: the options it names are printed after it.
func sortMenuLabel(text string) bool {
	var buf [64]byte // lowered on the stack: most lines fit
	t := lower.Append(buf[:0], strings.TrimSpace(text))
	t = bytes.TrimSpace(bytes.TrimSuffix(t, []byte(":")))
	for _, l := range sortMenuLabels {
		if string(t) == l {
			return true
		}
	}
	return false
}

// dropSortOptions drops the options of the sort menu whose label is
// block i: the short lines right after it that share one parent element,
// the label's own parent or a child of it (a menu printed as a list or a
// row of buttons beside its label). A run that reaches a longer line or
// a heading, or holds more than sortOptionsMax lines, is not a menu and
// is left alone.
func dropSortOptions(s *segmenter, i int) {
	blocks := s.blocks
	if i+1 >= len(blocks) || len(s.blockAt) != len(blocks) {
		return
	}
	label := s.nodes[s.blockAt[i]].parent
	run := s.nodes[s.blockAt[i+1]].parent
	if label < 0 || run < 0 || run != label && s.nodes[run].parent != label {
		return
	}
	end := i + 1
	for end < len(blocks) && s.nodes[s.blockAt[end]].parent == run {
		b := &blocks[end]
		if b.Kind == boilerplate.KindHeading || b.Features.Words > sortOptionMaxWords {
			return
		}
		end++
	}
	if end-i-1 > sortOptionsMax {
		return
	}
	for j := i + 1; j < end; j++ {
		if blocks[j].Kept {
			blocks[j].Drop(boilerplate.ReasonInterface)
		}
	}
}
