package main

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"testing"
)

// parsed is a model of format 2 as read back by readFormat2.
type parsed struct {
	firsts []uint64
	rows   [][]pair
	keys   []uint64
	rowOf  []uint64
}

func readFormat2(t *testing.T, data []byte) parsed {
	b, ok := bytes.CutPrefix(data, []byte("WNLM\x02"))
	if !ok {
		t.Fatal("no format 2 magic")
	}
	next := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			t.Fatal("bad uvarint")
		}
		b = b[n:]
		return v
	}
	var p parsed
	nl := next()
	for range nl {
		b = b[next():]
	}
	nk := uint64(0)
	for range nl {
		p.firsts = append(p.firsts, next())
		nk += p.firsts[len(p.firsts)-1]
	}
	for nr := next(); nr > 0; nr-- {
		var ps []pair
		for k := 1; k < 1+2*int(b[0]); k += 2 {
			ps = append(ps, pair{b[k], b[k+1]})
		}
		p.rows = append(p.rows, ps)
		b = b[1+2*int(b[0]):]
	}
	key := uint64(0)
	for range nk {
		key += next()
		p.keys = append(p.keys, key)
		p.rowOf = append(p.rowOf, next())
	}
	if len(b) != 0 {
		t.Fatalf("%d bytes after the keys", len(b))
	}
	return p
}

func TestEncodeModel(t *testing.T) {
	entries := map[uint64][]pair{
		5:  {{0, 10}},
		9:  {{1, 3}, {0, 2}}, // the row of 30, in another order
		12: {{2, 10}},        // the sum of 5's row: after it
		20: {{0, 10}},        // 5's row
		30: {{0, 2}, {1, 3}},
		40: {{3, 90}, {4, 1}}, // the hottest row
	}
	got := readFormat2(t, encodeModel(entries))
	wantRows := [][]pair{{{3, 90}, {4, 1}}, {{0, 10}}, {{2, 10}}, {{0, 2}, {1, 3}}}
	if !reflect.DeepEqual(got.rows, wantRows) {
		t.Errorf("rows %v, want %v", got.rows, wantRows)
	}
	if want := []uint64{5, 9, 12, 20, 30, 40}; !reflect.DeepEqual(got.keys, want) {
		t.Errorf("keys %v, want %v", got.keys, want)
	}
	if want := []uint64{1, 3, 2, 1, 3, 0}; !reflect.DeepEqual(got.rowOf, want) {
		t.Errorf("rows of the keys %v, want %v", got.rowOf, want)
	}
	wantFirsts := make([]uint64, len(modelLanguages))
	wantFirsts[0], wantFirsts[2], wantFirsts[3] = 4, 1, 1
	if !reflect.DeepEqual(got.firsts, wantFirsts) {
		t.Errorf("key counts %v, want %v", got.firsts, wantFirsts)
	}
}

func TestDecodeFormat1(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("WNLM\x01")
	putUvarint(&b, uint64(len(modelLanguages)))
	for _, c := range modelLanguages {
		putUvarint(&b, uint64(len(c)))
		b.WriteString(c)
	}
	putUvarint(&b, 2)
	putUvarint(&b, 7)                // key 7
	b.Write([]byte{2, 0, 10, 1, 20}) // (0, 10), (1, 20)
	putUvarint(&b, 300)              // key 307
	b.Write([]byte{1, 5, 1})         // (5, 1)
	got, err := decodeFormat1(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64][]pair{7: {{0, 10}, {1, 20}}, 307: {{5, 1}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := decodeFormat1(b.Bytes()[:b.Len()-1]); err == nil {
		t.Error("a cut model was accepted")
	}
	if _, err := decodeFormat1(encodeModel(want)); err == nil {
		t.Error("a model of format 2 was accepted")
	}
}
