// Package runetab fills tables indexed by code point from the ranges of
// the Unicode tables. The text scanners keep such tables for the runes
// below U+0800 or so, the common case; filling them a range at a time
// costs a small part of asking the unicode package about each rune, which
// is a search of its tables, at the start of every process.
package runetab

import "unicode"

// Set sets t[r] to v for each code point r below len(t) that is in one of
// the tables.
func Set[T any](t []T, v T, tables ...*unicode.RangeTable) {
	for _, table := range tables {
		for _, g := range table.R16 {
			if int(g.Lo) >= len(t) {
				break // the ranges are sorted
			}
			for r := int(g.Lo); r <= int(g.Hi) && r < len(t); r += int(g.Stride) {
				t[r] = v
			}
		}
		for _, g := range table.R32 {
			if int(g.Lo) >= len(t) {
				break
			}
			for r := int(g.Lo); r <= int(g.Hi) && r < len(t); r += int(g.Stride) {
				t[r] = v
			}
		}
	}
}

// Lower sets t[r] to unicode.ToLower(r) for each code point r below len(t).
func Lower(t []rune) {
	for r := range t {
		t[r] = rune(r)
	}
	for _, cr := range unicode.CaseRanges {
		lo, d := rune(cr.Lo), cr.Delta[unicode.LowerCase]
		if lo >= rune(len(t)) {
			break // the ranges are sorted
		}
		for r := lo; r <= min(rune(cr.Hi), rune(len(t))-1); r++ {
			if d > unicode.MaxRune {
				// an upper-lower run: upper case at even offsets
				// from lo, its lower case just after (unicode.To)
				t[r] = lo + ((r-lo)&^1 | 1)
			} else {
				t[r] = r + d
			}
		}
	}
}
