package extract

import (
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/swar"
)

// maxWrapCols is the widest wrap width looked for: text is wrapped for a
// terminal, a mail reader or a page, at 60 to 132 columns; lines wider
// than 160 are not told apart by their width.
const maxWrapCols = 160

// maxFitWord caps the first word of a line in the fit test: a line that
// ends more than this short of the width was not broken for want of room,
// whatever the next word (a long link) is.
const maxFitWord = 20

// maxJoinWord caps the first word of a line when joinLine asks whether it
// would have fit on the line before. It is wider than maxFitWord: once the
// text is known to be wrapped, a line that ends short of the width was
// broken before a long word as often as not, and words of 21 to 32 letters
// are common in languages that compound (German, Dutch, Finnish:
// "Existenzgründungsprämie." takes 24 columns). A word longer still is a
// link or a code, which no fit test can tell about.
const maxJoinWord = 32

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
	// whole says that measureWrap read every line, so that lines is
	// the number of blocks of text that is not wrapped.
	whole bool
	// recs are the lines that hold text as measureWrap read them, in
	// order, when whole and at most maxRecs of them (else, recsCut):
	// splitting the text into blocks need not read them again.
	recs    []lineRec
	maxRecs int
	recsCut bool
}

// A lineRec is a line of text that holds more than white space: its text
// trimmed, its indent and columns (columns with maxWrapCols for limit),
// its number from 1 and the bytes of text after it.
type lineRec struct {
	wrapLine
	num, left int
}

// wrapShapes keeps wrapShapes, and their line records, between texts.
var wrapShapes = sync.Pool{New: func() any { return new(wrapShape) }}

// getWrapShape returns an empty wrapShape that keeps the records of up to
// maxRecs lines; give it back with putWrapShape once its records are no
// longer needed.
func getWrapShape(maxRecs int) *wrapShape {
	s := wrapShapes.Get().(*wrapShape)
	recs := s.recs[:0]
	*s = wrapShape{recs: recs, maxRecs: maxRecs}
	return s
}

// putWrapShape returns s to the pool.
func putWrapShape(s *wrapShape) {
	clear(s.recs) // let the text go
	wrapShapes.Put(s)
}

// measureWrap reads the lines of text once and gathers its wrapShape. It
// stops early, leaving s.lines 0, once more of its lines are wider than
// maxWrapCols than a wrapped text of at most maxLines lines may have (see
// width), or than a wrapped text shows so far (minWideRun): text that is
// not wrapped mostly shows it within its first paragraphs.
func measureWrap(text string, maxLines int, s *wrapShape) {
	prev, prevText := -1, "" // the line before: its columns (-1 after a blank line) and text
	wide, maxWide := 0, max(1, maxLines/50)
	cr := strings.IndexByte(text, '\r') >= 0
	num := 0 // the number of the line read
	for len(text) > 0 {
		var line string
		line, text = nextLine(text, cr)
		num++
		indent, body := lineIndent(line)
		if body == "" {
			prev = -1
			if !cr {
				blank := 0
				blank, text = skipBlank(text) // and the blank lines after it
				num += blank
			}
			continue
		}
		cols := columns(indent, body, maxWrapCols)
		if cols > maxWrapCols {
			// Too many wide lines for the whole text, or so far: a
			// wrapped text has few, and not a run of them at its top.
			if wide++; wide > maxWide || wide >= minWideRun && wide*wideShare > s.lines {
				s.lines = 0
				s.recs = s.recs[:0]
				return
			}
		}
		if len(s.recs) < s.maxRecs {
			s.recs = append(s.recs, lineRec{wrapLine{body, indent, cols}, num, len(text)})
		} else {
			s.recsCut = true
		}
		// A break after a line under minWrapCols-maxFitWord columns
		// fits every width looked for.
		if prev >= minWrapCols-maxFitWord && prev <= maxWrapCols {
			if need := prev + 1 + firstWordCols(body); need > minWrapCols && !newSentence(prevText, body) {
				s.soft[prev]++
				s.soft[min(need, maxWrapCols+1)]--
			}
		}
		s.hist[min(cols, maxWrapCols+1)]++
		s.lines++
		prev, prevText = cols, body
	}
	s.whole = true
}

// measureWrap stops early when minWideRun lines or more are wider than
// maxWrapCols and they make more than one line in wideShare so far.
const (
	minWideRun = 8
	wideShare  = 8
)

// columns returns the columns of a line of indent columns of white space
// and then body, or, when it is surely wider than limit, any number above
// limit: a rune takes at most four bytes.
func columns(indent int, body string, limit int) int {
	if indent+len(body)/utf8.UTFMax > limit {
		return limit + 1
	}
	return indent + runeLen(body)
}

// width returns the width that the text was hard-wrapped at and the number
// of its line breaks that the wrap explains, or 0 when it does not look
// hard-wrapped (or measureWrap stopped early). The width is the one at
// which a greedy wrap explains the most line breaks (a line fits, the next
// line's first word would not have), with no more than one line in fifty
// wider (a long link, a cut word). Text that was not wrapped has such a width too, among its
// longest lines, and a few breaks it explains by chance; what tells a wrap
// is the pile of lines that end just short of it: in the wrapPileCols
// columns under the width, wrapPile times as many lines as over it, and
// minPile more (a short text of one wrapped paragraph has two or three
// lines and none wider). Measured on the whole-page texts of the
// evaluation corpora's tune halves in five renderings: no text that was
// not wrapped passes (the page and innertext renderings keep every
// block); of the pages wrapped at 80, those that fail hold a few breaks.
func (s *wrapShape) width() (w, soft int) {
	allowed := max(1, s.lines/50)
	over := s.lines
	run, wOver := 0, 0
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
	if soft < minSoftBreaks || s.lines == 0 {
		return 0, 0
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
		return 0, 0
	}
	return w, soft
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

// runeLen is the number of runes of s, which must be valid UTF-8 (FromText
// makes it so): its bytes less its continuation bytes (10xxxxxx), counted
// eight at a time.
func runeLen(s string) int {
	const highs = 0x8080808080808080
	n := len(s)
	for len(s) >= 8 {
		x := swar.Load(s)
		if x&highs != 0 {
			// A continuation byte has its high bit set and the next clear.
			n -= bits.OnesCount64(x & highs &^ (x << 1))
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// firstWordCols returns the runes of the first word of s (up to its first
// space), at most maxFitWord: the fit test does not need more.
func firstWordCols(s string) int { return wordCols(s, maxFitWord) }

// wordCols returns the runes of the first word of s (up to its first
// space), at most limit.
func wordCols(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && s[i] != ' '; i++ {
		if s[i]&0xC0 != 0x80 { // not a continuation byte: a rune starts
			if n++; n == limit {
				return n
			}
		}
	}
	return n
}

// hardWrap returns the width in columns that text, of at most maxLines
// lines, is hard-wrapped at, or 0 when it is not, and about how many of
// its line breaks the wrap made (wrapShape.width).
func hardWrap(text string, maxLines int) (width, breaks int) {
	s := getWrapShape(0)
	defer putWrapShape(s)
	measureWrap(text, maxLines, s)
	return s.width()
}
