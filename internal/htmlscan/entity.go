package htmlscan

import "unicode/utf8"

// longestLegacyEntity is the length of the longest named reference that is
// recognised without its terminating ';' (such as "&copy" or "&nbsp").
const longestLegacyEntity = 6

// windows1252 maps the numeric references &#x80; to &#x9F; to the characters
// that pages written in Windows-1252 meant by them, as the HTML5
// specification requires.
var windows1252 = [32]rune{
	'\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
	'\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
	'\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
	'\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
}

// appendEntity decodes the character reference at the start of s (s[0] is
// '&') and appends its characters to dst. It returns the extended dst and the
// number of bytes of s consumed; n is 0 when s does not start a reference, in
// which case dst is unchanged and the caller keeps the '&' as text.
// inAttr selects the attribute-value rules: a legacy name without ';' that
// is followed by '=' or an alphanumeric is not a reference there.
//
// The rules are those of golang.org/x/net/html's unescapeEntity, so the
// results agree byte for byte.
func appendEntity(dst, s []byte, inAttr bool) ([]byte, int) {
	if len(s) <= 1 {
		return dst, 0
	}
	if s[1] == '#' {
		return appendNumericEntity(dst, s)
	}
	i := 1
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	name := s[1:i]
	if len(name) == 0 {
		return dst, 0
	}
	if inAttr && name[len(name)-1] != ';' && i < len(s) && s[i] == '=' {
		return dst, 0
	}
	if r, ok := lookupEntity(name); ok {
		return appendRunes(dst, r), i
	}
	if inAttr {
		return dst, 0
	}
	for j := min(len(name)-1, longestLegacyEntity); j > 1; j-- {
		if r, ok := lookupEntity(name[:j]); ok {
			return appendRunes(dst, r), j + 1
		}
	}
	return dst, 0
}

// appendNumericEntity decodes "&#123;" or "&#x7B;" (the ';' is optional) at
// the start of s.
func appendNumericEntity(dst, s []byte) ([]byte, int) {
	if len(s) <= 2 {
		return dst, 0
	}
	i := 2
	hex := s[i] == 'x' || s[i] == 'X'
	if hex {
		i++
	}
	i0 := i
	x := rune(0)
	for ; i < len(s); i++ {
		c := s[i]
		var d rune
		switch {
		case '0' <= c && c <= '9':
			d = rune(c - '0')
		case hex && 'a' <= c && c <= 'f':
			d = rune(c-'a') + 10
		case hex && 'A' <= c && c <= 'F':
			d = rune(c-'A') + 10
		default:
			goto done
		}
		if x <= utf8.MaxRune {
			if hex {
				x = 16*x + d
			} else {
				x = 10*x + d
			}
		}
	}
done:
	if i == i0 {
		return dst, 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	switch {
	case 0x80 <= x && x <= 0x9F:
		x = windows1252[x-0x80]
	case x == 0 || 0xD800 <= x && x <= 0xDFFF || x > utf8.MaxRune:
		x = utf8.RuneError
	}
	return utf8.AppendRune(dst, x), i
}

// lookupEntity finds name (without the '&', with its ';' if any) in the
// sorted entity table by binary search, the most common names first by
// commonEntity.
func lookupEntity(name []byte) ([2]rune, bool) {
	if r, ok := commonEntity(name); ok {
		return [2]rune{r}, true
	}
	if len(name) > longestEntityName {
		return [2]rune{}, false
	}
	lo, hi := 0, len(entityNames)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if entityNames[m] < string(name) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(entityNames) && entityNames[lo] == string(name) {
		return entityRunes[lo], true
	}
	return [2]rune{}, false
}

// appendRunes appends the one or two code points of an entity.
func appendRunes(dst []byte, r [2]rune) []byte {
	dst = utf8.AppendRune(dst, r[0])
	if r[1] != 0 {
		dst = utf8.AppendRune(dst, r[1])
	}
	return dst
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
