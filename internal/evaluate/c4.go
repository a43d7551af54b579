package evaluate

import (
	"bytes"
	"hash/maphash"
	"strings"
	"unicode"
	"unicode/utf8"
)

// C4Filter is the baseline of the text mode: the line filter that built
// the C4 corpus (Raffel et al., 2020) from Common Crawl WET text, as
// clean_page in tensorflow_datasets (tensorflow/datasets,
// tensorflow_datasets/text/c4_utils.py) applies it. The text is split into
// lines as Python's str.splitlines splits it, and each line, stripped of
// white space, goes through these steps in the reference's order; the
// first that rejects it drops it:
//
//  1. a word (white-space separated) longer than 1000 characters;
//  2. citation markers are removed: "[", any decimal digits, "]", and
//     "[edit]" and "[citation needed]" (so "It floods.[1]" goes on as
//     "It floods.");
//  3. the line must end in . ? ! or " and not in "...";
//  4. it must have at least 5 words;
//  5. "lorem ipsum" (case-insensitive);
//  6. "javascript" (case-insensitive);
//  7. "{";
//  8. a policy phrase (case-insensitive): "terms of use", "privacy
//     policy", "cookie policy", "uses cookies", "use of cookies", "use
//     cookies".
//
// Like the reference, it reads every line whole (step 1 splits it into
// words) before it looks at the line's end. The lines that pass are kept,
// citations removed, except a repeat (same
// line, case aside) of a line kept before: C4's deduplication keeps each
// line once across the whole data set, which within one page is this.
//
// It deviates from the reference on purpose only where the reference
// judges the page rather than its lines, which here would only empty whole
// pages: for "lorem ipsum" (5) and "{" (7) the reference drops the page,
// here only the line goes; the reference also drops a page with fewer than
// 3 sentences left (counted with NLTK's punkt tokenizer) and pages not in
// English (langdetect), which is not done, and so the sentences are not
// counted. The bad-words page filter is a separate stage of the reference
// and is not applied either. White space, line ends and digits are
// Python's (str.isspace, str.splitlines, re's \d); lower case is Go's
// simple case mapping with Python's "İ" (U+0130), which differs from
// Python's str.lower only for a final sigma, and lines are deduplicated by
// a 64-bit hash where the reference uses MD5.
func C4Filter(text string) string {
	var f c4Filter
	return f.run(text)
}

// c4Filter holds the buffers one C4Filter call reuses from line to line.
type c4Filter struct {
	clean []byte // a line with its citations removed, when it had any
	lower []byte // the line in lower case
	seen  map[uint64]struct{}
	out   strings.Builder
}

func (f *c4Filter) run(text string) string {
	f.out.Grow(len(text) / 2)
	for len(text) > 0 {
		var l pyLine
		l, text = nextPyLine(text)
		f.line(l)
	}
	// The reference strips the joined text; lines end in an end mark, so
	// only the first can start with white space (a citation removed).
	return pyStrip(f.out.String())
}

// line runs one line through the steps of C4Filter and writes it to f.out
// when it is kept.
func (f *c4Filter) line(l pyLine) {
	if l.long {
		return
	}
	line, words := l.text, l.words
	if cut, ok := f.removeCitations(line); ok {
		line = cut
		words = pyWords(line)
	}
	if !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "?") && !strings.HasSuffix(line, "!") &&
		!strings.HasSuffix(line, `"`) || strings.HasSuffix(line, "...") {
		return
	}
	if words < c4MinWords {
		return
	}
	// Lowered without the white space a citation removed may have left at
	// its start, as the reference's deduplication keys lines; no phrase
	// tested starts with white space.
	f.lower = pyLower(f.lower[:0], pyStrip(line))
	for i, p := range c4Phrases {
		if i == c4Policy && strings.IndexByte(line, '{') >= 0 || bytes.Contains(f.lower, p) {
			return
		}
	}
	key := maphash.Bytes(c4Seed, f.lower)
	if _, dup := f.seen[key]; dup {
		return
	}
	if f.seen == nil {
		f.seen = make(map[uint64]struct{})
	}
	f.seen[key] = struct{}{}
	if f.out.Len() > 0 {
		f.out.WriteByte('\n')
	}
	f.out.WriteString(line)
}

// The reference's constants: the fewest words of a line and the longest
// word (in characters).
const (
	c4MinWords    = 5
	c4MaxWordRune = 1000
)

// c4Phrases are the phrases that drop a line, in lower case, in the
// reference's order: "{" is tested before the policy phrases, from
// c4Policy on.
var c4Phrases = [...][]byte{
	[]byte("lorem ipsum"), []byte("javascript"),
	[]byte("terms of use"), []byte("privacy policy"), []byte("cookie policy"),
	[]byte("uses cookies"), []byte("use of cookies"), []byte("use cookies"),
}

const c4Policy = 2

var c4Seed = maphash.MakeSeed()

