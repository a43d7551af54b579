// Package ascii holds the case-blind comparisons of ASCII text that
// winnow's scanners share (the HTML scanner, the charset sniffer, the
// metadata collector, the segmenter): tag names, schemes and charset
// labels are ASCII whatever the page's encoding, and comparing them byte
// by byte needs no Unicode folding and no allocation.
package ascii

// Lower returns c in lower case when it is an ASCII upper-case letter,
// else c.
func Lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// HasPrefixFold reports whether s begins with prefix, which must be
// lower-case ASCII, in any ASCII case of s.
func HasPrefixFold[T string | []byte](s T, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if Lower(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// AppendLower appends s to dst with its ASCII upper-case letters in lower
// case and returns the extended slice. Given a buffer on the caller's
// stack (buf[:0]), it lower-cases an attribute's short value for a switch
// without allocating.
func AppendLower(dst, s []byte) []byte {
	for _, c := range s {
		dst = append(dst, Lower(c))
	}
	return dst
}
