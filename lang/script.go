package lang

import (
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runetab"
)

// Script is a writing system, as far as language identification needs it.
// Hiragana and Katakana are one script, Kana.
type Script uint8

// The scripts DetectScript tells apart. ScriptUnknown stands for text with
// no letters or letters of a script not listed here.
const (
	ScriptUnknown Script = iota
	Latin
	Cyrillic
	Greek
	Armenian
	Hebrew
	Arabic
	Devanagari
	Bengali
	Gurmukhi
	Gujarati
	Oriya
	Tamil
	Telugu
	Kannada
	Malayalam
	Sinhala
	Thai
	Lao
	Myanmar
	Georgian
	Ethiopic
	Khmer
	Hangul
	Kana
	Han
	numScripts
)

var scriptNames = [numScripts]string{
	"Unknown", "Latin", "Cyrillic", "Greek", "Armenian", "Hebrew", "Arabic",
	"Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil",
	"Telugu", "Kannada", "Malayalam", "Sinhala", "Thai", "Lao", "Myanmar",
	"Georgian", "Ethiopic", "Khmer", "Hangul", "Kana", "Han",
}

// String returns the script's English name, e.g. "Cyrillic".
func (s Script) String() string {
	if s >= numScripts {
		return scriptNames[ScriptUnknown]
	}
	return scriptNames[s]
}

// scriptRange maps the code points lo..hi (inclusive) to a script.
type scriptRange struct {
	lo, hi rune
	script Script
}

// scriptRanges lists, sorted, the blocks of the scripts above beyond Latin-1.
// Code points in these blocks count only when they are letters or marks.
var scriptRanges = [...]scriptRange{
	{0x0100, 0x024F, Latin},
	{0x0370, 0x03FF, Greek},
	{0x0400, 0x052F, Cyrillic},
	{0x0531, 0x058F, Armenian},
	{0x0591, 0x05FF, Hebrew},
	{0x0600, 0x06FF, Arabic},
	{0x0750, 0x077F, Arabic},
	{0x08A0, 0x08FF, Arabic},
	{0x0900, 0x097F, Devanagari},
	{0x0980, 0x09FF, Bengali},
	{0x0A00, 0x0A7F, Gurmukhi},
	{0x0A80, 0x0AFF, Gujarati},
	{0x0B00, 0x0B7F, Oriya},
	{0x0B80, 0x0BFF, Tamil},
	{0x0C00, 0x0C7F, Telugu},
	{0x0C80, 0x0CFF, Kannada},
	{0x0D00, 0x0D7F, Malayalam},
	{0x0D80, 0x0DFF, Sinhala},
	{0x0E00, 0x0E7F, Thai},
	{0x0E80, 0x0EFF, Lao},
	{0x1000, 0x109F, Myanmar},
	{0x10A0, 0x10FF, Georgian},
	{0x1100, 0x11FF, Hangul},
	{0x1200, 0x139F, Ethiopic},
	{0x1780, 0x17FF, Khmer},
	{0x1C80, 0x1C8F, Cyrillic},
	{0x1C90, 0x1CBF, Georgian},
	{0x1E00, 0x1EFF, Latin},
	{0x1F00, 0x1FFF, Greek},
	{0x2C00, 0x2C5F, ScriptUnknown},
	{0x2C60, 0x2C7F, Latin},
	{0x2D00, 0x2D2F, Georgian},
	{0x2DE0, 0x2DFF, Cyrillic},
	{0x3040, 0x309F, Kana},
	{0x30A0, 0x30FF, Kana},
	{0x3130, 0x318F, Hangul},
	{0x31F0, 0x31FF, Kana},
	{0x3400, 0x4DBF, Han},
	{0x4E00, 0x9FFF, Han},
	{0xA640, 0xA69F, Cyrillic},
	{0xA720, 0xA7FF, Latin},
	{0xA960, 0xA97F, Hangul},
	{0xAB30, 0xAB6F, Latin},
	{0xAC00, 0xD7FF, Hangul},
	{0xF900, 0xFAFF, Han},
	{0xFB1D, 0xFB4F, Hebrew},
	{0xFB50, 0xFDFF, Arabic},
	{0xFE70, 0xFEFF, Arabic},
	{0xFF21, 0xFF3A, Latin},
	{0xFF41, 0xFF5A, Latin},
	{0xFF66, 0xFF9F, Kana},
	{0xFFA0, 0xFFDC, Hangul},
	{0x20000, 0x3134F, Han},
}

