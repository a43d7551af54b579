package runetab

import (
	"testing"
	"unicode"
)

const limit = 0x10000 // the tables' Basic Multilingual Plane, and some R32 ranges below it

// TestSet: Set marks exactly the runes unicode.Is finds in each table,
// and the union of several tables when given more than one.
func TestSet(t *testing.T) {
	tables := []*unicode.RangeTable{unicode.Letter, unicode.Mark, unicode.Upper, unicode.Digit, unicode.Punct,
		unicode.Cyrillic, unicode.Han}
	for _, table := range tables {
		var got [limit]uint8
		Set(got[:], 7, table)
		for r := range rune(limit) {
			if want := unicode.Is(table, r); (got[r] == 7) != want {
				t.Fatalf("U+%04X: set %v, unicode.Is %v", r, got[r] == 7, want)
			}
		}
	}
	var both [0x800]bool
	Set(both[:], true, unicode.Letter, unicode.Mark)
	for r := range rune(len(both)) {
		if want := unicode.IsLetter(r) || unicode.IsMark(r); both[r] != want {
			t.Fatalf("U+%04X: letter or mark %v, want %v", r, both[r], want)
		}
	}
}

// TestSetShortTables: Set fills no entry of a table too short to hold
// any rune of the ranges, and does not panic on an empty one.
func TestSetShortTables(t *testing.T) {
	// A table short of the ranges leaves the rest alone.
	var got [4]int
	Set(got[:], 1, unicode.Upper)
	if got != [4]int{} {
		t.Fatalf("no upper case letter below U+0004, got %v", got)
	}
	Set(got[:0], 1, unicode.Letter) // nothing to fill: no panic
}

func TestLower(t *testing.T) {
	var got [limit]rune
	Lower(got[:])
	for r := range rune(limit) {
		if want := unicode.ToLower(r); got[r] != want {
			t.Fatalf("U+%04X: lower %U, want %U", r, got[r], want)
		}
	}
}
