package extract

import "strings"

// resultCountMaxWords bounds the words of a result count's line
// ("Showing 1 - 24 of 1,072 results").
const resultCountMaxWords = 8

// resultCountLeads may open a result count ("Showing 24 of 193 results").
var resultCountLeads = []string{"showing", "displaying", "viewing"}

// resultCountUnits are what a grid's result count counts: the hits of a
// search or a filter, not a field of one item ("62 rooms"). The line is
// read in English only ("of", "Showing"); other languages word it apart.
var resultCountUnits = []string{"result", "results", "item", "items", "product", "products", "match", "matches"}

// resultCountLine reports whether text is the line a shop or a search
// prints over its grid to say which of its hits it shows: a range of a
// count ("1–30 of 338 products", "1 - 24 of 1,072 results") or a count
// after "Showing" ("Showing 24 of 193 results", "Showing 70 results").
// Nothing else may stand on the line. A count and its unit alone ("193
// items", "(154 products)") is not taken: as often as not it is part of
// the heading it stands beside, and truths keep it.
func resultCountLine(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if len(w) < 2 || len(w) > resultCountMaxWords {
		return false
	}
	i := 0
	shown := inList(w[i], resultCountLeads)
	if shown {
		i++
	}
	// A count, or a range written as one word ("1–30", "1-30").
	if i >= len(w) || !countWord(w[i]) {
		return false
	}
	_, single := bareCount(w[i])
	shown = shown || !single
	i++
	// A range written apart ("1 - 30", "1 to 30").
	if i+1 < len(w) && (w[i] == "-" || w[i] == "–" || w[i] == "to") && countWord(w[i+1]) {
		i += 2
		shown = true
	}
	if i+1 < len(w) && w[i] == "of" && countWord(w[i+1]) {
		i += 2
		shown = true
	}
	if !shown || i >= len(w) || !inList(w[i], resultCountUnits) {
		return false
	}
	return i+1 == len(w)
}

// countWord reports whether w is a count (see bareCount) or a range of
// two joined by a hyphen or an en dash ("1–30").
func countWord(w string) bool {
	if _, ok := bareCount(w); ok {
		return true
	}
	for _, d := range []string{"–", "-"} {
		if a, b, ok := strings.Cut(w, d); ok {
			_, okA := bareCount(a)
			_, okB := bareCount(b)
			return okA && okB
		}
	}
	return false
}

// inList reports whether w is one of list.
func inList(w string, list []string) bool {
	for _, l := range list {
		if w == l {
			return true
		}
	}
	return false
}
