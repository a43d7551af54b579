// Package runeclass tells the runes that winnow's text scanners treat
// apart, by range, without the unicode tables: the scripts written without
// spaces between words, the letters without case that most Chinese and
// Korean text is made of, and the General Punctuation block. The block
// model's measurements (package boilerplate) and the pattern recognisers
// (package recognize) read text with them, so they stay one definition.
package runeclass

import "unicode/utf8"

// CJK reports whether r is a Han, Hiragana or Katakana character or CJK
// punctuation: scripts written without spaces between words.
func CJK(r rune) bool {
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

// HangulSyllable reports whether r is a precomposed Hangul syllable, most
// of Korean text: a letter without case, tested without the Unicode
// tables (TestCaselessRanges).
func HangulSyllable(r rune) bool { return 0xAC00 <= r && r <= 0xD7A3 }

// HanIdeograph reports whether r is a CJK unified ideograph of the basic
// block: a letter without case, tested without the Unicode tables
// (TestCaselessRanges).
func HanIdeograph(r rune) bool { return 0x4E00 <= r && r <= 0x9FFF }

// GeneralPunct reports whether r is in the General Punctuation block
// (U+2000 to U+206F): spaces, dashes, quotes, ellipses, invisible format
// characters; no letter, mark or digit. Quotes and dashes are common in
// text, and telling them from letters through the unicode tables is slow.
func GeneralPunct(r rune) bool { return r >= 0x2000 && r <= 0x206F }

// TrimClosers trims the closing quotes, brackets, asterisks and spaces
// that may follow the last punctuation of a sentence.
func TrimClosers(text string) string {
	for len(text) > 0 {
		c := text[len(text)-1]
		switch {
		case c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == ' ':
			text = text[:len(text)-1]
		case c >= 0x80:
			r, size := utf8.DecodeLastRuneInString(text)
			if r != '”' && r != '’' && r != '»' && r != '“' {
				return text
			}
			text = text[:len(text)-size]
		default:
			return text
		}
	}
	return text
}
