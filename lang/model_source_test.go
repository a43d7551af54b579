package lang

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// The decoder of model.bin, the builder of the stopword rows and the
// image's encoder: the source of model.img, which Detect reads (see
// modelImage). Only TestModelImage (which checks model.img against them,
// and rewrites it with -write-model-image), the decoder's tests and the
// benchmarks need them, so they stay out of the library's code; so do
// languageIndex and the model's memory, which only tests ask for.

// tableBuilder collects the rows of one rowTable.
type tableBuilder struct {
	width int
	keys  []uint64
	rows  []uint64
	index keyIndex // empty when keys come in increasing order
}

// newTableBuilder returns a builder of rows of width words for at most n
// keys in any order.
func newTableBuilder(width, n int) *tableBuilder {
	return &tableBuilder{width: width, keys: make([]uint64, 0, n), rows: make([]uint64, 0, n*width),
		index: newKeyIndex(n)}
}

// newSortedTableBuilder returns a builder for about n keys that come in
// increasing order, as the model lists them: the row of a key is the last
// row or a new one, and no index is needed.
func newSortedTableBuilder(width, n int) *tableBuilder {
	return &tableBuilder{width: width, keys: make([]uint64, 0, n), rows: make([]uint64, 0, n*width)}
}

// row returns the row of key, adding an empty one if needed. The slice is
// valid until the next call. A sorted builder takes keys in increasing
// order only.
func (b *tableBuilder) row(key uint64) []uint64 {
	if b.index.slots == nil {
		if n := len(b.keys); n == 0 || b.keys[n-1] != key {
			b.keys = append(b.keys, key)
			b.rows = append(b.rows, make([]uint64, b.width)...)
		}
		return b.rows[len(b.rows)-b.width:]
	}
	i, ok := b.index.find(key, int32(len(b.keys)))
	if !ok {
		b.keys = append(b.keys, key)
		b.rows = append(b.rows, make([]uint64, b.width)...)
	}
	return b.rows[int(i)*b.width : (int(i)+1)*b.width]
}

// keyIndex maps keys to their row numbers while a table is built: open
// addressing sized once for the keys to come, which costs a fraction of a
// Go map's growing and hashing when the model is decoded, on the first
// call of a process.
type keyIndex struct {
	slots []keySlot // power-of-two sized, at most half full
}

type keySlot struct {
	key uint64
	row int32 // -1 marks an empty slot
}

func newKeyIndex(n int) keyIndex {
	x := keyIndex{slots: make([]keySlot, 1<<bits.Len(uint(max(n, 1)*2)))}
	for i := range x.slots {
		x.slots[i].row = -1
	}
	return x
}

// find returns the row of key and true, or records next as its row and
// returns it and false.
func (x *keyIndex) find(key uint64, next int32) (int32, bool) {
	mask := uint64(len(x.slots) - 1)
	for i := key * 0x9E3779B97F4A7C15 >> 32 & mask; ; i = (i + 1) & mask {
		switch s := &x.slots[i]; {
		case s.row < 0:
			*s = keySlot{key, next}
			return next, false
		case s.key == key:
			return s.row, true
		}
	}
}

// setBonus sets the byte of position p in row.
func setBonus(row []uint64, p int, bonus uint8) {
	row[p/8] |= uint64(bonus) << (8 * (p % 8))
}

// build returns the table of the keys and rows of b (see dedupRows).
func (b *tableBuilder) build() (rowTable, error) {
	t, err := rowTable{width: b.width}.withSlots(len(b.keys))
	if err != nil {
		return t, err
	}
	rowOf := t.dedupRows(b)
	for i, k := range b.keys {
		t.insert(k, rowOf[i])
	}
	return t, nil
}

// withSlots returns t with empty slots for n keys.
func (t rowTable) withSlots(n int) (rowTable, error) {
	if n > maxRows {
		return rowTable{}, errModel
	}
	size := 1 << bits.Len(uint(max(n, 1)*2-1)) // load factor <= 1/2
	t.slots = make([]uint32, size)
	t.shift = uint(64 - bits.Len(uint(size-1)))
	t.mask = uint64(size - 1)
	return t, nil
}

