package lang

import (
	_ "embed" // stopwords.img
	"encoding/binary"
	"math"
	"math/bits"
	"sync"
)

//go:generate go test -run ^TestStopwordImage$ -write-stopword-image

// stopwordImage holds the finished stopword sets of every language, their
// hash tables and packed words as Count reads them, written from the
// lists in stopwords/ by `go generate ./lang` (which runs `go test ./lang
// -run TestStopwordImage -write-stopword-image`; the test without the
// flag fails while the image is stale). Reading a set is a copy of its
// words: hashing the lists cost some 700,000 instructions for English
// and 14 million for all languages, on the first call of each process.
//
//go:embed stopwords.img
var stopwordImage []byte

const stopwordMagic = "WNLS\x01"

// Bounds of a stopword image: a table of a set has no more slots, a word
// no more runes, a language no more codes, nor a code more bytes.
const (
	maxStopwordSlots     = 1 << 16
	maxStopwordRunes     = 255
	maxStopwordCodes     = 8
	maxStopwordCodeBytes = 16
)

// stopwordEntry is the set of one language in the image, read on first
// use.
type stopwordEntry struct {
	code string // the code of its list
	body []byte // its encoding in stopwordImage (see decodeStopwordSet)
	once sync.Once
	set  *StopwordSet
}

// stopwordDir lists the sets of the image; never changed once read (each
// entry reads its set lazily).
type stopwordDir struct {
	entries []stopwordEntry
	byCode  map[string]*stopwordEntry // every code of each language
}

// stopwordDirectory reads the directory of the embedded image on first
// use. The image is compiled into the package, so failing to read it is a
// bug.
var stopwordDirectory = sync.OnceValue(func() *stopwordDir {
	d, err := decodeStopwordDirectory(stopwordImage)
	if err != nil {
		panic("lang: corrupt embedded stopword image: " + err.Error())
	}
	return d
})

// decodeStopwordDirectory reads the directory of an image: magic, the
// number of sets, the codes of all sets as one text (its length, then its
// bytes), then for each set the number of its codes, the length of each
// in the text, in the text's order, the code of its list first, and the
// length of its body, then the bodies in the same order. Each code names
// the set of the first entry that lists it.
func decodeStopwordDirectory(data []byte) (*stopwordDir, error) {
	if len(data) < len(stopwordMagic) || string(data[:len(stopwordMagic)]) != stopwordMagic {
		return nil, errModel
	}
	r := modelReader{b: data[len(stopwordMagic):]}
	n, ok := r.nextAtMost(len(r.b))
	if !ok {
		return nil, errModel
	}
	l, ok := r.nextAtMost(len(r.b))
	if !ok {
		return nil, errModel
	}
	b, _ := r.take(l)
	codes := string(b) // one allocation for every code
	d := &stopwordDir{entries: make([]stopwordEntry, n), byCode: make(map[string]*stopwordEntry, n+n/8)}
	sizes := make([]int, n)
	total := 0
	for i := range d.entries {
		e := &d.entries[i]
		nc, ok := r.nextAtMost(maxStopwordCodes)
		if !ok || nc == 0 {
			return nil, errModel
		}
		for j := range nc {
			l, ok := r.nextAtMost(maxStopwordCodeBytes)
			if !ok || l > len(codes) {
				return nil, errModel
			}
			code := codes[:l]
			codes = codes[l:]
			if j == 0 {
				e.code = code
			}
			if d.byCode[code] == nil {
				d.byCode[code] = e
			}
		}
		if sizes[i], ok = r.nextAtMost(len(r.b)); !ok {
			return nil, errModel
		}
		total += sizes[i]
	}
	if codes != "" || total != len(r.b) {
		return nil, errModel
	}
	for i := range d.entries {
		d.entries[i].body, _ = r.take(sizes[i])
	}
	return d, nil
}

// decodeStopwordSet reads the body of one set: the runes of its longest
// word, then its hash table and its packed words (see readSlots). It
// checks what a lookup relies on: that every table is a power of two in
// size, with a slot free to end each probe, and that no packed word is
// longer than seven bytes.
func decodeStopwordSet(body []byte) (*StopwordSet, error) {
	r := modelReader{b: body}
	maxRunes, ok := r.nextAtMost(maxStopwordRunes)
	if !ok {
		return nil, errModel
	}
	s := &StopwordSet{maxRunes: maxRunes}
	var err error
	if s.table, s.n, err = r.readSlots(math.MaxUint64); err != nil {
		return nil, err
	}
	// a packed word has one to seven bytes (packedSet.count relies on it)
	if s.short.slots, _, err = r.readSlots(1<<56 - 1); err != nil {
		return nil, err
	}
	if len(r.b) != 0 {
		return nil, errModel
	}
	s.short.shift = uint(64 - bits.TrailingZeros(uint(len(s.short.slots))))
	return s, nil
}

// readSlots reads an open-addressing table of uint64 keys, 0 marking an
// empty slot: the number of slots, a bitmap of the slots in use (64 a
// little-endian word), then the key of each slot in use, in slot order,
// 8 bytes little-endian. It returns the table and its number of keys,
// and an error when a key is 0 or larger than limit.
func (r *modelReader) readSlots(limit uint64) ([]uint64, int, error) {
	nslots, ok := r.nextAtMost(maxStopwordSlots)
	if !ok || nslots == 0 || nslots&(nslots-1) != 0 {
		return nil, 0, errModel
	}
	bitmap, ok := r.take(8 * ((nslots + 63) / 64))
	if !ok {
		return nil, 0, errModel
	}
	used := 0
	for w := 0; w < len(bitmap); w += 8 {
		used += bits.OnesCount64(binary.LittleEndian.Uint64(bitmap[w:]))
	}
	if used >= nslots || nslots < 64 && binary.LittleEndian.Uint64(bitmap)>>nslots != 0 {
		return nil, 0, errModel // no free slot to end a probe, or a slot past the table
	}
	values, ok := r.take(8 * used)
	if !ok {
		return nil, 0, errModel
	}
	slots := make([]uint64, nslots)
	for w := 0; w < len(bitmap); w += 8 {
		for x := binary.LittleEndian.Uint64(bitmap[w:]); x != 0; x &= x - 1 {
			k := binary.LittleEndian.Uint64(values)
			values = values[8:]
			if k-1 >= limit {
				return nil, 0, errModel // a slot in use looks empty, or a key too large
			}
			slots[w*8+bits.TrailingZeros64(x)] = k
		}
	}
	return slots, used, nil
}
