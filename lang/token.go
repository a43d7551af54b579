package lang

import "unicode"

// forEachToken calls fn for each run of text between ASCII white space,
// except the runs that look like URLs, e-mail addresses, handles or file
// paths: their letters say nothing about the language of the text.
func forEachToken(text string, fn func(tok string)) {
	for i := 0; i < len(text); {
		start, end, marked := nextToken(text, i)
		if end > start && !(marked && urlish(text[start:end])) {
			fn(text[start:end])
		}
		i = end
	}
}

// Byte classes of nextToken.
const (
	tokSpace = 1 // ASCII white space, between tokens
	tokMark  = 2 // a byte without which a token is not urlish: # @ : . / \ _ =
)

// tokenBytes classifies bytes for nextToken.
var tokenBytes = func() (t [256]uint8) {
	for _, c := range " \n\t\r\f\v" {
		t[c] = tokSpace
	}
	for _, c := range "#@:./\\_=" {
		t[c] = tokMark
	}
	return t
}()

// nextToken returns the bounds of the first token of text at or after i,
// and whether it holds a byte urlish needs to say yes (tokMark): most
// tokens do not, and need no closer look.
func nextToken(text string, i int) (start, end int, marked bool) {
	for i < len(text) && tokenBytes[text[i]] == tokSpace {
		i++
	}
	var seen uint8
	j := i
	for ; j < len(text); j++ {
		k := tokenBytes[text[j]]
		if k == tokSpace {
			break
		}
		seen |= k
	}
	return i, j, seen != 0
}

// urlish reports whether tok looks like a URL, a domain or file name, an
// e-mail address, a handle or a hashtag. A token with non-ASCII bytes is urlish only
// with an explicit marker ("://", "www.", "@"), so that a sentence of a
// script written without spaces, which is one token, is not dropped for a
// slash or a dot in it.
func urlish(tok string) bool {
	if tok[0] == '#' {
		return true
	}
	ascii := true
	for k := 0; k < len(tok); k++ {
		c := tok[k]
		switch {
		case c >= 0x80:
			ascii = false
		case c == '@':
			return true
		case c == ':' && k+2 < len(tok) && tok[k+1] == '/' && tok[k+2] == '/':
			return true
		case (c == 'w' || c == 'W') && k+4 <= len(tok) && (tok[k:k+4] == "www." || tok[k:k+4] == "WWW."):
			return true
		}
	}
	if !ascii {
		return false
	}
	for k := 1; k+1 < len(tok); k++ {
		c := tok[k]
		if (c == '/' || c == '\\' || c == '_' || c == '=') && isAlnum(tok[k-1]) && isAlnum(tok[k+1]) {
			return true
		}
		// a dot inside a word followed by lower case: example.com, index.html
		if c == '.' && isAlnum(tok[k-1]) && 'a' <= tok[k+1] && tok[k+1] <= 'z' && k+2 < len(tok) && isAlnum(tok[k+2]) {
			return true
		}
	}
	return false
}

func isAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// toLower lower-cases r, with fast paths for ASCII, Latin-1 and basic
// Cyrillic, the common cases.
func toLower(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 32
		}
		return r
	case r < 0x100:
		if 0xC0 <= r && r <= 0xDE && r != 0xD7 {
			return r + 32
		}
		return r
	case 0x410 <= r && r <= 0x42F:
		return r + 32
	case 0x430 <= r && r <= 0x45F:
		return r
	case 0x400 <= r && r <= 0x40F:
		return r + 80
	case 0x590 <= r && r < 0x10A0:
		return r // Hebrew to Myanmar: no case
	case 0x3040 <= r && r <= 0x9FFF, 0xAC00 <= r && r <= 0xD7A3:
		return r // kana, CJK ideographs, Hangul syllables: no case
	}
	return unicode.ToLower(r)
}
