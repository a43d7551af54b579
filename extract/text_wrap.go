package extract

import (
	"strings"
	"unicode/utf8"
)

// maxWrapCols is the widest wrap width looked for: text is wrapped for a
// terminal, a mail reader or a page, at 60 to 132 columns; lines wider
// than 160 are not told apart by their width.
const maxWrapCols = 160

// maxFitWord caps the first word of a line in the fit test: a line that
// ends more than this short of the width was not broken for want of room,
// whatever the next word (a long link) is.
const maxFitWord = 20

// wrapShape is what one pass over a text's lines tells of its wrapping.
type wrapShape struct {
	lines int // non-blank lines
	// hist[c] counts the lines of c columns (the last bucket: wider).
	hist [maxWrapCols + 2]int32
	// soft is a difference array: the prefix sum at w is the number of
	// line breaks inside a sentence that a greedy wrap at width w
	// explains (the line fits in w columns, the next line's first word
	// would not have). Breaks between sentences do not count: in text
	// that is not wrapped every line ends one.
	soft [maxWrapCols + 2]int32
}

// measureWrap reads the lines of text once and gathers its wrapShape.
func measureWrap(text string, s *wrapShape) {
	prev, prevText := -1, "" // the line before: its columns (-1 after a blank line) and text
	cr := strings.IndexByte(text, '\r') >= 0
	for len(text) > 0 {
		var line string
		line, text = nextLine(text, cr)
		indent, body := lineIndent(line)
		if body == "" {
			prev = -1
			continue
		}
		cols := indent + runeLen(body)
		if prev >= 0 && prev <= maxWrapCols && !newSentence(prevText, body) {
			need := prev + 1 + min(runeLen(firstWord(body)), maxFitWord)
			s.soft[prev]++
			s.soft[min(need, maxWrapCols+1)]--
		}
		s.hist[min(cols, maxWrapCols+1)]++
		s.lines++
		prev, prevText = cols, body
	}
}

// width returns the width that the text was hard-wrapped at, or 0 when it
// does not look hard-wrapped. The width is the one at which a greedy wrap
// explains the most line breaks (a line fits, the next line's first word
// would not have), with no more than one line in fifty wider (a long link,
// a cut word). Text that was not wrapped has such a width too, among its
// longest lines, and a few breaks it explains by chance; what tells a wrap
// is the pile of lines that end just short of it: in the wrapPileCols
// columns under the width, wrapPile times as many lines as over it, and
// minPile more (a short text of one wrapped paragraph has two or three
// lines and none wider). Measured on the whole-page texts of the
// evaluation corpora's tune halves in five renderings: no text that was
// not wrapped passes (the page and innertext renderings keep every
// block); of the pages wrapped at 80, those that fail hold a few breaks.
func (s *wrapShape) width() int {
	allowed := max(1, s.lines/50)
	over := s.lines
	run, w, soft, wOver := 0, 0, 0, 0
	for c := 0; c <= maxWrapCols; c++ {
		over -= int(s.hist[c])
		run += int(s.soft[c])
		// Of widths that explain as many breaks, the one that leaves
		// the fewest lines wider: a wrap never leaves a line wider than
		// it but for a word too long to break.
		if c >= minWrapCols && over <= allowed && (run > soft || run == soft && over < wOver) {
			w, soft, wOver = c, run, over
		}
	}
	if soft < minSoftBreaks {
		return 0
	}
	pile := 0
	over = 0
	for c := range s.hist {
		switch {
		case c > w:
			over += int(s.hist[c])
		case c > w-wrapPileCols:
			pile += int(s.hist[c])
		}
	}
	if pile < wrapPile*over+minPile {
		return 0
	}
	return w
}

// The pile of lines under a wrap width: wrapPile times more lines in its
// last wrapPileCols columns than over it, and minPile more; and at least
// minSoftBreaks breaks it explains.
const (
	wrapPile      = 4
	wrapPileCols  = 10
	minSoftBreaks = 2
	minPile       = 2
)

// minWrapCols is the narrowest wrap width looked for.
const minWrapCols = 30

// nextLine splits the first line off text; with cr set, a lone "\r" ends
// a line too.
func nextLine(text string, cr bool) (line, rest string) {
	i := strings.IndexByte(text, '\n')
	if i < 0 {
		line, rest = text, ""
	} else {
		line, rest = text[:i], text[i+1:]
	}
	if cr {
		if j := strings.IndexByte(line, '\r'); j >= 0 && j < len(line)-1 {
			return line[:j], text[j+1:]
		}
		line = strings.TrimSuffix(line, "\r")
	}
	return line, rest
}

// lineIndent returns the columns of white space that open line (a tab
// moves to the next multiple of 8) and the line trimmed.
func lineIndent(line string) (cols int, body string) {
	i := 0
loop:
	for i < len(line) {
		switch line[i] {
		case ' ', '\v', '\f':
			cols++
		case '\t':
			cols = cols/8*8 + 8
		case 0xC2:
			if i+1 < len(line) && line[i+1] == 0xA0 {
				cols++
				i++
			} else {
				break loop
			}
		default:
			break loop
		}
		i++
	}
	return cols, trimSpace(line[i:])
}

// runeLen is the number of runes of s.
func runeLen(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i + utf8.RuneCountInString(s[i:])
		}
	}
	return len(s)
}

// firstWord returns s up to its first space.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// hardWrap returns the width in columns that text is hard-wrapped at, or
// 0 when it is not (wrapShape.width).
func hardWrap(text string) int {
	var s wrapShape
	measureWrap(text, &s)
	return s.width()
}
