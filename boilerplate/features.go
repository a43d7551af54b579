package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
	"github.com/winnowtext/winnow/internal/runetab"
	"github.com/winnowtext/winnow/internal/swar"
)

// CountText fills the text measurements of f (Chars, Words, Sentences,
// Punct, Uppercase, Digits) from text in one pass without allocating. The
// other fields of f are left as they are.
//
// A word is a run of letters, digits, apostrophes or hyphens that starts
// with a letter or digit. Han, Hiragana and Katakana are not separated by
// spaces, so a run of them counts one word per two characters, about the
// average length of a word in those languages.
// Text may be a string or a []byte, so that a segmenter can measure its
// buffer before it makes the block's string.
func CountText[T string | []byte](text T, f *Features) {
	var words, sentences, punct, upper, digits int
	multi := 0  // bytes of text past the first of each multi-byte rune
	cjkRun := 0 // CJK characters since the last other rune
	state := uint64(0)
	for i := 0; i < len(text); {
		// The counts of each stretch of at most laneMax runes are
		// gathered in the lanes of one word.
		var lanes uint64
		for end := min(len(text), i+laneMax); i < end; {
			var class uint8
			if c := text[i]; c < utf8.RuneSelf {
				class = smallRuneClasses[c]
				i++
			} else if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
				// Two bytes: Latin, Greek, Cyrillic, Hebrew, Arabic.
				class = smallRuneClasses[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)]
				i += 2
				multi++
			} else {
				r, size := decodeRune(text[i:])
				i += size
				multi += size - 1
				if runeclass.GeneralPunct(r) {
					class = punctRuneClasses[r-0x2000]
				} else {
					class = wideRuneClass(r)
				}
				if class == rcCJK {
					// Han and Kana: words are counted by run length.
					cjkRun++
					if r == '。' || r == '！' || r == '？' {
						punct++
						sentences++
					}
					state = 0
					continue
				}
			}
			if cjkRun > 0 {
				words += (cjkRun + 1) / 2
				cjkRun = 0
			}
			step := countSteps[class&rcMask][state]
			lanes += step &^ csMask
			state = step & csMask
			if state == csInWord && i+8 <= len(text) {
				// The ASCII letters that follow in the word add
				// nothing: skip up to eight at once.
				t := text[i : i+8]
				i += int(swar.Letters(uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
					uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56))
			}
		}
		words += int(lanes >> laneWords & laneMax)
		upper += int(lanes >> laneUpper & laneMax)
		digits += int(lanes >> laneDigits & laneMax)
		punct += int(lanes >> lanePunct & laneMax)
		sentences += int(lanes >> laneSentences & laneMax)
	}
	if cjkRun > 0 {
		words += (cjkRun + 1) / 2
	}
	if state&csStop != 0 {
		sentences++
	}
	f.Chars, f.Words, f.Sentences, f.Punct, f.Uppercase, f.Digits = len(text)-multi, words, sentences, punct, upper, digits
}

// Rune classes of CountText. A word is a run of letters, digits and joiners
// that starts with a letter or digit.
const (
	rcOther  = iota // spaces, symbols
	rcLetter        // a letter or combining mark
	rcUpper         // an upper-case letter
	rcDigit
	rcJoin       // ' - ’: inside a word, part of it; else punctuation
	rcPunct      // punctuation
	rcStop       // punctuation that ends a sentence: . ! ? … ؟ ।
	rcCJK        // Han, Kana and CJK punctuation, written without spaces
	rcCloser = 8 // flag: space, new line, quote or closing bracket, which confirm a sentence end
	rcMask   = 15
)

// States of CountText between runes.
const (
	csInWord = 1 // inside a word
	csStop   = 2 // right after terminal punctuation
	csMask   = 3
)

// The counts of CountText are added up in 12-bit lanes of one word, above
// the state bits; each rune adds at most 1 to a lane, so the lanes are
// emptied every laneMax runes.
const (
	laneWords     = 4
	laneUpper     = 16
	laneDigits    = 28
	lanePunct     = 40
	laneSentences = 52
	laneMax       = 1<<12 - 1
)

// countSteps holds, for each rune class and state, the counts the rune adds
// in their lanes and the state after it.
var countSteps = func() (t [16][4]uint64) {
	for class := range uint8(16) {
		for state := range uint64(4) {
			t[class][state] = countStep(class, state)
		}
	}
	return t
}()

