package htmlscan

// commonEntity returns the code point of the named references that pages
// write most often (a space, quotes, the markup characters, German
// umlauts, typographic dashes and quotes), found by the bytes of name as
// one number rather than by a binary search of the 2,231 names, which
// compares a dozen strings. ok is false for the others, which
// lookupEntity looks up in the table; the two agree
// (TestCommonEntitiesMatchTable).
func commonEntity(name []byte) (r rune, ok bool) {
	if len(name) < 3 || len(name) > 8 || name[len(name)-1] != ';' {
		return 0, false
	}
	var k uint64
	for i, c := range name {
		k |= uint64(c) << (8 * uint(i))
	}
	switch k {
	case 'n' | 'b'<<8 | 's'<<16 | 'p'<<24 | ';'<<32:
		return '\u00A0', true
	case 'q' | 'u'<<8 | 'o'<<16 | 't'<<24 | ';'<<32:
		return '"', true
	case 'a' | 'm'<<8 | 'p'<<16 | ';'<<24:
		return '&', true
	case 'l' | 't'<<8 | ';'<<16:
		return '<', true
	case 'g' | 't'<<8 | ';'<<16:
		return '>', true
	case 'a' | 'p'<<8 | 'o'<<16 | 's'<<24 | ';'<<32:
		return '\'', true
	case 'u' | 'u'<<8 | 'm'<<16 | 'l'<<24 | ';'<<32:
		return 'ü', true
	case 'a' | 'u'<<8 | 'm'<<16 | 'l'<<24 | ';'<<32:
		return 'ä', true
	case 'o' | 'u'<<8 | 'm'<<16 | 'l'<<24 | ';'<<32:
		return 'ö', true
	case 'U' | 'u'<<8 | 'm'<<16 | 'l'<<24 | ';'<<32:
		return 'Ü', true
	case 's' | 'z'<<8 | 'l'<<16 | 'i'<<24 | 'g'<<32 | ';'<<40:
		return 'ß', true
	case 'r' | 'a'<<8 | 'q'<<16 | 'u'<<24 | 'o'<<32 | ';'<<40:
		return '»', true
	case 'l' | 'a'<<8 | 'q'<<16 | 'u'<<24 | 'o'<<32 | ';'<<40:
		return '«', true
	case 'h' | 'e'<<8 | 'l'<<16 | 'l'<<24 | 'i'<<32 | 'p'<<40 | ';'<<48:
		return '…', true
	case 'm' | 'd'<<8 | 'a'<<16 | 's'<<24 | 'h'<<32 | ';'<<40:
		return '—', true
	case 'n' | 'd'<<8 | 'a'<<16 | 's'<<24 | 'h'<<32 | ';'<<40:
		return '–', true
	case 'r' | 's'<<8 | 'q'<<16 | 'u'<<24 | 'o'<<32 | ';'<<40:
		return '’', true
	case 'l' | 's'<<8 | 'q'<<16 | 'u'<<24 | 'o'<<32 | ';'<<40:
		return '‘', true
	case 'r' | 'd'<<8 | 'q'<<16 | 'u'<<24 | 'o'<<32 | ';'<<40:
		return '”', true
	case 'l' | 'd'<<8 | 'q'<<16 | 'u'<<24 | 'o'<<32 | ';'<<40:
		return '“', true
	case 'c' | 'o'<<8 | 'p'<<16 | 'y'<<24 | ';'<<32:
		return '©', true
	case 'm' | 'i'<<8 | 'd'<<16 | 'd'<<24 | 'o'<<32 | 't'<<40 | ';'<<48:
		return '·', true
	case 'b' | 'u'<<8 | 'l'<<16 | 'l'<<24 | ';'<<32:
		return '•', true
	case 'e' | 'a'<<8 | 'c'<<16 | 'u'<<24 | 't'<<32 | 'e'<<40 | ';'<<48:
		return 'é', true
	}
	return 0, false
}
