package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/swar"
)

// splitTextLines returns a block for each non-blank line of text, of
// kind KindLine, with its text trimmed (not yet collapsed) and its line
// number, at most max of them. "\n", "\r\n" and a lone "\r" all end a
// line.
func splitTextLines(text string, max int) []boilerplate.Block {
	lines, _ := splitTextBlocks(text, max, 0, lineBound(text))
	return lines
}

// splitTextBlocks returns the blocks of text, at most max of them, with
// their text trimmed (not yet collapsed) and their first line's number. In
// text hard-wrapped at width columns (width > 0, see hardWrap) a block is a
// paragraph: the lines that the wrap broke are joined again (joinLine).
// Otherwise, and for lines that stand alone, a block is a line, of kind
// KindLine. cont lists the blocks that continue the paragraph before them
// but were split from it at a sentence end (joinLine), in order. room is
// the number of blocks expected (the lines of the text that hold text,
// or in wrapped text the lines less those the wrap broke); more grow the
// slice.
func splitTextBlocks(text string, max, width, room int) (blocks []boilerplate.Block, cont []int32) {
	// Room for every block, but never more than max: a text of line ends
	// would otherwise reserve a block for each byte of input.
	lines := make([]boilerplate.Block, 0, min(room, max))
	add := func(t string, num int) { lines = addLine(lines, t, num) }
	cr := strings.IndexByte(text, '\r') >= 0 // most texts have none: no search line by line
	if width > 0 {
		p := paragraphs{width: width, blocks: lines, max: max, lone: loneLinesText(text, width, cr)}
		num := 0
		for len(text) > 0 && !p.full() {
			var line string
			line, text = nextLine(text, cr)
			num++
			p.add(line, num, len(text))
			if p.blank && !cr {
				// The line was blank: so may be many after it.
				blank := 0
				blank, text = skipBlank(text)
				num += blank
			}
		}
		return p.close()
	}
	num := 0
	for len(text) > 0 && len(lines) < max {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		// A lone "\r" ends a line too (old Mac files); "\r\n" leaves one
		// at the end of line, trimmed below.
		for cr {
			j := strings.IndexByte(line, '\r')
			if j < 0 || j == len(line)-1 {
				break
			}
			num++
			if t := trimSpace(line[:j]); t != "" && len(lines) < max {
				add(t, num)
			}
			line = line[j+1:]
		}
		num++
		if t := trimSpace(strings.TrimSuffix(line, "\r")); t != "" && len(lines) < max {
			add(t, num)
		} else if t == "" && !cr {
			// A blank line: so may be many after it.
			blank := 0
			blank, text = skipBlank(text)
			num += blank
		}
	}
	return lines, nil
}

// splitRecs is splitTextBlocks on the lines of a text that measureWrap
// read, all of them (wrapShape.recs): text with lone "\r" line ends only
// when it is wrapped (width > 0), as measureWrap and splitTextBlocks then
// split it alike.
func splitRecs(recs []lineRec, max, width, room int) ([]boilerplate.Block, []int32) {
	if width == 0 {
		blocks := make([]boilerplate.Block, 0, min(room, max))
		for _, l := range recs[:min(len(recs), max)] {
			blocks = addLine(blocks, l.text, l.num)
		}
		return blocks, nil
	}
	// Room too for the lines that loneLines keeps apart (at most those
	// it counted).
	lone := loneLines(recs, width)
	blocks := make([]boilerplate.Block, 0, min(room+lone.joined, max))
	p := paragraphs{width: width, blocks: blocks, max: max, lone: lone}
	num := 0 // the number of the line before
	for _, l := range recs {
		if p.full() {
			break
		}
		if l.num > num+1 {
			p.blank = true
		}
		p.addLine(l.wrapLine, l.num, l.left)
		num = l.num
	}
	return p.close()
}

