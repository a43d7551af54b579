package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
)

// encodeModel writes the model in format 2, which package lang decodes
// without sorting or comparing rows (see lang.decodeModel): magic, the
// language codes, for each language the number of n-grams whose row's
// first pair is of it (lang sizes its tables from these), the distinct
// rows of (language, bonus) pairs, then each n-gram in key order as the
// key delta and the number of its row, all as uvarints and bytes. Many n-grams share a row (half of the Latin ones), so
// each distinct row is written once, and the rows come by decreasing sum
// of bonuses, ties in the order of their first n-gram: an n-gram with large
// bonuses in many languages is common in text, and lang keeps this order
// so that the rows a text reads most share cache lines. A row's pairs are
// in language order, so equal rows have equal pairs.
func encodeModel(entries map[uint64][]pair) []byte {
	keys := make([]uint64, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var rows [][]pair
	rowOf := make([]int, len(keys))
	index := map[string]int{}
	for i, k := range keys {
		ps := slices.Clone(entries[k])
		slices.SortFunc(ps, func(a, b pair) int { return int(a.lang) - int(b.lang) })
		var id strings.Builder
		for _, p := range ps {
			id.WriteByte(p.lang)
			id.WriteByte(p.bonus)
		}
		r, ok := index[id.String()]
		if !ok {
			r = len(rows)
			index[id.String()] = r
			rows = append(rows, ps) // sorted, as firsts below needs
		}
		rowOf[i] = r
	}
	sum := func(ps []pair) int {
		s := 0
		for _, p := range ps {
			s += int(p.bonus)
		}
		return s
	}
	order := make([]int, len(rows)) // rows by heat
	for r := range order {
		order[r] = r
	}
	sort.SliceStable(order, func(i, j int) bool { return sum(rows[order[i]]) > sum(rows[order[j]]) })
	place := make([]int, len(rows))
	for at, r := range order {
		place[r] = at
	}

	var b bytes.Buffer
	b.WriteString("WNLM\x02")
	putUvarint(&b, uint64(len(modelLanguages)))
	for _, c := range modelLanguages {
		putUvarint(&b, uint64(len(c)))
		b.WriteString(c)
	}
	firsts := make([]int, len(modelLanguages))
	for _, r := range rowOf {
		firsts[rows[r][0].lang]++
	}
	for _, n := range firsts {
		putUvarint(&b, uint64(n))
	}
	putUvarint(&b, uint64(len(rows)))
	for _, r := range order {
		b.WriteByte(uint8(len(rows[r])))
		for _, p := range rows[r] {
			b.WriteByte(p.lang)
			b.WriteByte(p.bonus)
		}
	}
	prev := uint64(0)
	for i, k := range keys {
		putUvarint(&b, k-prev)
		prev = k
		putUvarint(&b, uint64(place[rowOf[i]]))
	}
	return b.Bytes()
}

// recodeModel reads a model of format 1, each n-gram in key order with
// its own (language, bonus) pairs, and writes it to out in the current
// format. Its languages must be modelLanguages.
func recodeModel(in, out string) error {
	data, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	entries, err := decodeFormat1(data)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	return os.WriteFile(out, encodeModel(entries), 0o644)
}

func decodeFormat1(data []byte) (map[uint64][]pair, error) {
	bad := fmt.Errorf("not a model of format 1")
	b, ok := bytes.CutPrefix(data, []byte("WNLM\x01"))
	if !ok {
		return nil, bad
	}
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
	if nl != len(modelLanguages) {
		return nil, bad
	}
	for _, c := range modelLanguages {
		l := int(next())
		if l > len(b) || string(b[:l]) != c {
			return nil, bad
		}
		b = b[l:]
	}
	entries := map[uint64][]pair{}
	key := uint64(0)
	for nk := next(); nk > 0; nk-- {
		key += next()
		if len(b) < 1 || len(b) < 1+2*int(b[0]) {
			return nil, bad
		}
		var ps []pair
		for k := 1; k < 1+2*int(b[0]); k += 2 {
			ps = append(ps, pair{b[k], b[k+1]})
		}
		entries[key] = ps
		b = b[1+2*int(b[0]):]
	}
	if len(b) != 0 {
		return nil, bad
	}
	return entries, nil
}
