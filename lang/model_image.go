package lang

import (
	_ "embed" // model.img
	"encoding/binary"
	"math/bits"
)

//go:generate go test -run ^TestModelImage$ -write-model-image

// modelImage is the decoded model, the tables of every group as Detect
// reads them, written by `go generate ./lang` (`go test ./lang -run
// TestModelImage -write-model-image`) from model.bin and the stopword
// lists (see encodeImage). Reading it is a copy of its words: decoding model.bin
// itself rebuilds every hash table, some 30 million instructions on the
// first call of a process.
//
//go:embed model.img
var modelImage []byte

const imageMagic = "WNLI\x01"

// decodeImage reads what encodeImage (model_source_test.go) writes. It checks what a lookup
// relies on: the sizes of the tables, and that every slot in use has a
// fingerprint and names a row of its table.
func decodeImage(data []byte) (*ngramModel, error) {
	if len(data) < len(imageMagic) || string(data[:len(imageMagic)]) != imageMagic {
		return nil, errModel
	}
	r := modelReader{b: data[len(imageMagic):]}
	m := &ngramModel{}
	for g := range numGroups {
		for _, t := range []*rowTable{&m.ngrams[g], &m.words[g]} {
			if err := r.readTable(t, groupWords[g]); err != nil {
				return nil, err
			}
		}
	}
	if len(r.b) != 0 {
		return nil, errModel
	}
	return m, nil
}

// readTable reads a table of rows of width words into t.
func (r *modelReader) readTable(t *rowTable, width int) error {
	nslots, ok := r.nextAtMost(2 * maxRows)
	if !ok || nslots == 1 || nslots&(nslots-1) != 0 { // 0, or a power of two: hash needs two slots or more
		return errModel
	}
	nrows, ok := r.nextAtMost(maxRows)
	if !ok {
		return errModel
	}
	t.width = width
	if nslots == 0 {
		return nil // no key: a group without stopwords, say
	}
	t.slots = make([]uint32, nslots)
	t.shift = uint(64 - bits.Len(uint(nslots-1)))
	t.mask = uint64(nslots - 1)
	bitmap, ok := r.take(8 * ((nslots + 63) / 64))
	if !ok {
		return errModel
	}
	used := 0
	for w := 0; w < len(bitmap); w += 8 {
		used += bits.OnesCount64(binary.LittleEndian.Uint64(bitmap[w:]))
	}
	values, ok := r.take(4 * used)
	if !ok || nslots < 64 && binary.LittleEndian.Uint64(bitmap)>>nslots != 0 {
		return errModel // a slot past the table
	}
	// every slot in use must have a fingerprint and a row: checked once
	// after the loop, from the least fingerprint and the largest row
	minFP, maxRow := uint32(1), uint32(0)
	slots := t.slots
	v := 0 // index in values
	for w := 0; w < len(bitmap); w += 8 {
		for x := binary.LittleEndian.Uint64(bitmap[w:]); x != 0; x &= x - 1 {
			s := binary.LittleEndian.Uint32(values[v:])
			v += 4
			minFP, maxRow = min(minFP, s>>indexBits), max(maxRow, s&(maxRows-1))
			slots[w*8+bits.TrailingZeros64(x)] = s
		}
	}
	if used > 0 && (minFP == 0 || int(maxRow) >= nrows) {
		return errModel
	}
	b, ok := r.take(8 * nrows * width)
	if !ok {
		return errModel
	}
	if width == maxGroupWords {
		t.wide = make([][maxGroupWords]uint64, nrows)
		const size = 8 * maxGroupWords
		// five words a row, unrolled: more would not build (detect.go's
		// addRow), nor fewer (w[4])
		for i := range t.wide {
			row, w := b[size*i:][:size], &t.wide[i]
			w[0] = binary.LittleEndian.Uint64(row[0:])
			w[1] = binary.LittleEndian.Uint64(row[8:])
			w[2] = binary.LittleEndian.Uint64(row[16:])
			w[3] = binary.LittleEndian.Uint64(row[24:])
			w[4] = binary.LittleEndian.Uint64(row[32:])
		}
		return nil
	}
	t.rows = make([]uint64, nrows*width)
	for i := range t.rows {
		t.rows[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return nil
}

// take returns the next n bytes, and false when fewer are left.
func (r *modelReader) take(n int) ([]byte, bool) {
	if n > len(r.b) {
		return nil, false
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b, true
}
