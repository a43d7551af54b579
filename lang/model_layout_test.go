package lang

import (
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// flatTable is the layout rowTable replaced: a row for every key, in key
// order. TestRowTableMatchesFlat checks that rowTable, whose equal rows
// are stored once and ordered by heat, finds the same rows, false matches
// of fingerprints included.
type flatTable struct {
	slots []uint32
	rows  []uint64
	width int
	shift uint
}

func newFlatTable(b *tableBuilder) flatTable {
	size := 1 << bits.Len(uint(max(len(b.keys), 1)*2-1))
	t := flatTable{slots: make([]uint32, size), rows: slices.Clone(b.rows), width: b.width,
		shift: uint(64 - bits.Len(uint(size-1)))}
	for i, k := range b.keys {
		j, fp := t.hash(k)
		for t.slots[j] != 0 {
			j = (j + 1) & uint64(size-1)
		}
		t.slots[j] = fp | uint32(i)
	}
	return t
}

func (t *flatTable) hash(key uint64) (uint64, uint32) {
	h := key * 0x9E3779B97F4A7C15
	return h >> t.shift, (uint32(h>>(t.shift-15))&0x7FFF | 1) << indexBits
}

// lookup returns the row of key, nil when none.
func (t *flatTable) lookup(key uint64) []uint64 {
	i, fp := t.hash(key)
	for {
		s := t.slots[i]
		if s&^(maxRows-1) == fp {
			r := int(s & (maxRows - 1))
			return t.rows[r*t.width : (r+1)*t.width]
		}
		if s == 0 {
			return nil
		}
		i = (i + 1) & uint64(len(t.slots)-1)
	}
}

// lookup returns the row of key in t as drain finds it, nil when none.
func (t *rowTable) lookup(key uint64) []uint64 {
	i, fp := t.hash(key)
	r := t.rowFrom(i, fp, t.slot(i))
	switch {
	case r < 0:
		return nil
	case t.wide != nil:
		return t.wide[r][:]
	}
	return t.rows[int(r)*t.width : (int(r)+1)*t.width]
}

// textKeys returns the keys scan looks up for the letters of text, as
// trigrams, pairs, letters and word hashes, in the order of the words.
func textKeys(text string) (ngrams, words []uint64) {
	for _, w := range strings.Fields(text) {
		var rs []rune
		h := uint64(wordSeed)
		for _, r := range w {
			r = toLower(r)
			rs = append(rs, r)
			h = hashRune(h, r)
			ngrams = append(ngrams, uint64(r))
		}
		for i := range rs {
			if i >= 1 {
				ngrams = append(ngrams, uint64(rs[i-1])<<21|uint64(rs[i]))
			}
			if i >= 2 {
				ngrams = append(ngrams, uint64(rs[i-2])<<42|uint64(rs[i-1])<<21|uint64(rs[i]))
			}
		}
		words = append(words, finish(h))
	}
	return ngrams, words
}

// ngramBuilders returns the keys of the embedded model with their rows,
// a row for each key in key order, as a flat table stores them.
func ngramBuilders(t *testing.T) (b [numGroups]*tableBuilder) {
	m := &ngramModel{}
	keys, err := m.decodeRows(modelData)
	if err != nil {
		t.Fatal(err)
	}
	for g := range numGroups {
		b[g] = newSortedTableBuilder(groupWords[g], 0)
	}
	err = keys.each(func(g int, key uint64, r uint32) bool {
		if t := &m.ngrams[g]; t.wide != nil {
			copy(b[g].row(key), t.wide[r][:])
		} else {
			copy(b[g].row(key), t.rows[int(r)*t.width:(int(r)+1)*t.width])
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRowTableMatchesFlat looks up keys in the model's tables and in flat
// tables built from the same rows: every key of the model, the n-grams
// and words of the test sentences of every language, n-grams of letters
// drawn at random from the model's own keys (mostly absent), and random
// 64-bit keys. The rows found must be the same, and some absent keys must
// match a fingerprint, so that those are compared too.
func TestRowTableMatchesFlat(t *testing.T) {
	ngrams := ngramBuilders(t)
	var pos [numLanguages]int
	for _, members := range groupMembers {
		for p, id := range members {
			pos[id] = p
		}
	}
	words := stopwordBuilders(&pos)
	var textNgrams, textWords []uint64
	for _, s := range loadSentences(t) {
		n, w := textKeys(s.text)
		textNgrams = append(textNgrams, n...)
		textWords = append(textWords, w...)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	falseMatches := 0
	for g := range numGroups {
		for _, tc := range []struct {
			b    *tableBuilder
			text []uint64
		}{{ngrams[g], textNgrams}, {words[g], textWords}} {
			flat := newFlatTable(tc.b)
			table, err := tc.b.build()
			if err != nil {
				t.Fatal(err)
			}
			var letters []uint64 // the last letter of each key
			for _, k := range tc.b.keys {
				letters = append(letters, k&(1<<21-1))
			}
			keys := slices.Clone(tc.b.keys)
			keys = append(keys, tc.text...)
			for range 200_000 {
				a, b, c := letters[rng.IntN(len(letters))], letters[rng.IntN(len(letters))], letters[rng.IntN(len(letters))]
				keys = append(keys, a<<42|b<<21|c, b<<21|c, rng.Uint64())
			}
			present := make(map[uint64]bool, len(tc.b.keys))
			for _, k := range tc.b.keys {
				present[k] = true
			}
			for _, k := range keys {
				want, got := flat.lookup(k), table.lookup(k)
				if !slices.Equal(got, want) || (got == nil) != (want == nil) {
					t.Fatalf("group %d, key %#x: row %v, want %v", g, k, got, want)
				}
				if want != nil && !present[k] {
					falseMatches++
				}
			}
		}
	}
	if falseMatches == 0 {
		t.Error("no absent key matched a fingerprint: the test compares no false match")
	}
	t.Logf("%d false matches compared", falseMatches)
}
