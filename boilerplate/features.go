package boilerplate

import (
	"unicode"
	"unicode/utf8"
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
	var chars, words, sentences, punct, upper, digits, cjkRun int
	inWord := false
	prevSentenceEnd := false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, size = decodeRune(text[i:])
		}
		i += size
		chars++
		if prevSentenceEnd {
			// A sentence ends at terminal punctuation followed by a space or
			// a closing quote; "3.5" and "e.g." inside a word do not count.
			if r == ' ' || r == '\n' || r == '"' || r == '\'' || r == ')' || r == '”' || r == '»' || r == '’' {
				sentences++
			}
			prevSentenceEnd = false
		}
		switch {
		case c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z'):
			if !inWord {
				words++
				inWord = true
				if c <= 'Z' {
					upper++
				}
			}
			cjkRun = flushCJK(&words, cjkRun)
		case c >= '0' && c <= '9':
			digits++
			if !inWord {
				words++
				inWord = true
			}
			cjkRun = flushCJK(&words, cjkRun)
		case c < utf8.RuneSelf:
			cjkRun = flushCJK(&words, cjkRun)
			if inWord && (c == '\'' || c == '-') {
				continue // inside a word: don't, well-known
			}
			inWord = false
			switch c {
			case '.', '!', '?':
				punct++
				prevSentenceEnd = true
			case ',', ';', ':', '"', '(', ')', '[', ']', '{', '}', '/', '|', '*', '#', '&', '%', '@', '+', '=', '<', '>', '~', '^', '`', '\\', '_', '-', '\'':
				punct++
			}
		case isCJK(r):
			inWord = false
			cjkRun++
			if r == '。' || r == '！' || r == '？' {
				punct++
				sentences++
			}
		case unicode.IsLetter(r) || unicode.IsMark(r):
			cjkRun = flushCJK(&words, cjkRun)
			if !inWord {
				words++
				inWord = true
				if unicode.IsUpper(r) {
					upper++
				}
			}
		case unicode.IsDigit(r):
			cjkRun = flushCJK(&words, cjkRun)
			digits++
			if !inWord {
				words++
				inWord = true
			}
		default:
			cjkRun = flushCJK(&words, cjkRun)
			if inWord && r == '’' {
				continue
			}
			inWord = false
			if unicode.IsPunct(r) {
				punct++
				switch r {
				case '…', '。', '！', '？', '؟', '।':
					prevSentenceEnd = true
				}
			}
		}
	}
	flushCJK(&words, cjkRun)
	if prevSentenceEnd {
		sentences++
	}
	f.Chars, f.Words, f.Sentences, f.Punct, f.Uppercase, f.Digits = chars, words, sentences, punct, upper, digits
}

// flushCJK adds the words of a finished run of CJK characters.
func flushCJK(words *int, run int) int {
	if run > 0 {
		*words += (run + 1) / 2
	}
	return 0
}

// isCJK reports whether r is a Han, Hiragana or Katakana character or CJK
// punctuation: scripts written without spaces between words.
func isCJK(r rune) bool {
	switch {
	case r >= 0x3000 && r <= 0x30FF: // CJK punctuation, Hiragana, Katakana
		return true
	case r >= 0x3400 && r <= 0x9FFF: // CJK unified ideographs and extension A
		return true
	case r >= 0xF900 && r <= 0xFAFF, r >= 0xFF00 && r <= 0xFF60:
		return true
	case r >= 0x20000 && r <= 0x2FFFF:
		return true
	}
	return false
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
