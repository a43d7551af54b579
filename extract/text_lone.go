package extract

import "hash/maphash"

// maxLoneCols bounds the lines that loneLines looks at: a label (an ad
// slot's, a section's), not a line of prose.
const maxLoneCols = 40

// loneSeed hashes the lines of a loneSet; a seed is the same for every
// text, and set once.
var loneSeed = maphash.MakeSeed()

// A loneSet holds the short lines of a wrapped text that are never joined
// to the line before them: an open-addressed table of their hashes, 0
// marking a free slot. A slot packs a line's hash (its top 62 bits) with
// two flags: seen twice (loneTwice) and once alone (loneAlone).
type loneSet struct {
	slots []uint64
	// joined counts the short lines that a line before would take in,
	// lone or not: the most blocks the set adds.
	joined int
}

// The flags of a loneSet slot.
const (
	loneTwice = 1 << iota
	loneAlone
	loneFlags = loneTwice | loneAlone
)

// loneLines returns the short lines of text wrapped at width (recs, every
// line that holds text) that stand as a line of their own two times or
// more, and alone at least once (after a blank line, first, or after a
// line that the wrap did not break: joinLine would split them): a label
// that the page prints between paragraphs too ("Advertisement" in each ad
// slot), which a full line before it would otherwise take in. The last
// line of a paragraph copied twice follows a full line each time.
func loneLines(recs []lineRec, width int) loneSet {
	// Only the short lines that a full line would take in need a slot:
	// few, the last lines of paragraphs mostly.
	joined := 0
	for i := range recs {
		if recs[i].cols <= maxLoneCols && !standsAlone(recs, i, width) {
			joined++
		}
	}
	if joined == 0 {
		return loneSet{}
	}
	size := 4
	for size < 2*joined {
		size <<= 1
	}
	s := loneSet{slots: make([]uint64, size), joined: joined}
	for i := range recs {
		if recs[i].cols <= maxLoneCols && !standsAlone(recs, i, width) {
			s.add(recs[i].text)
		}
	}
	for i := range recs {
		if recs[i].cols <= maxLoneCols && standsAlone(recs, i, width) {
			s.markAlone(recs[i].text)
		}
	}
	return s
}

// standsAlone reports whether line i of recs (wrapped at width) is a
// block of its own whatever its text: the first line, a line after a
// blank line, or one that joinLine would not join to the line before it
// for want of a fit (or for a line before that is wider than the width).
func standsAlone(recs []lineRec, i, width int) bool {
	if i == 0 || recs[i].num > recs[i-1].num+1 {
		return true
	}
	a := &recs[i-1].wrapLine
	return a.cols > width || a.cols+1+wordCols(recs[i].text, maxJoinWord) <= width
}

// hash returns the hash of a line's text with its flag bits clear, never
// 0.
func (s loneSet) hash(text string) uint64 {
	return maphash.String(loneSeed, text)&^loneFlags | 1<<63
}

// add counts a line of text that a line before would take in.
func (s loneSet) add(text string) {
	h := s.hash(text)
	mask := uint64(len(s.slots) - 1)
	for k := (h >> 2) & mask; ; k = (k + 1) & mask {
		switch slot := &s.slots[k]; {
		case *slot == 0:
			*slot = h
			return
		case *slot&^loneFlags == h:
			*slot |= loneTwice
			return
		}
	}
}

// markAlone counts a line of text that stands alone, when the set holds
// it: the line is then seen twice, and once alone.
func (s loneSet) markAlone(text string) {
	h := s.hash(text)
	mask := uint64(len(s.slots) - 1)
	for k := (h >> 2) & mask; ; k = (k + 1) & mask {
		switch slot := &s.slots[k]; {
		case *slot == 0:
			return
		case *slot&^loneFlags == h:
			*slot |= loneFlags
			return
		}
	}
}

// has reports whether text is a lone line.
func (s loneSet) has(text string) bool {
	if len(s.slots) == 0 {
		return false
	}
	h := s.hash(text)
	mask := uint64(len(s.slots) - 1)
	for k := (h >> 2) & mask; ; k = (k + 1) & mask {
		switch slot := s.slots[k]; {
		case slot&^loneFlags == h:
			return slot&loneFlags == loneFlags
		case slot == 0:
			return false
		}
	}
}