// insert adds key, of row number row, to the slots of t. Keys are
// inserted once each, and fewer than the slots.
func (t *rowTable) insert(key uint64, row uint32) {
	j, fp := t.hash(key)
	for t.slots[j] != 0 {
		j = (j + 1) & t.mask
	}
	t.slots[j] = fp | row
}

// dedupRows stores the distinct rows of b in t, hottest first (see
// hotFirst), and returns the number of the row of each key; it reorders
// b.rows, so a builder is built once. An open-addressing
// index of the distinct rows, by a hash of their words, finds repeats
// (a Go map of arrays tripled the cost of decoding the model).
func (t *rowTable) dedupRows(b *tableBuilder) []uint32 {
	w := b.width
	rowOf := make([]uint32, len(b.keys))
	index := make([]int32, 1<<bits.Len(uint(max(len(b.keys), 1)*2)))
	mask := uint64(len(index) - 1)
	shift := 64 - bits.Len64(mask)
	n := 0 // distinct rows so far, moved to the front of b.rows
	for i := range b.keys {
		row := b.rows[i*w : (i+1)*w]
		h := uint64(0)
		for _, x := range row {
			h = (h ^ x) * 0x9E3779B97F4A7C15
		}
		j := h >> shift // the top bits, which all bits of the row move
		for ; index[j] != 0; j = (j + 1) & mask {
			r := int(index[j] - 1)
			if slices.Equal(b.rows[r*w:(r+1)*w], row) {
				break
			}
		}
		if index[j] == 0 {
			copy(b.rows[n*w:], row)
			n++
			index[j] = int32(n)
		}
		rowOf[i] = uint32(index[j] - 1)
	}
	order := hotFirst(b.rows[:n*w], w)
	if w == maxGroupWords {
		t.wide = make([][maxGroupWords]uint64, n)
		for r, at := range order {
			copy(t.wide[at][:], b.rows[r*w:])
		}
	} else {
		t.rows = make([]uint64, n*w)
		for r, at := range order {
			copy(t.rows[int(at)*w:], b.rows[r*w:(r+1)*w])
		}
	}
	for i, r := range rowOf {
		rowOf[i] = order[r]
	}
	return rowOf
}

// hotFirst returns the place of each row of width w in an order by
// decreasing sum of bonuses, ties in their order: an n-gram with large
// bonuses in many languages is common in text, and the rows that a text
// reads most then share cache lines.
func hotFirst(rows []uint64, w int) []uint32 {
	n := len(rows) / w
	sum := make([]int, n)
	most := 0
	for r := range n {
		for _, x := range rows[r*w : (r+1)*w] {
			for ; x != 0; x >>= 8 {
				sum[r] += int(x & 0xFF)
			}
		}
		most = max(most, sum[r])
	}
	// a counting sort: sums are at most 255 times the languages
	starts := make([]uint32, most+2)
	for _, v := range sum {
		starts[most-v+1]++
	}
	for v := 1; v < len(starts); v++ {
		starts[v] += starts[v-1]
	}
	order := make([]uint32, n)
	for r, v := range sum {
		order[r] = starts[most-v]
		starts[most-v]++
	}
	return order
}

