package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minChipBytes is the fewest bytes of text a span must hold to count as
// a chip (see chipGaps): a one-letter span is a drop cap or one letter of
// an animated headline, glued to the rest of its word.
const minChipBytes = 2

// chipGaps finds, while the page is read, the word breaks a style sheet
// draws between two inline elements that the markup sets side by side
// with no white space between them: a reference prints a parameter's
// name, type and flags as a row of chips
// ("<span>amount</span><span>integer</span><span>required</span>"), a
// card its brand and product name, a feature row its tiles ("<span>AI
// agents</span><span>Automate tasks</span>"), and a flex layout or a
// margin parts them on the screen. Read as inline text they run into one
// word ("amountintegerrequired", "agentsAutomate"). A break is owed where
// an element holding at least minChipBytes of text closes and the next
// opens with no text between them, or text follows at once; it is
// written when the words on its two sides change case as two words do
// (casedGap) or, between two elements, when both sides are letters or
// digits (needsGap, loose).
// A drop cap, a brand's inner capital after one letter ("i|Phone"), a
// name's second half after plain text ("Mc<span>Donald</span>"),
// punctuation and the scripts written without spaces stay as they are;
// so do listings (<pre>), whose spans are the highlighter's tokens. The
// breaks are only noted (see spaceChips), and written once the content
// is chosen: what the page model and the container search read stays as
// the markup has it.
type chipGaps struct {
	openAt  int       // where the text of the last inline element opened began
	closeAt int       // where the last chip ended; -1 when none
	gapAt   int       // where a break is owed; -1 when none
	pending []chipGap // the breaks owed in the block being read (block unset)
	found   []chipGap
}

// chipGap is a word break owed in a block's text. cased says the words
// on its two sides change case as two words do (see casedGap), loose
// that it parts two elements whose edges are letters or digits (see
// needsGap).
type chipGap struct {
	block, at    int32
	cased, loose bool
	// page is where in the page the text after the break begins, when
	// the markup is kept (Options.KeepMarkup), -1 otherwise: the
	// rendered HTML writes the break there too.
	page int32
}

// flushed ends the block being read: when it became block number block
// (-1 when it was empty or over the limit), with text of n bytes, the
// breaks owed in it are kept. The next block's offsets start from zero.
func (c *chipGaps) flushed(block, n int) {
	if block >= 0 {
		for _, g := range c.pending {
			if int(g.at) < n {
				g.block = int32(block)
				c.found = append(c.found, g)
			}
		}
	}
	c.pending = c.pending[:0]
	c.closeAt, c.gapAt = -1, -1
}

// open notes an inline element opening at buffer offset n.
func (c *chipGaps) open(n int) {
	if c.closeAt == n {
		c.gapAt = n
	}
	c.openAt = n
}

// close notes an inline element closing at buffer offset n.
func (c *chipGaps) close(n int) {
	c.closeAt = -1
	if n-c.openAt >= minChipBytes {
		c.closeAt = n
	}
}

// text notes text t arriving after what buf holds, from page offset
// page (-1 when not recorded): a break is owed before it when it follows
// a chip, as a chip of its own or as plain text (see chipGaps).
func (c *chipGaps) text(buf, t []byte, page int) {
	n := len(buf)
	owed := c.gapAt == n && n > 0
	// Text right after a chip ("<span>Nike</span>Air Max") is parted
	// only where the case says so.
	after := c.closeAt == n && n > 0
	c.gapAt, c.closeAt = -1, -1
	if !owed && !after || len(t) < minChipBytes && !(owed && capitalLetter(t)) {
		return
	}
	loose := owed && needsGap(buf, t)
	if cased := casedGap(buf, t); cased || loose {
		c.pending = append(c.pending, chipGap{at: int32(n), cased: cased, loose: loose, page: int32(page)})
	}
}

// space is text for white space alone: the white space parts the text
// before it from the text after, so no break is owed (needsGap is false).
func (c *chipGaps) space() {
	c.gapAt, c.closeAt = -1, -1
}

