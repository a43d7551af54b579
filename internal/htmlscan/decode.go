package htmlscan

import (
	"bytes"
	"unicode/utf8"
)

// decodeMode says which rewrites a token's bytes need before they are handed
// out; the rules are those golang.org/x/net/html applies to the same token.
type decodeMode uint8

const (
	// unescape decodes character references ("&amp;" -> "&").
	unescape decodeMode = 1 << iota
	// inAttr applies the attribute-value rules for character references.
	inAttr
	// replaceNUL turns NUL bytes into U+FFFD.
	replaceNUL
)

// replacement is the UTF-8 encoding of U+FFFD.
const replacement = "\uFFFD"

// needsDecode returns the index of the first byte of b that mode rewrites:
// '\r' always, '&' when unescaping, NUL when replacing it; -1 if none.
// It uses bytes.IndexByte, which is vectorised, because most text has none;
// a short b, most attribute values, costs less read once a byte at a time
// than in up to three calls.
func needsDecode(b []byte, mode decodeMode) int {
	if len(b) <= maxShortDecode {
		stops := &decodeStops[mode&(unescape|replaceNUL)]
		for i, c := range b {
			if stops[c] {
				return i
			}
		}
		return -1
	}
	first := bytes.IndexByte(b, '\r')
	if first >= 0 {
		b = b[:first]
	}
	if mode&unescape != 0 {
		if i := bytes.IndexByte(b, '&'); i >= 0 {
			first, b = i, b[:i]
		}
	}
	if mode&replaceNUL != 0 {
		if i := bytes.IndexByte(b, 0); i >= 0 {
			first = i
		}
	}
	return first
}

// maxShortDecode is the longest b that needsDecode reads a byte at a
// time.
const maxShortDecode = 16

// decodeStops marks, for each combination of unescape and replaceNUL, the
// bytes that needsDecode stops at.
var decodeStops = func() (t [unescape | replaceNUL + 1][256]bool) {
	for mode := range t {
		t[mode]['\r'] = true
		t[mode]['&'] = decodeMode(mode)&unescape != 0
		t[mode][0] = decodeMode(mode)&replaceNUL != 0
	}
	return t
}()

// decodeFrom returns b with mode's rewrites applied and "\r\n" and "\r"
// turned into "\n", where b[first] is the first byte to rewrite, as
// needsDecode found: callers test needsDecode first and hand out b itself
// when it finds nothing, which most values and texts need. It appends
// the result to dst[:len(dst)] and returns the extended buffer and the
// decoded part (a slice of it).
func decodeFrom(dst, b []byte, first int, mode decodeMode) (buf, out []byte) {
	start := len(dst)
	dst = append(dst, b[:first]...)
	for i := first; i < len(b); {
		c := b[i]
		switch {
		case c == '\r':
			dst = append(dst, '\n')
			i++
			if i < len(b) && b[i] == '\n' {
				i++
			}
			continue
		case c == '&' && mode&unescape != 0:
			var n int
			dst, n = appendEntity(dst, b[i:], mode&inAttr != 0)
			if n > 0 {
				i += n
				continue
			}
		case c == 0 && mode&replaceNUL != 0:
			dst = append(dst, replacement...)
			i++
			continue
		}
		// Copy the run up to the next byte that may need rewriting.
		j := i + 1
		for j < len(b) && !special(b[j]) {
			j++
		}
		dst = append(dst, b[i:j]...)
		i = j
	}
	return dst, dst[start:len(dst):len(dst)]
}

// special reports whether c may need rewriting in some mode.
func special(c byte) bool {
	return c == '&' || c == '\r' || c == 0
}

// lowerName returns b lower-cased (ASCII only) with NUL bytes replaced by
// U+FFFD, the form golang.org/x/net/html gives tag names and attribute keys.
// Like decode, it returns b itself when nothing changes and otherwise
// appends to dst.
func lowerName(dst, b []byte) (buf, out []byte) {
	i := 0
	for i < len(b) && !('A' <= b[i] && b[i] <= 'Z' || b[i] == 0) {
		i++
	}
	if i == len(b) {
		return dst, b
	}
	start := len(dst)
	dst = append(dst, b[:i]...)
	for ; i < len(b); i++ {
		switch c := b[i]; {
		case 'A' <= c && c <= 'Z':
			dst = append(dst, c+'a'-'A')
		case c == 0:
			dst = utf8.AppendRune(dst, utf8.RuneError)
		default:
			dst = append(dst, c)
		}
	}
	return dst, dst[start:len(dst):len(dst)]
}