// lowScripts caches ScriptOf for the code points below 0x1000 (Latin,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, the scripts of India, Thai,
// Lao), the hot cases, with markBit set on combining marks; filled once at
// package initialisation, from the ranges of the Unicode tables rather
// than a test of each code point, which cost a million and a half
// instructions at the start of every process.
var lowScripts = func() (t [0x1000]uint8) {
	var letter, mark [len(t)]bool
	runetab.Set(letter[:], true, unicode.Letter)
	runetab.Set(mark[:], true, unicode.Mark)
	for r := range rune(0x100) {
		t[r] = uint8(scriptOfSlow(r))
	}
	// above Latin-1 a code point of a listed block counts when it is a
	// letter or a mark (see searchScript; Han and Hangul start higher)
	for _, sr := range scriptRanges {
		for r := max(sr.lo, 0x100); r <= min(sr.hi, rune(len(t))-1); r++ {
			if letter[r] || mark[r] {
				t[r] = uint8(sr.script)
			}
		}
	}
	for r, m := range mark {
		if m {
			t[r] |= markBit
		}
	}
	return t
}()

// markBit flags combining marks in lowScripts.
const markBit = 0x80

// ScriptOf returns the script of r when r is a letter or a combining mark of
// one of the scripts Script lists, and ScriptUnknown otherwise (digits,
// punctuation, symbols, spaces, other scripts).
func ScriptOf(r rune) Script {
	if uint32(r) < uint32(len(lowScripts)) {
		return Script(lowScripts[r] &^ markBit)
	}
	return scriptOfSlow(r)
}

// isMark reports whether r is a combining mark, with a table for the
// common scripts.
func isMark(r rune) bool {
	if uint32(r) < uint32(len(lowScripts)) {
		return lowScripts[r]&markBit != 0
	}
	return unicode.IsMark(r)
}

func scriptOfSlow(r rune) Script {
	if r < 0x80 {
		if 'a' <= r|0x20 && r|0x20 <= 'z' {
			return Latin
		}
		return ScriptUnknown
	}
	if r < 0x100 {
		if r >= 0xC0 && r != 0xD7 && r != 0xF7 {
			return Latin
		}
		return ScriptUnknown
	}
	// The two largest ranges of text without spaces or case, without a
	// search (TestScriptOfFastRanges).
	switch {
	case 0x4E00 <= r && r <= 0x9FFF:
		return Han
	case 0xAC00 <= r && r <= 0xD7A3:
		return Hangul
	}
	return searchScript(r)
}

// searchScript finds r in scriptRanges.
func searchScript(r rune) Script {
	lo, hi := 0, len(scriptRanges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch sr := &scriptRanges[m]; {
		case r < sr.lo:
			hi = m
		case r > sr.hi:
			lo = m + 1
		default:
			if sr.script == Han || sr.script == Hangul && r >= 0xAC00 && r <= 0xD7A3 {
				return sr.script // whole blocks of letters: skip the letter test
			}
			if unicode.IsLetter(r) || unicode.IsMark(r) || r == 0x30FC {
				return sr.script
			}
			return ScriptUnknown
		}
	}
	return ScriptUnknown
}

// DetectScript returns the script of most letters in text, skipping tokens
// that look like URLs or e-mail addresses, or ScriptUnknown when text has no
// letters. Han and Kana text with a fair share of Kana is Kana (Japanese);
// Han and Hangul text with a fair share of Hangul is Hangul (Korean).
func DetectScript(text string) Script {
	var counts [numScripts]int
	forEachToken(text, func(tok string) {
		for i := 0; i < len(tok); {
			r, size := rune(tok[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(tok[i:])
			}
			i += size
			counts[ScriptOf(r)]++
		}
	})
	return dominantScript(&counts)
}

// cjkWeight is the number of alphabetic letters one Han, Kana or Hangul
// character counts for when scripts are compared.
const cjkWeight = 3

// dominantScript picks the script of most letters, resolving the mixes of
// Japanese (Han with Kana) and Korean (Hangul with some Han).
func dominantScript(counts *[numScripts]int) Script {
	cjk := counts[Han] + counts[Kana]
	if counts[Kana] > 0 && counts[Kana]*10 >= cjk {
		counts[Kana] = cjk
	}
	if counts[Hangul] > 0 && counts[Hangul]*10 >= 3*(counts[Han]+counts[Hangul]) {
		counts[Hangul] += counts[Han]
	}
	// An ideograph or a Hangul syllable carries about as much as a short
	// word, so weigh them against alphabets by cjkWeight.
	weight := func(s Script) int {
		if s == Han || s == Kana || s == Hangul {
			return cjkWeight * counts[s]
		}
		return counts[s]
	}
	best := ScriptUnknown
	for s := Latin; s < numScripts; s++ {
		if counts[s] > 0 && (best == ScriptUnknown || weight(s) > weight(best)) {
			best = s
		}
	}
	return best
}