// decodeModel reads the format internal/gen writes (see decodeRows) and
// builds the tables of each group, with the stopword lists: the source of
// modelImage, which TestModelImage keeps equal to it.
func decodeModel(data []byte) (*ngramModel, error) {
	m := &ngramModel{}
	keys, err := m.decodeRows(data)
	if err != nil {
		return nil, err
	}
	for g := range numGroups {
		if m.ngrams[g], err = m.ngrams[g].withSlots(keys.counts[g]); err != nil {
			return nil, err
		}
	}
	// The keys of each group are checked against its count, and their sum
	// against the keys read, so that no table holds more keys than slots.
	left := keys.counts
	err = keys.each(func(g int, key uint64, row uint32) bool {
		left[g]--
		if left[g] < 0 {
			return false
		}
		m.ngrams[g].insert(key, row)
		return true
	})
	if err != nil {
		return nil, err
	}
	var pos [numLanguages]int
	for _, members := range groupMembers {
		for p, id := range members {
			pos[id] = p
		}
	}
	words := stopwordBuilders(&pos)
	for g := range numGroups {
		if m.words[g], err = words[g].build(); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// decodeRows reads the rows of the n-gram tables of m from the format
// internal/gen writes, and returns the keys that follow them: magic, the
// language codes, for each language the number of n-grams whose row's
// first pair is of it, the distinct rows as lists of (language, bonus) pairs,
// hottest first (see hotFirst), then for each n-gram in key order the key
// delta and the number of its row, all as uvarints and bytes. The rows go
// to their group's table in their order, so decoding neither compares nor
// sorts rows.
func (m *ngramModel) decodeRows(data []byte) (keyStream, error) {
	const magic = "WNLM\x02"
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return keyStream{}, errModel
	}
	r := modelReader{b: data[len(magic):]}
	var pos [numLanguages]int // position of each language in its group's row
	for _, members := range groupMembers {
		for p, id := range members {
			pos[id] = p
		}
	}
	nl, ok := r.nextAtMost(256) // a byte names a language
	if !ok {
		return keyStream{}, errModel
	}
	// The group of each model language, and its position in the rows.
	var groupOf [256]int8
	var posOf [256]int
	for i := range nl {
		l, ok := r.nextAtMost(maxCodeLen)
		if !ok || l > len(r.b) {
			return keyStream{}, errModel
		}
		id := languageIndex(string(r.b[:l]))
		if id < 0 || scriptGroup[languages[id].script] == noGroup {
			return keyStream{}, errModel
		}
		groupOf[i], posOf[i] = scriptGroup[languages[id].script], pos[id]
		r.b = r.b[l:]
	}
	var keys keyStream
	for i := range nl {
		n, ok := r.nextAtMost(1 << 22)
		if !ok {
			return keyStream{}, errModel
		}
		keys.n += n
		keys.counts[groupOf[i]] += n
	}
	if keys.n <= 0 || keys.n > 1<<22 {
		return keyStream{}, errModel
	}
	nr, ok := r.nextAtMost(numGroups * maxRows)
	if !ok || nr == 0 {
		return keyStream{}, errModel
	}
	// A first pass counts the rows of each group, so that each table's rows
	// are allocated once; the second checks the data and fills them.
	var counts [numGroups]int
	for b, i := r.b, 0; i < nr && len(b) >= 3; i++ {
		if lang := int(b[1]); lang < nl {
			counts[groupOf[lang]]++
		}
		b = b[min(len(b), 1+2*int(b[0])):]
	}
	for g := range numGroups {
		t := &m.ngrams[g]
		if counts[g] > maxRows {
			return keyStream{}, errModel
		}
		t.width = groupWords[g]
		if t.width == maxGroupWords {
			t.wide = make([][maxGroupWords]uint64, 0, counts[g])
		} else {
			t.rows = make([]uint64, 0, counts[g]*t.width)
		}
	}
	rowAt := make([]uint32, nr) // group<<indexBits | number in the group
	for i := range nr {
		b := r.b
		if len(b) < 3 || b[0] == 0 || len(b) < 1+2*int(b[0]) || int(b[1]) >= nl {
			return keyStream{}, errModel
		}
		g := groupOf[b[1]]
		t := &m.ngrams[g]
		var row []uint64
		if t.wide != nil {
			if len(t.wide) == cap(t.wide) {
				return keyStream{}, errModel
			}
			rowAt[i] = uint32(g)<<indexBits | uint32(len(t.wide))
			t.wide = t.wide[:len(t.wide)+1]
			row = t.wide[len(t.wide)-1][:]
		} else {
			if len(t.rows) == cap(t.rows) {
				return keyStream{}, errModel
			}
			rowAt[i] = uint32(g)<<indexBits | uint32(len(t.rows)/t.width)
			t.rows = t.rows[:len(t.rows)+t.width]
			row = t.rows[len(t.rows)-t.width:]
		}
		for k := 1; k < 1+2*int(b[0]); k += 2 {
			lang, bonus := b[k], b[k+1]
			if int(lang) >= nl || groupOf[lang] != g {
				return keyStream{}, errModel
			}
			setBonus(row, posOf[lang], bonus)
		}
		r.b = b[1+2*int(b[0]):]
	}
	keys.b, keys.rowAt = r.b, rowAt
	return keys, nil
}

// maxCodeLen bounds the length of a language code in the model's data.
const maxCodeLen = 16

// keyStream is the n keys of a model, in b, whose rows rowAt places:
// the group of the row of number i is rowAt[i]>>indexBits, and its number
// in the group rowAt[i]&(maxRows-1). counts holds the keys of each group,
// as the data claims.
type keyStream struct {
	b      []byte
	n      int
	rowAt  []uint32
	counts [numGroups]int
}

// each calls fn with the group, key and number of the row in the group of
// each key, until fn returns false. The stream must hold exactly n keys.
func (s keyStream) each(fn func(g int, key uint64, row uint32) bool) error {
	b, key := s.b, uint64(0) // b is resliced locally: no write barriers
	for range s.n {
		delta, n := binary.Uvarint(b)
		if n <= 0 {
			return errModel
		}
		i, m := binary.Uvarint(b[n:])
		if m <= 0 || i >= uint64(len(s.rowAt)) {
			return errModel
		}
		b = b[n+m:]
		key += delta
		if !fn(int(s.rowAt[i]>>indexBits), key, s.rowAt[i]&(maxRows-1)) {
			return errModel
		}
	}
	if len(b) != 0 {
		return errModel
	}
	return nil
}

// wordBonus is what a stopword adds to each language of its group that
// lists it, in cost units: a function word is strong evidence between
// close languages (Danish "hvad", Norwegian "hva").
const wordBonus = 15

// stopwordBuilders collects the word rows from the stopword lists of the
// model's languages (the lists themselves, not stopwords.img).
func stopwordBuilders(pos *[numLanguages]int) (b [numGroups]*tableBuilder) {
	for g, members := range groupMembers {
		n := 0
		for _, id := range members {
			n += sourceStopwords(tags[id]).Len()
		}
		b[g] = newTableBuilder(groupWords[g], n)
		for _, id := range members {
			set := sourceStopwords(tags[id])
			if set == nil {
				continue
			}
			for _, h := range set.table {
				if h != 0 {
					setBonus(b[g].row(h), pos[id], wordBonus)
				}
			}
		}
	}
	return b
}

// encodeImage writes m in the format decodeImage reads: the magic, then
// for each group its n-gram table and its word table, each as the uvarint
// counts of its slots (a power of two, or 0) and of its rows, a bitmap of
// the slots in use, 64 slots a little-endian word, the slots in use as
// little-endian uint32s, and the words of the rows, little-endian. The
// empty slots, half of them, take a bit each.
func encodeImage(m *ngramModel) []byte {
	out := []byte(imageMagic)
	for g := range numGroups {
		for _, t := range []*rowTable{&m.ngrams[g], &m.words[g]} {
			rows := t.rows
			for _, r := range t.wide {
				rows = append(rows, r[:]...)
			}
			out = binary.AppendUvarint(out, uint64(len(t.slots)))
			out = binary.AppendUvarint(out, uint64(len(rows)/max(t.width, 1)))
			bitmap := make([]uint64, (len(t.slots)+63)/64)
			for i, s := range t.slots {
				if s != 0 {
					bitmap[i/64] |= 1 << (i % 64)
				}
			}
			for _, w := range bitmap {
				out = binary.LittleEndian.AppendUint64(out, w)
			}
			for _, s := range t.slots {
				if s != 0 {
					out = binary.LittleEndian.AppendUint32(out, s)
				}
			}
			for _, x := range rows {
				out = binary.LittleEndian.AppendUint64(out, x)
			}
		}
	}
	return out
}

// languageIndex returns the index in languages of the base language code,
// or -1.
func languageIndex(code string) int {
	for i, l := range languages {
		if l.code == code {
			return i
		}
	}
	return -1
}

// memory returns the bytes the decoded model holds.
func (m *ngramModel) memory() int {
	n := 0
	for g := range numGroups {
		n += m.ngrams[g].memory() + m.words[g].memory()
	}
	return n
}

func (t *rowTable) memory() int {
	return cap(t.slots)*4 + cap(t.rows)*8 + cap(t.wide)*8*maxGroupWords
}