// removeCitations returns line without its citation markers, the matches
// of the reference's \[\d*\]|\[edit\]|\[citation needed\], and true, or
// false when it has none. The copy is built in f.clean.
func (f *c4Filter) removeCitations(line string) (string, bool) {
	i := strings.IndexByte(line, '[')
	if i < 0 {
		return line, false
	}
	f.clean = f.clean[:0]
	from := 0 // the first byte not yet copied
	for i >= 0 {
		if n := citationLen(line[i:]); n > 0 {
			f.clean = append(f.clean, line[from:i]...)
			from = i + n
			i = from
		} else {
			i++
		}
		j := strings.IndexByte(line[i:], '[')
		if j < 0 {
			break
		}
		i += j
	}
	if from == 0 {
		return line, false
	}
	f.clean = append(f.clean, line[from:]...)
	return string(f.clean), true
}

// citationLen returns the length of the citation marker s starts with
// ("[12]", "[]", "[edit]", "[citation needed]"), or 0.
func citationLen(s string) int {
	if strings.HasPrefix(s, "[edit]") {
		return len("[edit]")
	}
	if strings.HasPrefix(s, "[citation needed]") {
		return len("[citation needed]")
	}
	i := 1
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if r == ']' {
			return i + 1
		}
		if !unicode.IsDigit(r) {
			return 0
		}
		i += n
	}
	return 0
}

// A pyLine is a line of text as C4Filter reads it: Python's
// str.splitlines ends it, str.strip trims it, str.split finds its words.
type pyLine struct {
	text  string // stripped
	words int
	long  bool // a word is longer than c4MaxWordRune characters
}

// nextPyLine returns the first line of text and the rest of the text after
// its line end. Splitting, stripping and finding the words take one pass
// over the bytes of the line, without a branch on a word's end: its length
// does not predict.
func nextPyLine(text string) (pyLine, string) {
	var l pyLine
	space := 1   // whether the character before is white space, or the line starts
	run := 0     // the characters of the word read so far, 0 after white space
	i, n := 0, 0 // n: the length of the line end
	for ; i < len(text); i++ {
		t := pyByte[text[i]]
		class := t & pyClassMask
		if class >= pyBreak {
			n = 1
			if class == pyLead {
				class, n = pyClassAt(text, i)
				if class == pySpace {
					i += n - 1 // the rest of the character
				}
			} else if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				n = 2 // "\r\n" is one line end
			}
			if class == pyBreak {
				break
			}
		}
		word := 1 - int(class) // class is pyWord (0) or pySpace (1)
		l.words += space & word
		space = 1 - word
		run = (run + int(t>>pyStartShift)) * word
		if run > c4MaxWordRune {
			l.long = true
		}
	}
	l.text = pyStrip(text[:i])
	if i >= len(text) {
		return l, ""
	}
	return l, text[i+n:]
}

// pyWords returns the number of words of line as Python's str.split()
// finds them.
func pyWords(line string) int {
	words, space := 0, true
	for i := 0; i < len(line); {
		class, n := pyClassAt(line, i)
		if class == pyWord && space {
			words++
		}
		space = class != pyWord
		i += n
	}
	return words
}

// Byte classes for Python's white space (str.isspace) and line ends
// (str.splitlines).
const (
	pyWord  = iota // part of a word
	pySpace        // white space within a line
	pyBreak        // a line end
	pyLead         // the first byte of a character that may be either
)

// pyByte holds for each byte its class (pyClassMask) and whether it
// starts a character (1<<pyStartShift, every byte but UTF-8 continuation
// bytes). The bytes of a non-ASCII character are word bytes but for the
// first byte of the white space and line ends beyond ASCII (U+0085,
// U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F,
// U+3000), which are of class pyLead.
var pyByte = func() (t [256]uint8) {
	for c := range t {
		if c&0xc0 != 0x80 {
			t[c] = 1 << pyStartShift
		}
	}
	for _, c := range " \t\x1f" {
		t[c] |= pySpace
	}
	for _, c := range "\n\v\f\r\x1c\x1d\x1e" {
		t[c] |= pyBreak
	}
	for _, c := range []byte{0xc2, 0xe1, 0xe2, 0xe3} {
		t[c] |= pyLead
	}
	return t
}()

const (
	pyClassMask  = 3
	pyStartShift = 2
)

// pyClassAt returns the class of the character at text[i] and the bytes it
// takes, except that a character of a word may be counted a byte at a time.
// "\r\n" is one line end.
func pyClassAt(text string, i int) (class uint8, n int) {
	c := text[i]
	switch pyByte[c] & pyClassMask {
	case pyWord:
		return pyWord, 1
	case pySpace:
		return pySpace, 1
	case pyBreak:
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			return pyBreak, 2
		}
		return pyBreak, 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == 0x85, r == 0x2028, r == 0x2029:
		return pyBreak, n
	case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x202f, r == 0x205f, r == 0x3000:
		return pySpace, n
	}
	return pyWord, 1
}

// pyStrip is Python's str.strip(): s without leading and trailing
// str.isspace characters.
func pyStrip(s string) string {
	for len(s) > 0 {
		class, n := pyClassAt(s, 0)
		if class == pyWord {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		_, n := utf8.DecodeLastRuneInString(s)
		if class, _ := pyClassAt(s, len(s)-n); class == pyWord {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// pyLower appends s in lower case to dst: ASCII letters are lowered byte
// by byte, other letters by Go's simple case mapping, except "İ", which
// Python lowers to "i" and a combining dot above.
func pyLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 'İ' {
			dst = append(dst, "i\u0307"...)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		i += n
	}
	return dst
}