// casedGap reports whether the text before an edge between two inline
// elements ends as a word ends, with a small letter, a digit or closing
// punctuation, and the text after starts with a capital: "AI
// agents|Automate tasks", "2026|Drama", "Sale!|New in". One word is not
// styled that way: a brand's inner capital ("iPhone", "McDonald") or a
// drop cap sits after a single letter, which is no chip.
func casedGap(before, after []byte) bool {
	q, qn := utf8.DecodeRune(after)
	if q < utf8.RuneSelf {
		if q < 'A' || q > 'Z' {
			return false
		}
	} else if q >= 0x0E00 || !unicode.IsUpper(q) {
		return false
	}
	r, _ := utf8.DecodeLastRune(before)
	if r < utf8.RuneSelf {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || closingPunct(byte(r)) {
			return true
		}
	} else if r < 0x0E00 && unicode.IsLower(r) {
		return true
	}
	// An acronym before a capitalised word: "AI|Agents", "RPG|Fantasy".
	return unicode.IsUpper(r) && opensLower(after[qn:])
}

// opensLower reports whether t starts with a small letter.
func opensLower(t []byte) bool {
	q, _ := utf8.DecodeRune(t)
	if q < utf8.RuneSelf {
		return q >= 'a' && q <= 'z'
	}
	return q < 0x0E00 && unicode.IsLower(q)
}

// closingPunct reports whether c ends a phrase: what follows it with a
// capital is a word of its own. A full stop, a comma or a colon does not:
// in a reference they join a name's parts ("plover.Pool", "std::Vec").
func closingPunct(c byte) bool {
	switch c {
	case ')', ']', '!', '?', '%':
		return true
	}
	return false
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

// spaceChips writes the word breaks that chipGaps found, once: the cased
// ones on every page, and with all (a documentation page, whose reference
// parameter rows read "amount integer required", or a listing, whose
// rows of date, reading time and tags do) the loose ones too. On other
// pages a shop's or a portal's rows of spans are its chrome more often
// than its text; before the content is chosen, breaks written there
// moved the choice of container. With keptOnly only the blocks kept as
// the main text are rewritten: the new texts share one string, so that
// the pass adds one allocation to a page, not one per block.
func spaceChips(s *segmenter, all, keptOnly bool) {
	// The breaks to write, and the bytes their blocks' new texts take:
	// the texts are written into one string.
	gaps := s.chips.found
	n, size, last, added := 0, 0, int32(-1), 0
	for _, g := range gaps {
		if int(g.block) >= len(s.blocks) {
			break // the blocks are in order: no later gap has a block
		}
		b := &s.blocks[g.block]
		if !g.cased && !(all && g.loose) || keptOnly && !b.Kept || g.at <= 0 || int(g.at) >= len(b.Text) {
			continue
		}
		if g.block != last {
			size += len(b.Text)
			last, added = g.block, 0
		}
		if len(b.Text)+added >= s.lim.MaxBlockChars {
			continue // a break would take the block over Limits.MaxBlockChars
		}
		added++
		size++
		gaps[n] = g
		n++
	}
	gaps = gaps[:n]
	var sb strings.Builder
	sb.Grow(size)
	for i := 0; i < len(gaps); {
		j := i + 1
		for j < len(gaps) && gaps[j].block == gaps[i].block {
			j++
		}
		b := &s.blocks[gaps[i].block]
		start, last := sb.Len(), 0
		for _, g := range gaps[i:j] {
			if at := int(g.at); at > last {
				sb.WriteString(b.Text[last:at])
				sb.WriteByte(' ')
				last = at
				b.Features.Words++
				if s.src != nil && g.page >= 0 {
					s.src.spaces = append(s.src.spaces, g.page)
				}
			}
		}
		sb.WriteString(b.Text[last:])
		gaps[i].at = int32(start) // where the block's new text starts
		i = j
	}
	if s.src != nil && !slices.IsSorted(s.src.spaces) {
		slices.Sort(s.src.spaces)
	}
	texts := sb.String()
	for i := 0; i < len(gaps); {
		j := i + 1
		for j < len(gaps) && gaps[j].block == gaps[i].block {
			j++
		}
		end := len(texts)
		if j < len(gaps) {
			end = int(gaps[j].at)
		}
		s.blocks[gaps[i].block].Text = texts[gaps[i].at:end]
		i = j
	}
	s.chips.found = s.chips.found[:0]
}

// capitalLetter reports whether t is one capital letter of ASCII: a
// chip of its own between two elements, as a film's rating ("1h 54m|R")
// or a size ("Blue|M") is, not a drop cap, which no chip precedes.
func capitalLetter(t []byte) bool {
	return len(t) == 1 && t[0] >= 'A' && t[0] <= 'Z'
}
