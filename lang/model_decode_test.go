package lang

import (
	"encoding/binary"
	"slices"
	"testing"
)

// countsAt returns the offset of the key counts in data, after the magic
// and the language codes.
func countsAt(t testing.TB, data []byte) int {
	at := 5
	nl, n := binary.Uvarint(data[at:])
	at += n
	for range nl {
		l, n := binary.Uvarint(data[at:])
		at += n + int(l)
	}
	if at >= len(data) {
		t.Fatal("no key counts")
	}
	return at
}

// withCounts returns data with its key counts changed by edit.
func withCounts(t *testing.T, data []byte, edit func(counts []uint64)) []byte {
	at := countsAt(t, data)
	nl, _ := binary.Uvarint(data[5:])
	counts := make([]uint64, nl)
	end := at
	for i := range counts {
		v, n := binary.Uvarint(data[end:])
		counts[i], end = v, end+n
	}
	edit(counts)
	out := slices.Clone(data[:at])
	for _, c := range counts {
		out = binary.AppendUvarint(out, c)
	}
	return append(out, data[end:]...)
}

// TestDecodeModelRejectsBadFormat2 checks that the decoder refuses data
// whose parts disagree, which would size a table wrongly or read past it.
func TestDecodeModelRejectsBadFormat2(t *testing.T) {
	good := modelData
	at := countsAt(t, good)
	if low := good[at] & 0x7F; low == 0 || low == 0x7F { // ±1 keeps its length

		t.Fatalf("first key count byte %#x: pick another test edit", good[at])
	}
	edit := func(i int, delta int) []byte {
		b := slices.Clone(good)
		b[i] = byte(int(b[i]) + delta)
		return b
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"format 1 magic", append([]byte("WNLM\x01"), good[5:]...)},
		{"key count too low", edit(at, -1)},
		{"key count too high", edit(at, +1)},
		{"last row number cut", good[:len(good)-1]},
		{"bytes after the keys", append(slices.Clip(good), 0)},
		{"no rows", good[:at+1]},
		// the right sum, but a Latin key counted as Cyrillic: the Latin
		// table would be sized for a key less
		{"key of another group", withCounts(t, good, func(c []uint64) { c[0]--; c[len(c)-6]++ })},
	} {
		if _, err := decodeModel(tc.data); err == nil {
			t.Errorf("%s: decodeModel accepted the data", tc.name)
		}
	}
}

// FuzzDecodeModel checks that decoding any data returns a model or an
// error, without panicking, and that a decoded model answers lookups.
func FuzzDecodeModel(f *testing.F) {
	f.Add(modelData[:200])
	f.Add(modelData[:countsAt(f, modelData)+60])
	f.Add([]byte("WNLM\x02\x01\x02en\x01\x01\x01\x00\x10\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeModel(data)
		if err != nil {
			return
		}
		for g := range numGroups {
			if tb := &m.ngrams[g]; len(tb.slots) > 0 {
				tb.lookup(0x61)
			}
		}
	})
}
