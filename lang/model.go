package lang

import (
	"encoding/binary"
	"errors"
	"sync"
)

// ngramModel is the decoded model. For each script group it maps n-grams
// to rows of bonuses, one byte per language of the group, packed eight to
// a uint64 so that adding a row to the running scores takes a few word
// operations (see detection.addRow).
type ngramModel struct {
	ngrams [numGroups]rowTable
	// words holds the stopwords of the group's languages, keyed by the
	// hash StopwordSet uses: a word that is a stopword of some languages
	// of its group adds wordBonus to each of them.
	words [numGroups]rowTable
}

// rowTable is an open-addressing hash table from keys to rows of width
// words. A slot is 4 bytes, a 15-bit fingerprint of the key and the
// 17-bit index of its row, so that the tables stay small enough for the
// processor's caches; a fingerprint matches a key not in the table once
// in 2^14 probes, and then adds the bonuses of an unrelated n-gram once,
// which does not move a result.
//
// Rows that are equal are stored once, and the rows with the largest
// bonuses, those of the n-grams common in text, come first (see
// hotFirst): a text then reads fewer cache lines of rows. internal/gen
// writes the n-gram rows so (see decodeRows); the stopword rows are
// ordered so when decoded (see dedupRows). Those, and the code that
// builds the tables, are in model_source_test.go: the library reads the
// tables from model.img.
type rowTable struct {
	slots []uint32 // power-of-two sized; 0 marks an empty slot
	rows  []uint64 // width words a row, unless width is maxGroupWords
	// wide holds the rows instead when width is maxGroupWords, as arrays
	// that addRows reads without computing bounds.
	wide  [][maxGroupWords]uint64
	width int
	shift uint   // 64 - log2(len(slots))
	mask  uint64 // len(slots) - 1
}

const (
	indexBits = 17
	maxRows   = 1 << indexBits
)

// Model groups: the scripts whose languages the n-gram model separates.
const (
	groupLatin = iota
	groupCyrillic
	groupArabic
	groupDevanagari
	numGroups
	noGroup = -1
)

// maxGroupWords bounds the words of a row: up to 40 languages a group.
const maxGroupWords = 5

// scriptGroup maps a script to its model group, or noGroup.
var scriptGroup = [numScripts]int8{
	ScriptUnknown: noGroup, Greek: noGroup, Armenian: noGroup, Hebrew: noGroup,
	Bengali: noGroup, Gurmukhi: noGroup, Gujarati: noGroup, Oriya: noGroup,
	Tamil: noGroup, Telugu: noGroup, Kannada: noGroup, Malayalam: noGroup,
	Sinhala: noGroup, Thai: noGroup, Lao: noGroup, Myanmar: noGroup,
	Georgian: noGroup, Ethiopic: noGroup, Khmer: noGroup, Hangul: noGroup,
	Kana: noGroup, Han: noGroup,
	Latin: groupLatin, Cyrillic: groupCyrillic, Arabic: groupArabic, Devanagari: groupDevanagari,
}

// groupMembers lists, for each group, the languages (indexes into
// languages) in row order; groupWords is the row width in words. Both are
// derived once from languages and never changed.
var groupMembers, groupWords = func() (m [numGroups][]langID, w [numGroups]int) {
	for i, l := range languages {
		if g := scriptGroup[l.script]; g != noGroup {
			m[g] = append(m[g], langID(i))
		}
	}
	for g := range m {
		w[g] = (len(m[g]) + 7) / 8
	}
	return m, w
}()

var (
	modelOnce sync.Once
	theModel  *ngramModel
)

// loadModel decodes the embedded model on first use, from its image (see
// modelImage). The model is built from data compiled into the package, so
// failing to decode it is a bug.
func loadModel() *ngramModel {
	modelOnce.Do(func() {
		m, err := decodeImage(modelImage)
		if err != nil {
			panic("lang: corrupt embedded model: " + err.Error())
		}
		theModel = m
	})
	return theModel
}

var errModel = errors.New("bad model data")

// modelReader reads uvarints; a bad one empties it.
type modelReader struct{ b []byte }

func (r *modelReader) next() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

// nextAtMost reads a uvarint that must be at most limit (not negative):
// false when it is larger, so that a count from corrupt data can neither
// wrap to a negative int nor size an allocation.
func (r *modelReader) nextAtMost(limit int) (int, bool) {
	v := r.next()
	if v > uint64(limit) {
		return 0, false
	}
	return int(v), true
}

// hash returns the slot index and the fingerprint of a key: Fibonacci
// hashing, the index from the top bits of the product, the fingerprint
// from the bits below them.
func (t *rowTable) hash(key uint64) (uint64, uint32) {
	h := key * 0x9E3779B97F4A7C15
	// shift is 46 to 63 (a table has 2 to 2^18 slots): the masks change
	// no count but spare the compiler's checks for counts of 64 and more.
	return h >> (t.shift & 63), (uint32(h>>((t.shift-15)&63))&0x7FFF | 1) << indexBits
}

// slot returns the content of slot i: 0 when empty, else the
// fingerprint of its key and the number of its row.
func (t *rowTable) slot(i uint64) uint32 { return t.slots[i] }

// rowFrom returns the number of the row of the key of fingerprint fp
// whose probe starts at slot i, which holds s, or -1.
func (t *rowTable) rowFrom(i uint64, fp, s uint32) int32 {
	for {
		if s&^(maxRows-1) == fp {
			return int32(s & (maxRows - 1))
		}
		if s == 0 {
			return -1
		}
		i = (i + 1) & t.mask
		s = t.slot(i)
	}
}