// addLine appends to blocks a block of kind KindLine for line number num
// holding text. It sets the block in place: a block is large, and a
// literal appended is built aside and copied. Blocks beyond the room
// counted grow the slice.
func addLine(blocks []boilerplate.Block, text string, num int) []boilerplate.Block {
	if len(blocks) == cap(blocks) {
		blocks = append(blocks, boilerplate.Block{})
	} else {
		blocks = blocks[:len(blocks)+1]
	}
	b := &blocks[len(blocks)-1]
	b.Kind, b.Text, b.Line = boilerplate.KindLine, text, num
	return blocks
}

// lineBound returns at least the number of lines of text.
func lineBound(text string) int {
	n := strings.Count(text, "\n") + 1
	if strings.IndexByte(text, '\r') >= 0 {
		n += strings.Count(text, "\r") // lone "\r" line ends
	}
	return n
}

// buildTextBlocks finds the blocks of text (splitTextBlocks, at the width
// hardWrap finds), then collapses their white space (unless the text has
// none to collapse: collapsible) and cuts them to lim.MaxBlockChars. rows
// holds, for a block that printed the cells of a table row between tabs
// (tabRow), the cells between bars; it is nil when no block did.
func buildTextBlocks(text string, lim Limits) (blocks []boilerplate.Block, cont []int32, rows []string) {
	// Room for a block per line that holds text: text rendered from
	// HTML source can be mostly blank lines, and a block is large. In
	// wrapped text a paragraph's lines may break at sentence ends the
	// wrap does not explain, which the blank lines between paragraphs
	// more than make room for.
	n := lineBound(text)
	s := getWrapShape(lim.MaxBlocks)
	defer putWrapShape(s)
	measureWrap(text, n, s)
	width, breaks := s.width()
	switch recs := s.whole && !s.recsCut; {
	case width > 0 && recs:
		blocks, cont = splitRecs(s.recs, lim.MaxBlocks, width, n-breaks)
	case width > 0:
		blocks, cont = splitTextBlocks(text, lim.MaxBlocks, width, n-breaks)
	case recs && strings.IndexByte(text, '\r') < 0:
		blocks, cont = splitRecs(s.recs, lim.MaxBlocks, 0, s.lines)
	case s.whole:
		blocks, cont = splitTextBlocks(text, lim.MaxBlocks, 0, s.lines)
	default:
		blocks, cont = splitTextBlocks(text, lim.MaxBlocks, 0, n)
	}
	if len(blocks) == 0 {
		return nil, nil, nil
	}
	spaced := collapsible(text)
	tabs := spaced && strings.IndexByte(text, '\t') >= 0
	for i := range blocks {
		b := &blocks[i]
		if tabs {
			if row, ok := tabRow(b.Text); ok {
				if rows == nil {
					rows = make([]string, len(blocks))
				}
				rows[i] = row
			}
		}
		if spaced {
			b.Text = collapseTextSpace(b.Text)
		}
		if len(b.Text) > lim.MaxBlockChars {
			b.Text = cutUTF8(b.Text, lim.MaxBlockChars)
		}
	}
	return blocks, cont, rows
}

// tabRow returns the cells of a line that prints a table row with a tab
// between cells (a browser's copy of a table: innerText), joined by " | ",
// when it has three cells or more.
func tabRow(line string) (string, bool) {
	if strings.Count(line, "\t") < 2 {
		return "", false
	}
	var sb strings.Builder
	sb.Grow(len(line) + 8)
	n := 0
	for cell := range strings.SplitSeq(line, "\t") {
		if cell = collapseTextSpace(trimSpace(cell)); cell == "" {
			continue
		}
		if n > 0 {
			sb.WriteString(" | ")
		}
		sb.WriteString(cell)
		n++
	}
	return sb.String(), n >= 3
}

// isSpaceByte reports ASCII white space.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' }

// trimSpace trims ASCII white space and no-break spaces.
func trimSpace(s string) string {
	for len(s) > 0 {
		switch {
		case isSpaceByte(s[0]):
			s = s[1:]
		case isSpaceByte(s[len(s)-1]):
			s = s[:len(s)-1]
		case strings.HasPrefix(s, "\u00a0"):
			s = s[2:]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-2]
		default:
			return s
		}
	}
	return s
}

