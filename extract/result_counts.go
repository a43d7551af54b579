package extract

import (
	"strings"
	"unicode"

	"github.com/winnowtext/winnow/boilerplate"
)

// resultCountMaxWords bounds the words of a result count's line: "Showing
// 1 - 24 of 193 results".
const resultCountMaxWords = 8

// resultNouns name what a shop's grid or a catalogue counts, in English,
// German, French, Spanish, Italian, Dutch, Polish, Russian and Ukrainian:
// "193 items", "Products (52)".
var resultNouns = []string{
	"result", "results", "product", "products", "item", "items", "styles",
	"ergebnis", "ergebnisse", "produkt", "produkte", "artikel",
	"résultat", "résultats", "produit", "produits", "articles",
	"resultado", "resultados", "producto", "productos", "artículos",
	"risultato", "risultati", "prodotto", "prodotti", "articoli",
	"resultaten", "producten", "artikelen",
	"wyniki", "wyników", "produkty", "produktów",
	"результат", "результата", "результатов", "товар", "товара", "товаров", "товары",
	"результати", "результатів", "товари", "товарів",
}

// resultLeads open a result count ("Showing 70 results") and resultOfs
// join its range to the total ("1-24 of 33"), in the languages of
// resultNouns.
var (
	resultLeads = []string{"showing", "displaying", "viewing", "anzeige", "affichage", "mostrando", "visualizzazione"}
	resultOfs   = []string{"of", "von", "sur", "de", "di", "van", "z", "из", "з"}
)

// dropResultCounts drops, on a collection or a listing (a shop's grid is
// read as one now and then), the lines that only count the grid's
// results: "Showing 70 results", "193 items", "(52 products)", "Products
// (52)", "1–30 of 143 products". The bar over a grid prints one, its
// pager another, a filter drawer's button a third; none is a card's, and
// the cards themselves are what a reader takes. A heading stays: a
// grid's title may carry its count ("400 Products").
func dropResultCounts(blocks []boilerplate.Block) {
	for i := range blocks {
		b := &blocks[i]
		if !b.Kept || b.Kind == boilerplate.KindHeading || b.Features.Words > resultCountMaxWords {
			continue
		}
		if resultCountLine(b.Text) || countBesideSortBar(blocks, i) {
			b.Drop(boilerplate.ReasonInterface)
		}
	}
}

// countBesideSortBar reports whether block i counts a grid's results in
// a noun resultNouns does not hold ("12 businesses", "230 jobs") where
// the bar over the grid shows it: a number and one word, beside a sort
// or filter control's line (see sortBarLine), the next or the previous
// shown block.
func countBesideSortBar(blocks []boilerplate.Block, i int) bool {
	num, word, n := false, false, 0
	for f := range strings.FieldsFuncSeq(blocks[i].Text, resultSeparator) {
		n++
		switch {
		case n == 1 && isCountNumber(f):
			num = true
		case n == 2 && len(f) >= 3 && allLetters(f):
			word = true
		}
	}
	if !num || !word || n != 2 {
		return false
	}
	for _, step := range [2]int{-1, 1} {
		for k := i + step; k >= 0 && k < len(blocks); k += step {
			if blocks[k].Features.Hints.Has(boilerplate.HintHidden) {
				continue
			}
			if sortBarLine(blocks[k].Text) {
				return true
			}
			break
		}
	}
	return false
}

// allLetters reports whether f is made of letters only.
func allLetters(f string) bool {
	for _, r := range f {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// resultCountLine reports whether text only counts results: numbers,
// a count noun of resultNouns, "of" between numbers and a lead word
// (resultLeads) at the start, with parentheses and dashes around them.
// It needs a number and, unless two numbers are joined by "of", a noun.
func resultCountLine(text string) bool {
	nums, nouns, ofs := 0, 0, 0
	first := true
	for f := range strings.FieldsFuncSeq(text, resultSeparator) {
		switch {
		case isCountNumber(f):
			nums++
		case inFold(f, resultNouns):
			nouns++
		case inFold(f, resultOfs) && nums > 0:
			ofs++
		case first && inFold(f, resultLeads):
		default:
			return false
		}
		first = false
	}
	return nums > 0 && nums <= 3 && (nouns == 1 || nouns == 0 && ofs == 1 && nums >= 2)
}

// resultSeparator reports whether r parts the words of a result count:
// spaces, parentheses, dashes and a colon.
func resultSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\u00a0', '(', ')', '[', ']', '-', '–', '—', ':':
		return true
	}
	return false
}

// isCountNumber reports whether f is a whole number, with commas or
// points between groups of thousands ("1,072", "1.072"); a number that
// ends on either is none ("2." numbers an item). A space between groups
// ("1 072") parts the number in two (see resultSeparator).
func isCountNumber(f string) bool {
	if f == "" || !isDigit(f[0]) || !isDigit(f[len(f)-1]) {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; !isDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// inFold reports whether f is one of words, ignoring case.
func inFold(f string, words []string) bool {
	for _, w := range words {
		if strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}
