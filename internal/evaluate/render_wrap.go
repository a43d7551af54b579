package evaluate

import (
	"strings"
	"unicode/utf8"
)

// wrapWidth is the width that text browsers and mail wrap at.
const wrapWidth = 80

// dumpMargin is the left margin of a text browser's dump (lynx's).
const dumpMargin = "   "

// wrapLines is RenderWrapped: each line hard-wrapped at width columns.
func wrapLines(lines []string, width int) string {
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		wrap(&b, line, width, "", "", false)
	}
	return b.String()
}

// dumpText is RenderDump: blocks wrapped at wrapWidth inside the margin,
// list items indented by their depth with the bullet hanging, a blank line
// around paragraphs, headings and preformatted text.
func dumpText(blocks []layBlock) string {
	var b strings.Builder
	for i, bl := range blocks {
		if i > 0 {
			b.WriteString("\n\n"[:gap(blocks[i-1], bl, false)])
		}
		margin := dumpMargin
		if bl.kind == layHeading && bl.depth == 0 {
			margin = ""
		}
		if bl.depth > 0 {
			margin += strings.Repeat("  ", bl.depth)
		}
		if bl.kind == layPre {
			for j, line := range strings.Split(bl.text, "\n") {
				if j > 0 {
					b.WriteByte('\n')
				}
				b.WriteString(margin)
				b.WriteString(line)
			}
			continue
		}
		rest := margin
		if bl.bullet != "" || bl.depth > 0 && !bl.cont {
			// Later blocks of an item line up with its first.
			rest += strings.Repeat(" ", max(utf8.RuneCountInString(bl.bullet), 2))
		}
		first := margin + bl.bullet
		if bl.bullet == "" {
			first = rest
		}
		wrap(&b, bl.text, wrapWidth, first, rest, true)
	}
	return b.String()
}

// wrap writes text (white space collapsed) to b hard-wrapped at width
// columns, a rune a column: the first line begins with first, the others
// with rest. Lines break at spaces and, when hyphens is set, after a
// hyphen inside a word (as html2text and lynx do); a word longer than a
// line is cut, as text browsers cut a run of Chinese or Japanese.
func wrap(b *strings.Builder, text string, width int, first, rest string, hyphens bool) {
	b.WriteString(first)
	col := utf8.RuneCountInString(first)
	empty := true // nothing written on this line after the prefix
	newline := func() {
		b.WriteByte('\n')
		b.WriteString(rest)
		col = utf8.RuneCountInString(rest)
		empty = true
	}
	for word := range strings.FieldsSeq(text) {
		for k, piece := range wordPieces(word, hyphens) {
			space := k == 0 && !empty
			n := utf8.RuneCountInString(piece)
			if space {
				n++
			}
			if !empty && col+n > width {
				newline()
				space = false
			}
			for empty && utf8.RuneCountInString(piece) > width-col && width-col > 0 {
				cut := runePrefix(piece, width-col)
				b.WriteString(cut)
				piece = piece[len(cut):]
				newline()
			}
			if space {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(piece)
			col += utf8.RuneCountInString(piece)
			empty = false
		}
	}
}

// wordPieces splits a word after each inner hyphen when hyphens is set:
// "well-known" is "well-" and "known". Otherwise the word is one piece.
func wordPieces(word string, hyphens bool) []string {
	if !hyphens {
		return []string{word}
	}
	var out []string
	for {
		i := strings.IndexByte(word[min(1, len(word)):], '-') + 1
		if i <= 0 || i >= len(word)-1 {
			return append(out, word)
		}
		out = append(out, word[:i+1])
		word = word[i+1:]
	}
}

// runePrefix returns the first n runes of s.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