// skipBlank returns the number of blank lines (white space only, as
// trimSpace trims it) that open text, which holds no "\r", and the text
// from the start of the first line that is not blank. Text rendered from
// HTML source can be mostly indentation and empty lines; this reads them
// a byte at a time without splitting them into lines first.
func skipBlank(text string) (n int, rest string) {
	i := 0
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	if i < len(text) && text[i] != '\n' && text[i] != 0xC2 {
		return 0, text // the common case: a line's indent
	}
	start := 0 // the start of the line read
	for i < len(text) {
		switch c := text[i]; {
		case c == '\n':
			n++
			i++
			start = i
		case isSpaceByte(c):
			i++
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xA0:
			i += 2
		default:
			return n, text[start:]
		}
	}
	if start < len(text) {
		n++ // a last line of white space, without a line end
	}
	return n, ""
}

// collapsible reports whether text holds white space that
// collapseTextSpace could change: a tab, vertical tab or form feed, a
// no-break space, or two spaces in a row. Most texts have none; searching
// the whole text for them at once is much faster than a look at each line.
func collapsible(text string) bool {
	return strings.IndexByte(text, '\t') >= 0 || strings.IndexByte(text, '\v') >= 0 ||
		strings.IndexByte(text, '\f') >= 0 || strings.Contains(text, "\u00a0") || doubleSpace(text)
}

// doubleSpace reports whether text holds two spaces in a row. Spaces are
// every few bytes of text, which makes strings.Contains(text, "  ") stop
// at each one; this reads eight bytes at a time.
func doubleSpace(text string) bool {
	var carry uint64 // the space flag of the last byte read, moved to the first byte's place
	for len(text) >= 16 {
		m0 := swar.Equal(swar.Load(text), ' ')
		m1 := swar.Equal(swar.Load(text[8:]), ' ')
		if m0&(m0>>8|carry)|m1&(m1>>8|m0>>56) != 0 {
			return true
		}
		carry = m1 >> 56
		text = text[16:]
	}
	space := carry != 0
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			if space {
				return true
			}
			space = true
		} else {
			space = false
		}
	}
	return false
}

// collapseTextSpace replaces each run of white space (no-break space included)
// with one space. It returns s itself when there is nothing to collapse.
func collapseTextSpace(s string) string {
	if !mayCollapse(s) {
		return s
	}
	return collapseSpaceRuns(s)
}

// collapseSpaceRuns is collapseTextSpace without the quick test.
func collapseSpaceRuns(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\v' || c == '\f' || c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 ||
			c == ' ' && i+1 < len(s) && (isSpaceByte(s[i+1]) || s[i+1] == 0xC2) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 {
			i++
			c = ' '
		}
		if isSpaceByte(c) {
			space = true
			continue
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteByte(c)
	}
	return sb.String()
}

// mayCollapse reports whether s may hold white space that
// collapseTextSpace changes: a byte below '\r' (a tab, vertical tab or
// form feed among them), a byte 0xC2 (which opens a no-break space) or two
// spaces in a row. It reads eight bytes at a time: in the text of
// rendered pages every block is checked and few need collapsing.
func mayCollapse(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var carry uint64 // the space flag of the last byte read, moved to the first byte's place
	for len(s) >= 8 {
		x := swar.Load(s)
		sp := swar.Equal(x, ' ')
		// Borrows make the test for bytes below '\r' flag more bytes
		// than those, never fewer: a false alarm costs the exact check.
		if sp&(sp>>8|carry)|(x-'\r'*ones)&^x&highs|swar.Equal(x, 0xC2) != 0 {
			return true
		}
		carry = sp >> 56
		s = s[8:]
	}
	space := carry != 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '\r' || c == 0xC2 || c == ' ' && space {
			return true
		}
		space = c == ' '
	}
	return false
}

// cutUTF8 cuts s to at most n bytes at a rune boundary.
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
