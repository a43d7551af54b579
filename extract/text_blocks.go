package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/winnowtext/winnow/boilerplate"
	"github.com/winnowtext/winnow/internal/swar"
)

// textLine is one non-blank input line.
type textLine struct {
	text string // trimmed, not yet collapsed
	num  int    // line number, from 1
}

// splitTextLines returns the non-blank lines of text with their numbers.
// "\n", "\r\n" and a lone "\r" all end a line.
func splitTextLines(text string, max int) []textLine {
	// Room for every line, but never more than max: a text of line ends
	// would otherwise reserve 24 bytes for each byte of input.
	lines := make([]textLine, 0, min(strings.Count(text, "\n")+1, max))
	num := 0
	cr := strings.IndexByte(text, '\r') >= 0 // most texts have none: no search line by line
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
				lines = append(lines, textLine{t, num})
			}
			line = line[j+1:]
		}
		num++
		if t := trimSpace(strings.TrimSuffix(line, "\r")); t != "" && len(lines) < max {
			lines = append(lines, textLine{t, num})
		}
	}
	return lines
}

// wrappedText reports whether lines look hard-wrapped at a fixed width
// (e-mail, plain-text documents): most lines long and none much longer than
// the width. Such a text's paragraphs are runs of lines, not single lines.
func wrappedText(lines []textLine) bool {
	if len(lines) < 6 {
		return false
	}
	maxLen, long := 0, 0
	for _, l := range lines {
		n := len(l.text) // bytes: an upper bound of the runes
		if n > 400 {
			return false // more than 100 runes, even in a 4-byte script
		}
		if n > 100 {
			n = utf8.RuneCountInString(l.text)
			if n > 100 {
				return false
			}
		}
		maxLen = max(maxLen, n)
		if n >= 45 {
			long++
		}
	}
	return maxLen >= 50 && long*2 >= len(lines)
}

// buildTextBlocks groups lines into blocks: one block per line, except in
// hard-wrapped text, where consecutive lines form a paragraph until a blank
// line or a line that ends well short of the wrap width. Unless spaced
// (collapsible(text)), no line has white space to collapse.
func buildTextBlocks(lines []textLine, lim Limits, spaced bool) []boilerplate.Block {
	blocks := make([]boilerplate.Block, 0, len(lines))
	wrapped := wrappedText(lines)
	for i := 0; i < len(lines); {
		j := i + 1
		if wrapped {
			for j < len(lines) && lines[j].num == lines[j-1].num+1 &&
				utf8.RuneCountInString(lines[j-1].text) >= 45 {
				j++
			}
		}
		b := boilerplate.Block{Kind: boilerplate.KindLine, Line: lines[i].num}
		if j-i == 1 {
			b.Text = lines[i].text
		} else {
			b.Kind = boilerplate.KindParagraph
			var sb strings.Builder
			for k := i; k < j; k++ {
				if k > i {
					sb.WriteByte(' ')
				}
				sb.WriteString(lines[k].text)
			}
			b.Text = sb.String()
		}
		if spaced {
			b.Text = collapseTextSpace(b.Text)
		}
		if len(b.Text) > lim.MaxBlockChars {
			b.Text = cutUTF8(b.Text, lim.MaxBlockChars)
		}
		blocks = append(blocks, b)
		i = j
	}
	return blocks
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
