package extract

import (
	"strings"

	"github.com/winnowtext/winnow/boilerplate"
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
// what is chosen ("Sort by Price").
func dropSortBars(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || b.Features.Words > sortBarMaxWords || b.Kind == boilerplate.KindHeading && b.Features.Words > 3 {
			continue
		}
		if sortBarLine(b.Text) {
			b.Drop(boilerplate.ReasonInterface)
		}
	}
}

// sortBarLine reports whether text is the line of a sort or filter
// control: a label of sortBarLabels alone, or followed by a colon.
func sortBarLine(text string) bool {
	t := strings.ToLower(strings.TrimSpace(text))
	for _, l := range sortBarLabels {
		if !strings.HasPrefix(t, l) {
			continue
		}
		rest := strings.TrimSpace(t[len(l):])
		if rest == "" || rest[0] == ':' {
			return true
		}
	}
	return false
}
