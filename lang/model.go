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
// n-gram to a run of (language, bonus) pairs.
type ngramModel struct {
	slots []slot   // power-of-two sized; fp 0 marks an empty slot
	pairs []uint16 // language<<8 | bonus
	shift uint     // 64 - log2(len(slots))
}

// slot holds a fingerprint of the n-gram key (a hash of it, never 0) and
// ref = offset<<8 | count into pairs. A 32-bit fingerprint instead of the
// full key halves the table; a false match needs a 1 in 2^32 coincidence.
type slot struct {
	fp  uint32
	ref uint32
}

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
	nl := int(next())
	var ids []uint16 // model language index -> langID
	for range nl {
		l := int(next())
		if l > len(b) {
			return nil, errModel
		}
		id := languageIndex(string(b[:l]))
		if id < 0 {
			return nil, errModel
		}
		ids = append(ids, uint16(id))
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
		if len(b) < 1+2*c || c == 0 {
			return nil, errModel
		}
		off := len(m.pairs)
		for k := range c {
			lang, bonus := b[1+2*k], b[2+2*k]
			if int(lang) >= len(ids) {
				return nil, errModel
			}
			m.pairs = append(m.pairs, ids[lang]<<8|uint16(bonus))
		}
		b = b[1+2*c:]
		if off >= 1<<24 {
			return nil, errModel
		}
		m.insert(key, uint32(off)<<8|uint32(c))
	}
	if b == nil {
		return nil, errModel
	}
	return m, nil
}

// hash mixes an n-gram key (murmur3's finalizer).
func hash(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

func (m *ngramModel) insert(key uint64, ref uint32) {
	h := hash(key)
	fp := uint32(h) | 1
	mask := uint64(len(m.slots) - 1)
	for i := h >> m.shift; ; i = (i + 1) & mask {
		if m.slots[i].fp == 0 {
			m.slots[i] = slot{fp, ref}
			return
		}
	}
}

// lookup returns the (language, bonus) pairs of an n-gram key, or nil.
func (m *ngramModel) lookup(key uint64) []uint16 {
	h := hash(key)
	fp := uint32(h) | 1
	mask := uint64(len(m.slots) - 1)
	for i := h >> m.shift; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s.fp == fp {
			off := s.ref >> 8
			return m.pairs[off : off+s.ref&0xff]
		}
		if s.fp == 0 {
			return nil
		}
	}
}

// memory returns the bytes the decoded model holds.
func (m *ngramModel) memory() int {
	return len(m.slots)*8 + cap(m.pairs)*2
}
