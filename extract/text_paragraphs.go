package extract

import (
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/winnowtext/winnow/boilerplate"
)

// A wrapLine is one line of hard-wrapped text as paragraphs reads it.
type wrapLine struct {
	text   string // trimmed
	indent int    // columns of white space before it
	cols   int    // indent plus the runes of text (or more, past the width: columns)
}

// paragraphs rebuilds the paragraphs of text hard-wrapped at width
// columns, a line at a time, in one pass: each line either continues the
// open paragraph (joinLine) or opens a block of its own. Joined text is
// written to one buffer for the whole text, whose bytes no later write
// changes, and the blocks' texts point into it: no allocation per line or
// per paragraph.
type paragraphs struct {
	width  int
	max    int
	blocks []boilerplate.Block
	buf    []byte // the joined paragraphs
	// The open paragraph: its first line, its last, how many lines it
	// has, where it starts in buf (from its second line on), the indent
	// of its second line and the width of its first line's bullet.
	first, last wrapLine
	n           int
	from        int
	body        int
	bullet      int
	blank       bool // a blank line since the last line
	// cont lists the blocks that continue the paragraph of the block
	// before them, split from it at a sentence end only (see joinLine).
	cont []int32
	// lone holds lines that are never joined to the line before them
	// (loneLines).
	lone loneSet
}

// full reports whether max blocks are built and the last one is closed
// to more lines.
func (p *paragraphs) full() bool { return len(p.blocks) >= p.max && p.n == 0 }

// add reads the next line of the text, number num; left is the number of
// bytes of text after it.
func (p *paragraphs) add(raw string, num, left int) {
	indent, text := lineIndent(raw)
	if text == "" {
		p.blank = true
		return
	}
	p.addLine(wrapLine{text: text, indent: indent, cols: columns(indent, text, p.width)}, num, left)
}

// addLine is add for a line that holds text, l; its columns may be
// counted to any limit from p.width up (columns).
func (p *paragraphs) addLine(l wrapLine, num, left int) {
	text := l.text
	join := split
	if p.n > 0 && !p.blank && !p.lone.has(text) {
		join = p.joins(l)
	}
	if join == joined {
		p.extend(l, left)
		return
	}
	p.closeOpen()
	p.blank = false
	if len(p.blocks) >= p.max {
		return
	}
	if join == sentenceBreak {
		p.cont = append(p.cont, int32(len(p.blocks)))
	}
	p.blocks = addLine(p.blocks, text, num)
	p.first, p.last, p.n = l, l, 1
	p.bullet = bulletWidth(text)
}

// joins reports whether line l continues the open paragraph (see
// joinLine), its indent matching: the paragraph's body indent from its
// third line on; on its second line, the first line's indent, or that
// plus the bullet (a hanging indent), or less (the first line was
// indented).
func (p *paragraphs) joins(l wrapLine) lineBreak {
	switch {
	case p.n >= 2:
		if l.indent != p.body {
			return split
		}
	case l.indent > p.first.indent:
		if p.bullet == 0 || l.indent != p.first.indent+p.bullet {
			return split
		}
	case l.indent < p.first.indent && p.bullet > 0:
		return split
	}
	return joinLine(p.last, l, p.width)
}

// extend appends line l to the open paragraph; left bytes of text follow
// it, the most that later paragraphs can add to buf.
func (p *paragraphs) extend(l wrapLine, left int) {
	if p.n == 1 {
		if p.buf == nil {
			// Joined text is never longer than the lines it joins.
			p.buf = make([]byte, 0, len(p.last.text)+1+len(l.text)+left)
		}
		p.from = len(p.buf)
		p.buf = append(p.buf, p.first.text...)
		p.body = l.indent
	}
	if !glued(p.last.text, l.text) {
		p.buf = append(p.buf, ' ')
	}
	p.buf = append(p.buf, l.text...)
	p.last = l
	p.n++
}

// closeOpen ends the open paragraph: a block of several lines gets the
// joined text, as a paragraph.
func (p *paragraphs) closeOpen() {
	if p.n > 1 {
		b := &p.blocks[len(p.blocks)-1]
		// buf never grows past its first capacity, and bytes once
		// written stay: the string can share them.
		b.Text = unsafe.String(&p.buf[p.from], len(p.buf)-p.from)
		b.Kind = boilerplate.KindParagraph
	}
	p.n = 0
}

