// Package lower compares and copies text lower-cased exactly as
// strings.ToLower lowers it, without the copy strings.ToLower makes: the
// short lines and words that winnow matches against lists of lower-case
// labels are lowered into a buffer on the caller's stack, or compared
// rune by rune.
package lower

import (
	"unicode"
	"unicode/utf8"
)

// Append appends strings.ToLower(s) to dst and returns the extended
// slice: each rune lowered by unicode.ToLower, each byte that is not
// valid UTF-8 replaced by U+FFFD. Given a buffer on the caller's stack
// (buf[:0]) large enough, it does not allocate.
func Append(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// Is reports whether strings.ToLower(s) == lower, without lowering s.
func Is(s, lower string) bool {
	i, j := 0, 0
	for i < len(s) && j < len(lower) {
		c, l := s[i], lower[j]
		if c < utf8.RuneSelf && l < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != l {
				return false
			}
			i++
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		lr, ln := utf8.DecodeRuneInString(lower[j:])
		if unicode.ToLower(r) != lr || lr == utf8.RuneError && ln == 1 {
			return false
		}
		i += n
		j += ln
	}
	return i == len(s) && j == len(lower)
}
