package extract

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// Bounds of keepIngredients: the least ingredients a recipe lists for its
// list to be looked for; the most words of one line of the list (an
// amount, a name, a note); how many blocks may stand between two lines
// that spell ingredients (an amount of one digit, a group's heading).
const (
	minIngredients  = 3
	ingredientWords = 20
	ingredientGap   = 3
)

// keepIngredients keeps the list of ingredients of a recipe whose JSON-LD
// lists them (recipeIngredient): the publisher's own statement that these
// lines are the recipe. Recipe pages print them in a box beside the
// method, often a table of amounts and names that is all short cells, so
// the container chosen for the method's prose leaves them out and density
// drops them. The list is the longest run of short blocks that spell the
// ingredients (each block's letters and digits found in one of them,
// allowing ingredientGap other blocks between two), and it counts only
// when it names at least half of them. The blocks of the run and a
// heading just above it ("For the dough:") are kept, unless they were
// dropped for what they are (hidden, a repeat, recognised boilerplate)
// rather than for where they stand or how dense they are.
func keepIngredients(blocks []boilerplate.Block, ingredients []string) {
	if len(ingredients) < minIngredients {
		return
	}
	// The keys share one buffer, and each block's key is written in
	// another, reused: a recipe page has hundreds of short blocks.
	size := 0
	for _, s := range ingredients {
		size += len(s)
	}
	buf := make([]byte, 0, size)
	keys := make([][]byte, len(ingredients))
	for i, s := range ingredients {
		at := len(buf)
		buf = appendAlnumKey(buf, s)
		keys[i] = buf[at:len(buf):len(buf)]
	}
	var scratch []byte
	// The run with the most distinct ingredients.
	best, bestFirst, bestLast := 0, -1, -1
	first, last, prev := -1, -1, -1
	var seen []bool
	distinct := 0
	flush := func() {
		if distinct > best {
			best, bestFirst, bestLast = distinct, first, last
		}
	}
	for i := range blocks {
		k := ingredientOf(&blocks[i], keys, &scratch)
		if k < 0 {
			continue
		}
		if prev < 0 || i-prev > ingredientGap+1 {
			flush()
			first, distinct = i, 0
			seen = make([]bool, len(keys))
		}
		if !seen[k] {
			seen[k] = true
			distinct++
		}
		last, prev = i, i
	}
	flush()
	if best < minIngredients || 2*best < len(ingredients) {
		return
	}
	if h := bestFirst - 1; h >= 0 && blocks[h].Kind == boilerplate.KindHeading {
		bestFirst = h
	}
	for i := bestFirst; i <= bestLast; i++ {
		if b := &blocks[i]; !b.Kept && b.Features.Words <= ingredientWords && takeableVerdict(b) {
			b.Keep()
		}
	}
}

// ingredientOf returns the index of the ingredient whose key holds the
// letters and digits of b, -1 when none does or b is no line of a list.
// scratch holds b's key.
func ingredientOf(b *boilerplate.Block, keys [][]byte, scratch *[]byte) int {
	if b.Features.Words > ingredientWords || b.Kind == boilerplate.KindHeading {
		return -1
	}
	k := appendAlnumKey((*scratch)[:0], b.Text)
	*scratch = k
	if len(k) < 3 {
		return -1
	}
	for i, key := range keys {
		if bytes.Contains(key, k) {
			return i
		}
	}
	return -1
}

// takeableVerdict reports whether b was dropped only for where it stands
// or how dense it is: outside the chosen container, or by density.
func takeableVerdict(b *boilerplate.Block) bool {
	return (densityVerdict(b.Reason) || b.Reason == boilerplate.ReasonOutsideMain) &&
		b.Features.Hints&(negativeHints|boilerplate.HintHidden) == 0
}

// appendAlnumKey appends to b the key of s: s lower-cased with only its
// letters and digits, since ingredient lines and the page's cells differ in
// spacing and punctuation ("Schmand , je ca." and "Schmand, je ca.").
func appendAlnumKey(b []byte, s string) []byte {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}
