package extract

import (
	"strings"
	"unicode/utf8"
)

// maxDatelineSentenceWords is the most words of a block that ends as a
// sentence ends and is still read as a dateline ("Published on March 3,
// 2021."): a longer one is the article's prose, whose dates are those of
// what it tells ("The offer is valid from November 26 to December 3,
// 2025."), not its own.
const maxDatelineSentenceWords = 8

// proseLine reports whether a block of words words that may hold a date
// reads as a sentence of the article: more than maxDatelineSentenceWords
// words, ending with a full stop, an exclamation or a question mark
// (closing quotes and brackets aside) other than the one of "a.m." and
// "p.m.".
func proseLine(text string, words int) bool {
	if words <= maxDatelineSentenceWords {
		return false
	}
	text = strings.TrimRight(text, " \t\n\"')]”’»")
	r, _ := utf8.DecodeLastRuneInString(text)
	switch r {
	case '!', '?', '…', '。', '！', '？':
		return true
	case '.':
		n := len(text)
		return !(n >= 4 && (text[n-4:] == "a.m." || text[n-4:] == "p.m." || text[n-4:] == "A.M." || text[n-4:] == "P.M."))
	}
	return false
}