// countStep returns the counts a rune of the class adds in state, in their
// lanes, and the next state.
func countStep(class uint8, state uint64) uint64 {
	var step uint64
	inWord := state&csInWord != 0
	// A sentence ends at terminal punctuation followed by a space or a
	// closing quote; "3.5" and "e.g." inside a word do not count.
	if state&csStop != 0 && class&rcCloser != 0 {
		step += 1 << laneSentences
	}
	switch class &^ rcCloser {
	case rcLetter, rcUpper:
		if !inWord {
			step += 1 << laneWords
			if class&^rcCloser == rcUpper {
				step += 1 << laneUpper
			}
		}
		step |= csInWord
	case rcDigit:
		step += 1 << laneDigits
		if !inWord {
			step += 1 << laneWords
		}
		step |= csInWord
	case rcJoin, rcPunct, rcStop:
		if inWord && class&^rcCloser == rcJoin {
			step |= csInWord // inside a word: don't, well-known
			break
		}
		step += 1 << lanePunct
		if class&^rcCloser == rcStop {
			step |= csStop
		}
	}
	return step
}

// smallRuneClasses holds the class of each rune below U+0800, wideRuneClass
// filled from the ranges of the Unicode tables (TestSmallRuneClasses):
// asking about each rune cost about a million instructions at the start
// of every process.
var smallRuneClasses = func() (t [0x800]uint8) {
	// The cases of wideRuneClass from the last to the first, so that a
	// rune ends with the first that holds.
	runetab.Set(t[:], rcPunct, unicode.Punct)
	runetab.Set(t[:], rcDigit, unicode.Digit)
	runetab.Set(t[:], rcLetter, unicode.Letter, unicode.Mark)
	runetab.Set(t[:], rcUpper, unicode.Upper)
	// ASCII and the runes wideRuneClass names, as it says
	for r := range rune(utf8.RuneSelf) {
		t[r] = wideRuneClass(r)
	}
	for _, r := range namedRunes {
		if r < rune(len(t)) {
			t[r] = wideRuneClass(r)
		}
	}
	return t
}()

// namedRunes are the runes above ASCII that wideRuneClass names.
var namedRunes = [...]rune{'’', '…', '؟', '।', '”', '»'}

// punctRuneClasses holds the class of each rune of the General Punctuation
// block (runeclass.GeneralPunct): quotes, dashes and ellipses are common in text.
var punctRuneClasses = func() (t [0x70]uint8) {
	for i := range rune(len(t)) {
		t[i] = wideRuneClass(0x2000 + i)
	}
	return t
}()

// wideRuneClass returns the class of r for CountText.
func wideRuneClass(r rune) uint8 {
	var class uint8
	switch {
	case r < utf8.RuneSelf:
		switch c := byte(r); {
		case c >= 'a' && c <= 'z':
			class = rcLetter
		case c >= 'A' && c <= 'Z':
			class = rcUpper
		case c >= '0' && c <= '9':
			class = rcDigit
		case c == '\'' || c == '-':
			class = rcJoin
		case c == '.' || c == '!' || c == '?':
			class = rcStop
		case strings.IndexByte(",;:\"()[]{}/|*#&%@+=<>~^`\\_", c) >= 0:
			class = rcPunct
		}
	case runeclass.CJK(r):
		return rcCJK
	case runeclass.HangulSyllable(r):
		class = rcLetter
	case unicode.IsUpper(r):
		class = rcUpper
	case unicode.IsLetter(r) || unicode.IsMark(r):
		class = rcLetter
	case unicode.IsDigit(r):
		class = rcDigit
	case r == '’':
		class = rcJoin
	case r == '…' || r == '؟' || r == '।':
		class = rcStop
	case unicode.IsPunct(r):
		class = rcPunct
	}
	switch r {
	case ' ', '\n', '"', '\'', ')', '”', '»', '’':
		class |= rcCloser
	}
	return class
}

// flushCJK adds the words of a finished run of CJK characters.
func flushCJK(words *int, run int) int {
	if run > 0 {
		*words += (run + 1) / 2
	}
	return 0
}

// decodeRune decodes the first rune of a string or a []byte.
func decodeRune[T string | []byte](s T) (rune, int) {
	switch v := any(s).(type) {
	case string:
		return utf8.DecodeRuneInString(v)
	case []byte:
		return utf8.DecodeRune(v)
	}
	return utf8.RuneError, 1
}
