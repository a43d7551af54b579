package boilerplate

import "math/bits"

// fpSlot is one entry of a host's fingerprint table.
type fpSlot struct {
	key   uint64 // fingerprint; 0 marks an empty slot
	pages uint32 // distinct pages it was seen on
	last  uint32 // the host's page number when it was last seen
}

// slotBytes is the size of an fpSlot: the memory a fingerprint costs, over
// the table's load factor.
const slotBytes = 16

// minTableSlots is the capacity of a new host's table.
const minTableSlots = 16

// fpTable is an open-addressing hash table (linear probing, power-of-two
// size, at most 3/4 full) from fingerprint to page count. It is not safe
// for concurrent use; the shard lock guards it. A table of 16-byte slots
// costs about a third of a Go map for the same entries, and its size in
// bytes is exact, which the memory bound relies on.
type fpTable struct {
	slots []fpSlot
	used  int
}

// init empties t with room for n slots (a power of two).
func (t *fpTable) init(n int) {
	t.slots = make([]fpSlot, n)
	t.used = 0
}

// get returns the page count of key and whether it is present.
func (t *fpTable) get(key uint64) (uint32, bool) {
	if key == 0 {
		key = 1
	}
	mask := uint64(len(t.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == key {
			return s.pages, true
		}
		if s.key == 0 {
			return 0, false
		}
	}
}

// add counts page, the host's page number, for key; a key added twice for
// one page counts once. The caller makes sure that the table fits one more
// key.
func (t *fpTable) add(key uint64, page uint32) {
	if key == 0 {
		key = 1
	}
	mask := uint64(len(t.slots) - 1)
	for i := key & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == key {
			if s.last != page && s.pages < ^uint32(0) {
				s.pages++ // once per page, however often the page has it
			}
			s.last = page
			return
		}
		if s.key == 0 {
			*s = fpSlot{key: key, pages: 1, last: page}
			t.used++
			return
		}
	}
}

// fits reports whether extra more keys keep the table at most 3/4 full.
func (t *fpTable) fits(extra int) bool {
	return 4*(t.used+extra) <= 3*len(t.slots)
}

// resize rehashes the table into n slots (a power of two, room enough).
func (t *fpTable) resize(n int) {
	old := t.slots
	t.slots = make([]fpSlot, n)
	t.reinsert(old, nil)
}

// reinsert adds the slots of old that keep returns true for.
func (t *fpTable) reinsert(old []fpSlot, keep func(*fpSlot) bool) {
	mask := uint64(len(t.slots) - 1)
	t.used = 0
	for i := range old {
		s := &old[i]
		if s.key == 0 || keep != nil && !keep(s) {
			continue
		}
		j := s.key & mask
		for t.slots[j].key != 0 {
			j = (j + 1) & mask
		}
		t.slots[j] = *s
		t.used++
	}
}

// staleAfter is how many of a host's pages may pass without a fingerprint
// before a sweep drops it whatever its count: a banner the site retired
// does not stay forever.
const staleAfter = 2000

// sweep drops the fingerprints seen on the fewest pages, the least useful
// ones, until at most half the table is used with extra more keys; page is
// the host's current page number. Counts are grouped by powers of two:
// every fingerprint of the lowest groups goes, and so does every
// fingerprint not seen in the last staleAfter pages. It reports false when
// even an empty table cannot take extra keys.
func (t *fpTable) sweep(extra int, page uint32) bool {
	if 2*extra > len(t.slots) {
		return false
	}
	var hist [33]int // hist[b]: fingerprints with bits.Len32(pages) == b
	for _, s := range t.slots {
		if s.key != 0 {
			hist[bits.Len32(s.pages)]++
		}
	}
	keep := t.used
	limit := uint32(0) // drop pages <= limit
	for b := 1; b < len(hist) && 2*(keep+extra) > len(t.slots); b++ {
		keep -= hist[b]
		limit = uint32(1)<<b - 1
	}
	old := t.slots
	t.slots = make([]fpSlot, len(old))
	t.reinsert(old, func(s *fpSlot) bool {
		return s.pages > limit && page-s.last <= staleAfter
	})
	return true
}
