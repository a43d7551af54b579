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
	return buildLoneSet(func(yield func(string, int, bool) bool) {
		for i := range recs {
			fresh := i == 0 || recs[i].num > recs[i-1].num+1
			if !yield(recs[i].text, recs[i].cols, fresh) {
				return
			}
		}
	}, width)
}

// loneLinesText is loneLines on the lines of text, read as measureWrap
// reads them (cr: a lone "\r" ends a line too).
func loneLinesText(text string, width int, cr bool) loneSet {
	return buildLoneSet(func(yield func(string, int, bool) bool) {
		fresh := true
		for rest := text; len(rest) > 0; {
			var line string
			line, rest = nextLine(rest, cr)
			indent, body := lineIndent(line)
			if body == "" {
				fresh = true
				continue
			}
			if !yield(body, columns(indent, body, maxWrapCols), fresh) {
				return
			}
			fresh = false
		}
	}, width)
}

// buildLoneSet is loneLines on the lines that lines yields: each line's
// text, columns and whether it follows a blank line or opens the text.
func buildLoneSet(lines func(yield func(text string, cols int, fresh bool) bool), width int) loneSet {
	// Only the short lines that a full line would take in need a slot:
	// few, the last lines of paragraphs mostly. Three passes: count them,
	// add them, and mark those that stand alone elsewhere.
	var s loneSet
	for pass := 0; pass < 3; pass++ {
		prevCols := 0
		lines(func(text string, cols int, fresh bool) bool {
			if cols <= maxLoneCols {
				alone := fresh || prevCols > width || prevCols+1+wordCols(text, maxJoinWord) <= width
				switch {
				case pass == 0 && !alone:
					s.joined++
				case pass == 1 && !alone:
					s.add(text)
				case pass == 2 && alone:
					s.markAlone(text)
				}
			}
			prevCols = cols
			return true
		})
		if s.joined == 0 {
			return loneSet{}
		}
		if pass == 0 {
			size := 4
			for size < 2*s.joined {
				size <<= 1
			}
			s.slots = make([]uint64, size)
		}
	}
	return s
}

// hash returns the hash of a line's text with its flag bits clear, never
// 0.
func (s loneSet) hash(text string) uint64 {
	return maphash.String(loneSeed, text)&^loneFlags | 1<<63
}

// slot returns the slot that holds the line of text, or the empty slot
// where it would go.
func (s loneSet) slot(text string) (p *uint64, h uint64) {
	h = s.hash(text)
	mask := uint64(len(s.slots) - 1)
	for k := (h >> 2) & mask; ; k = (k + 1) & mask {
		if p = &s.slots[k]; *p == 0 || *p&^loneFlags == h {
			return p, h
		}
	}
}

// add counts a line of text that a line before would take in.
func (s loneSet) add(text string) {
	if p, h := s.slot(text); *p == 0 {
		*p = h
	} else {
		*p |= loneTwice
	}
}

// markAlone counts a line of text that stands alone, when the set holds
// it: the line is then seen twice, and once alone.
func (s loneSet) markAlone(text string) {
	if p, _ := s.slot(text); *p != 0 {
		*p |= loneFlags
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
