package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
)

// minPairRows is how many rows of name and value make a table written
// without <table> or <dl>.
const minPairRows = 3

// maxPairNameWords bounds the name of a row ("Battery life", "Sensor /
// DPI"): a name longer than this is prose, and the rows no table.
const maxPairNameWords = 5

// maxPairValueWords bounds a row's value ("Up to 150 hours (22 hours at
// 8K polling)"): a heading over a paragraph of its own is a card, not a
// row of a table.
const maxPairValueWords = 12

// keepPairRows keeps, inside the main container (mask), a table written
// as elements: at least minPairRows rows one after the other under one
// parent, each row an element that holds exactly two blocks, a short name
// and its value ("Weight" / "56g"). A review's specifications printed so
// are its content, but every cell is too short for density to keep. The
// table must stand between kept text of the container, have few links
// and no negative hint; only density's verdicts are taken back.
func keepPairRows(s *segmenter, mask []bool) {
	blocks := s.blocks
	// The last kept block of the container, found once: a scan for kept
	// text after each table cost a pass over the rest of the page per
	// table. A table taken back stands before the tables after it, so
	// what the loop keeps does not move it for them.
	lastKept := -1
	for i := len(blocks) - 1; i >= 0; i-- {
		if mask[i] && blocks[i].Kept {
			lastKept = i
			break
		}
	}
	seenKept := false
	for i := 0; i < len(blocks); {
		if blocks[i].Kept {
			seenKept = true
		}
		end := pairRowsEnd(s, mask, i)
		if end < 0 {
			i++
			continue
		}
		if seenKept && lastKept >= end && plainCells(blocks[i:end]) {
			for j := i; j < end; j++ {
				if b := &blocks[j]; pairVerdict(b.Reason) {
					b.Keep()
				}
			}
		}
		i = end
	}
}

// pairRowsEnd returns the end of the table of name and value rows that
// starts at block i, -1 when none starts there.
func pairRowsEnd(s *segmenter, mask []bool, i int) int {
	table := int32(-1)
	rows, j := 0, i
	for ; isPairRow(s, mask, j); j += 2 {
		row := s.nodes[s.blockAt[j]].parent
		up := s.nodes[row].parent
		if rows > 0 && up != table {
			break
		}
		table = up
		rows++
	}
	if rows < minPairRows {
		return -1
	}
	return j
}

// isPairRow reports whether blocks j and j+1, inside the container, are
// the only two blocks of one element (a row): a short name that begins
// with a letter and a short value, each the row's child. A row that opens
// on a figure ("67%" over "Online Enrollment", "40% higher GPU
// performance" over "delivers immersive gaming") is a card's fact or a
// slogan, not a name; a name that is a link is a teaser's title.
func isPairRow(s *segmenter, mask []bool, j int) bool {
	blocks := s.blocks
	if j < 0 || j+1 >= len(blocks) || !mask[j] || !mask[j+1] {
		return false
	}
	row := s.nodes[s.blockAt[j]].parent
	if row < 0 || s.nodes[s.blockAt[j+1]].parent != row || s.blockAt[j] == row {
		return false
	}
	if j > 0 && s.nodes[s.blockAt[j-1]].parent == row || j+2 < len(blocks) && s.nodes[s.blockAt[j+2]].parent == row {
		return false
	}
	name, value := &blocks[j].Features, &blocks[j+1].Features
	first, _ := utf8.DecodeRuneInString(blocks[j].Text)
	return name.Words >= 1 && name.Words <= maxPairNameWords && unicode.IsLetter(first) && 2*name.LinkWords < name.Words &&
		value.Words >= 1 && value.Words <= maxPairValueWords &&
		blocks[j].Kind != boilerplate.KindHeading && blocks[j+1].Kind != boilerplate.KindHeading
}

// plainCells reports whether the cells of a table have few links and no
// negative hint, and not all of them repeat text printed before:
// specifications, not a menu, a post's facts in a box or a copy of a
// table.
func plainCells(cells []boilerplate.Block) bool {
	words, links, own := 0, 0, 0
	for i := range cells {
		f := &cells[i].Features
		if f.Hints&negativeHints != 0 {
			return false
		}
		words += f.Words
		links += f.LinkWords
		if cells[i].Reason != boilerplate.ReasonRepeatedInPage {
			own++
		}
	}
	return 4*links < words && own > 0
}

// pairVerdict reports whether r, on a cell of a table of name and value
// rows, is a verdict the table's structure takes back: density's, a
// dateline (a value such as "60-70 hours" or "May 2024" is what its name
// says, not the page's date) and a repeat (a review's tables print the
// same names for every product).
func pairVerdict(r boilerplate.Reason) bool {
	return densityVerdict(r) || r == boilerplate.ReasonDateline || r == boilerplate.ReasonRepeatedInPage
}
