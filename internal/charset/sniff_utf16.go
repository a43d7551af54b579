package charset

import "golang.org/x/text/encoding/unicode"

// utf16Sample is how many leading bytes sniffUTF16 looks at.
const utf16Sample = 1024

// sniffUTF16 recognises UTF-16 without a BOM. HTML markup is ASCII, which
// UTF-16 stores with a zero high byte, so in UTF-16LE most odd positions are
// zero and almost no even one is (and the reverse for big endian). Legacy
// and UTF-8 text has no zero bytes at all.
func sniffUTF16(raw []byte) (unicode.Endianness, bool) {
	n := len(raw)
	if n > utf16Sample {
		n = utf16Sample
	}
	n &^= 1
	if n < 8 {
		return unicode.BigEndian, false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*4 && even*20 <= pairs:
		return unicode.LittleEndian, true
	case even*10 >= pairs*4 && odd*20 <= pairs:
		return unicode.BigEndian, true
	}
	return unicode.BigEndian, false
}
