package lang

import (
	_ "embed" // model.bin
	"encoding/binary"
	"errors"
	"math/bits"
	"sync"
)

// modelData is the n-gram model written by internal/gen: for each n-gram
// (one to three lower-cased letters inside a word) the languages that use
// it and how much more likely it is in each than the model's floor.
//
//go:embed model.bin
var modelData []byte

// ngramModel is the decoded model: an open-addressing hash table from
// n-gram to a row of bonuses, one byte per language of the n-gram's script
// (its group), packed eight to a uint64 so that adding a row to the
// running scores takes a few word operations (see scorer).
type ngramModel struct {
	slots []slot   // power-of-two sized; fp 0 marks an empty slot
	rows  []uint64 // rows of bonuses, groupWords[g] words each
	shift uint     // 64 - log2(len(slots))
}

// slot holds a fingerprint of the n-gram key (a hash of it, never 0) and
// the offset of its row. A 32-bit fingerprint instead of the full key
// halves the table; a false match needs a 1 in 2^32 coincidence.
type slot struct {
	fp  uint32
	row uint32
}

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

// loadModel decodes the embedded model on first use. The model is built
// from data compiled into the package, so failing to decode it is a bug.
func loadModel() *ngramModel {
	modelOnce.Do(func() {
		m, err := decodeModel(modelData)
		if err != nil {
			panic("lang: corrupt embedded model: " + err.Error())
		}
		theModel = m
	})
	return theModel
}

var errModel = errors.New("bad model data")

// decodeModel reads the format internal/gen writes: magic, the language
// codes, then for each n-gram in key order the key delta and its
// (language, bonus) pairs, all as uvarints and bytes.
func decodeModel(data []byte) (*ngramModel, error) {
	const magic = "WNLM\x01"
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, errModel
	}
	b := data[len(magic):]
	next := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	// position of each model language in its group's row
	var pos [numLanguages]int
	for _, members := range groupMembers {
		for p, id := range members {
			pos[id] = p
		}
	}
	nl := int(next())
	var ids []langID // model language index -> langID
	for range nl {
		l := int(next())
		if l > len(b) {
			return nil, errModel
		}
		id := languageIndex(string(b[:l]))
		if id < 0 || scriptGroup[languages[id].script] == noGroup {
			return nil, errModel
		}
		ids = append(ids, langID(id))
		b = b[l:]
	}
	nk := int(next())
	if nk <= 0 || nk > 1<<22 {
		return nil, errModel
	}
	size := 1 << bits.Len(uint(nk*2-1)) // load factor <= 1/2
	m := &ngramModel{slots: make([]slot, size), shift: uint(64 - bits.Len(uint(size-1)))}
	key := uint64(0)
	for range nk {
		key += next()
		if len(b) < 1 {
			return nil, errModel
		}
		c := int(b[0])
		if c == 0 || len(b) < 1+2*c {
			return nil, errModel
		}
		g := noGroup
		off := len(m.rows)
		for k := range c {
			lang, bonus := b[1+2*k], b[2+2*k]
			if int(lang) >= len(ids) {
				return nil, errModel
			}
			id := ids[lang]
			lg := int(scriptGroup[languages[id].script])
			if g == noGroup {
				g = lg
				m.rows = append(m.rows, make([]uint64, groupWords[g])...)
			} else if lg != g {
				return nil, errModel
			}
			p := pos[id]
			m.rows[off+p/8] |= uint64(bonus) << (8 * (p % 8))
		}
		b = b[1+2*c:]
		if !m.insert(key, uint32(off)) {
			return nil, errModel
		}
	}
	if b == nil {
		return nil, errModel
	}
	return m, nil
}

// hash returns the slot index and the fingerprint of an n-gram key:
// Fibonacci hashing, the index from the top bits of the product, the
// fingerprint from the 32 bits below them.
func (m *ngramModel) hash(key uint64) (uint64, uint32) {
	h := key * 0x9E3779B97F4A7C15
	return h >> m.shift, uint32(h>>(m.shift-32)) | 1
}

func (m *ngramModel) insert(key uint64, row uint32) bool {
	i, fp := m.hash(key)
	mask := uint64(len(m.slots) - 1)
	for ; ; i = (i + 1) & mask {
		switch m.slots[i].fp {
		case 0:
			m.slots[i] = slot{fp, row}
			return true
		case fp:
			return false // duplicate key or fingerprint: refuse the model
		}
	}
}

// lookup returns the offset of the row of an n-gram key.
func (m *ngramModel) lookup(key uint64) (row uint32, ok bool) {
	i, fp := m.hash(key)
	mask := uint64(len(m.slots) - 1)
	for ; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s.fp == fp {
			return s.row, true
		}
		if s.fp == 0 {
			return 0, false
		}
	}
}

// memory returns the bytes the decoded model holds.
func (m *ngramModel) memory() int {
	return len(m.slots)*8 + cap(m.rows)*8
}
