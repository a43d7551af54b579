package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minChipBytes is the fewest bytes of text a span must hold to count as
// a chip (see chipGaps): a one-letter span is a drop cap or one letter of
// an animated headline, glued to the rest of its word.
const minChipBytes = 2

// chipGaps finds, while the page is read, the word breaks a style sheet draws between two spans
// that the markup sets side by side with no white space between them:
// a reference prints a parameter's name, type and flags as a row of
// chips ("<span>amount</span><span>integer</span><span>required</span>"),
// a card its date and its reading time, a table its value and its unit,
// and a flex layout or a margin parts them on the screen. Read as inline
// text they run into one word ("amountintegerrequired"). A break is
// owed where a span of at least minChipBytes closes and the next span
// opens with no text between them; it is written when the text that
// follows starts with a letter or a digit and the text before ends with
// one (see needsGap), so that punctuation ("<span>f</span><span>(</span>")
// and the scripts written without spaces stay as they are. Spans in a
// listing (<pre>) are the highlighter's tokens and owe nothing, and so do
// spans in links (a menu's items). The breaks are only noted (see
// spaceChips): what the page model and the container search read stays
// as the markup has it.
type chipGaps struct {
	openAt  int     // where the text of the last span opened began
	closeAt int     // where the last chip ended; -1 when none
	gapAt   int     // where a break is owed; -1 when none
	pending []int32 // the breaks owed in the block being read
	found   []chipGap
}

// chipGap is a word break owed in a block's text.
type chipGap struct {
	block, at int32
}

// flushed ends the block being read: when it became block number block
// (-1 when it was empty or over the limit), with text of n bytes, the
// breaks owed in it are kept. The next block's offsets start from zero.
func (c *chipGaps) flushed(block, n int) {
	if block >= 0 {
		for _, at := range c.pending {
			if int(at) < n {
				c.found = append(c.found, chipGap{int32(block), at})
			}
		}
	}
	c.pending = c.pending[:0]
	c.closeAt, c.gapAt = -1, -1
}

// open notes a span opening at buffer offset n.
func (c *chipGaps) open(n int) {
	if c.closeAt == n {
		c.gapAt = n
	}
	c.openAt = n
}

// close notes a span closing at buffer offset n.
func (c *chipGaps) close(n int, linked bool) {
	c.closeAt = -1
	if n-c.openAt >= minChipBytes && !linked {
		c.closeAt = n
	}
}

// text notes text t arriving after what buf holds: a break is owed
// before it when it follows a chip as a chip of its own (see chipGaps).
func (c *chipGaps) text(buf, t []byte) {
	n := len(buf)
	owed := c.gapAt == n && n > 0
	c.gapAt, c.closeAt = -1, -1
	if owed && len(t) >= minChipBytes && needsGap(buf, t) {
		c.pending = append(c.pending, int32(n))
	}
}

// space is text for white space alone: the white space parts the text
// before it from the text after, so no break is owed (needsGap is false).
func (c *chipGaps) space() {
	c.gapAt, c.closeAt = -1, -1
}

// needsGap reports whether the last rune of before and the first of
// after are both letters or digits of a script that parts its words with
// spaces (below U+0E00: Latin, Greek, Cyrillic, Arabic, Hebrew, the
// Indic scripts).
func needsGap(before, after []byte) bool {
	r, _ := utf8.DecodeLastRune(before)
	q, _ := utf8.DecodeRune(after)
	return spacedWordRune(r) && spacedWordRune(q)
}

// spacedWordRune reports whether r is a letter or digit of a script
// written with spaces between its words.
func spacedWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return r < 0x0E00 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// spaceChips writes, on a documentation page, the word breaks that
// chipGaps found: a reference's parameter rows ("amount integer
// required") read as words. On other pages the spans stay as the markup
// joins them: a shop's or a portal's rows of spans are its chrome more
// often than its text, and their words weigh in the choice of the
// container.
func spaceChips(s *segmenter) {
	gaps := s.chips.found
	for i := 0; i < len(gaps); {
		j := i + 1
		for j < len(gaps) && gaps[j].block == gaps[i].block {
			j++
		}
		if int(gaps[i].block) >= len(s.blocks) {
			break // the blocks are in order: no later gap has a block
		}
		b := &s.blocks[gaps[i].block]
		var sb strings.Builder
		sb.Grow(len(b.Text) + j - i)
		last := 0
		for _, g := range gaps[i:j] {
			at := int(g.at)
			if at <= last || at >= len(b.Text) {
				continue
			}
			sb.WriteString(b.Text[last:at])
			sb.WriteByte(' ')
			last = at
			b.Features.Words++
		}
		sb.WriteString(b.Text[last:])
		b.Text = sb.String()
		i = j
	}
}