// close ends the last paragraph and returns the blocks, and those of
// them that continue a paragraph split at a sentence end.
func (p *paragraphs) close() ([]boilerplate.Block, []int32) {
	p.closeOpen()
	return p.blocks, p.cont
}

// lineBreak is what joinLine makes of a line break.
type lineBreak uint8

const (
	split         lineBreak = iota // the lines are in different blocks
	joined                         // the lines are one paragraph
	sentenceBreak                  // a paragraph's lines, or two paragraphs: split, but rendered joined
)

// joinLine tells whether line b continues line a in text hard-wrapped at
// width columns. They are joined when
//   - neither is wider than the width (wider lines were not wrapped);
//   - a greedy wrap broke a: b's first word would not have fit on it
//     (a line that ends short of the width ends its paragraph);
//   - b does not open a list item;
//   - a does not end a sentence where b opens one with a capital, a digit
//     or a quote.
//
// The last is a sentenceBreak: it is inside a paragraph more often than
// not (a paragraph's last line is full by chance only, about one in ten,
// while a few of its inner breaks fall after a sentence), but joining a
// line of chrome to an article costs one of them, where judging a
// paragraph in two parts costs little: each is prose. On the wrapped
// whole-page texts of the evaluation corpora, joining at sentence breaks
// too lost 0.004 F1 on ScrapingHub and trafilatura.
func joinLine(a, b wrapLine, width int) lineBreak {
	if a.cols > width || b.cols > width {
		return split
	}
	if a.cols+1+wordCols(b.text, maxJoinWord) <= width {
		return split
	}
	if bulletWidth(b.text) > 0 {
		return split
	}
	if newSentence(a.text, b.text) {
		return sentenceBreak
	}
	return joined
}

// newSentence reports whether line a ends a sentence and line b opens one
// with anything but a small letter.
func newSentence(a, b string) bool {
	if !endsSentence(a) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	return !unicode.IsLower(r)
}

// glued reports whether line b joins line a without a space: a word
// broken at its hyphen ("well-" and "known"), or a break between two
// characters of a script written without spaces (Chinese, Japanese).
func glued(a, b string) bool {
	last, n := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if last == '-' && len(a) > n {
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-n])
		return unicode.IsLetter(before) && unicode.IsLower(first)
	}
	return wideRune(last) && wideRune(first)
}

// wideRune reports whether r belongs to a script written without spaces
// between words: CJK ideographs and punctuation, kana, full-width forms.
func wideRune(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0xFF00 && r <= 0xFF60 || r >= 0x20000 && r <= 0x3FFFF
}

// endsSentence reports whether text ends with sentence punctuation,
// closing quotes and brackets aside.
func endsSentence(text string) bool {
	for len(text) > 0 {
		r, n := utf8.DecodeLastRuneInString(text)
		switch r {
		case '"', '\'', ')', ']', '”', '’', '»':
			text = text[:len(text)-n]
			continue
		case '.', '!', '?', ':', '…', '。', '！', '？':
			return true
		}
		return false
	}
	return false
}

// bulletWidth returns the columns of the list marker that opens text with
// the space after it ("* ", "• ", "12. ", "b) "), or 0.
func bulletWidth(text string) int {
	r, n := utf8.DecodeRuneInString(text)
	switch r {
	case '*', '-', '+', '•', '◦', '▪', '‣', '·':
		if n < len(text) && text[n] == ' ' {
			return 2
		}
		return 0
	}
	i := 0
	for i < len(text) && i < 3 && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	if i == 0 && len(text) > 0 && text[0] >= 'a' && text[0] <= 'z' {
		i = 1 // "a) "
	}
	if i > 0 && i+1 < len(text) && (text[i] == '.' || text[i] == ')') && text[i+1] == ' ' {
		if text[i] == '.' && text[0] >= 'a' {
			return 0 // "a. " is a word more often than an item
		}
		return i + 2
	}
	return 0
}
