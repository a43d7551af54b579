package htmlscan

import (
	"bytes"
	"encoding/binary"
	"slices"

	"github.com/winnowtext/winnow/internal/ascii"
	"golang.org/x/net/html/atom"
)

// attr is the position of one attribute of the current start tag.
type attr struct {
	key, val span
	// foldKey says the key holds an upper-case letter or a NUL, which
	// AttrKey rewrites; most keys are handed out as written.
	foldKey bool
}

// startTag scans the start tag whose '<' is at lt.
func (s *Scanner) startTag(lt int) TokenType {
	end := s.scanTag(lt, lt+1, true)
	if end < 0 {
		return s.eof()
	}
	s.rawTag = rawTagName(s.atom)
	// "<br/>" closes itself, but "<a href=x/>" ends in an unquoted value.
	if s.src[end-2] == '/' && (len(s.attrs) == 0 || end-1 != s.attrs[len(s.attrs)-1].val.end) {
		return SelfClosingTagToken
	}
	return StartTagToken
}

// endTag scans the token that starts with "</" at lt.
func (s *Scanner) endTag(lt int) TokenType {
	src := s.src
	i := lt + 2
	switch {
	case i >= len(src):
		// "</" at the end of the page is text.
		return s.emitText(lt, len(src))
	case src[i] == '>':
		// "</>" is no token in HTML5; like x/net/html, report an empty
		// comment so that Raw still tiles the page.
		s.pos = i + 1
		s.raw = span{lt, s.pos}
		s.data = span{i, i}
		return CommentToken
	case isLetter(src[i]):
		if s.scanTag(lt, i, false) < 0 {
			return s.eof()
		}
		return EndTagToken
	}
	// "</ p>" and the like are bogus comments.
	return s.untilCloseAngle(lt, i, CommentToken)
}

// scanTag scans the tag whose '<' is at lt and whose name starts at
// nameStart with a letter. It sets the tag name span and atom, the
// attributes when save is true, and the token span. It returns the index
// after the closing '>', or -1 when the page ends inside the tag.
func (s *Scanner) scanTag(lt, nameStart int, save bool) int {
	src := s.src
	// The name's first eight bytes, as written, make its atomCache key;
	// the bytes of longer names wrap around and spoil it, but those are
	// not looked up by key.
	key := uint64(src[nameStart])
	i := nameStart + 1
	for i < len(src) {
		c := src[i]
		if tagBytes[c]&(byteSpace|byteSlash|byteClose) != 0 {
			break
		}
		key |= uint64(c) << (8 * uint(i-nameStart) & 63)
		i++
	}
	if i >= len(src) {
		return -1
	}
	s.data = span{nameStart, i}
	if size := i - nameStart; size > 8 {
		s.atom = s.longNameAtom()
	} else if a, ok := s.atoms.lookup(key, size); ok {
		s.atom = a
	} else {
		s.atom = s.atoms.fill(key, size)
	}
	if src[i] != '>' {
		// Most tags have attributes or end in "/>"; end tags have
		// neither.
		if i = s.scanAttrs(i, save); i < 0 {
			return -1
		}
	}
	s.pos = i + 1
	s.raw = span{lt, i + 1}
	return i + 1
}

// scanAttrs scans the attributes of a tag from i, just after its name, to
// its closing '>', whose index it returns, or -1 when the page ends first.
// When save is true it sets s.attrs.
//
// The grammar is that of x/net/html's readTag, which follows the HTML5
// attribute states closely: '/' outside a value is skipped, a key may
// start with '=', unquoted values end only at whitespace or '>', and of
// duplicate keys (compared case-insensitively) the first wins.
func (s *Scanner) scanAttrs(i int, save bool) int {
	src, n := s.src, len(s.src)
	attrs := s.attrs[:0]
	// seen has a bit for each key size and first letter that a key of
	// the tag had: a key whose bit is clear is new without a search
	// while the keySet needs no record of it (see linearKeys).
	var seen uint64
	for {
		i = skipSpace(src, i)
		if i >= n {
			return -1
		}
		if src[i] == '>' {
			break
		}
		// Attribute key.
		key := span{i, i}
		var class uint8 // the classes of the key's bytes, or-ed
		if src[i] != '/' {
			class = tagBytes[src[i]]
			i++ // the first byte belongs to the key, even '='
			for i < n {
				c := tagBytes[src[i]]
				if c&(byteSpace|byteEquals|byteSlash|byteClose) != 0 {
					break
				}
				class |= c
				i++
			}
			key.end = i
		}
		// Attribute value.
		val := span{i, i}
		i = skipSpace(src, i)
		if i >= n {
			return -1
		}
		switch src[i] {
		case '/':
			i++
		case '=':
			i = skipSpace(src, i+1)
			if i >= n {
				return -1
			}
			switch q := src[i]; q {
			case '>':
				// "<a b=>": an empty value.
			case '"', '\'':
				j := bytes.IndexByte(src[i+1:], q)
				if j < 0 {
					return -1
				}
				val = span{i + 1, i + 1 + j}
				i = val.end + 1
			default:
				val.start = i
				for i < n && tagBytes[src[i]]&(byteSpace|byteClose) == 0 {
					i++
				}
				if i >= n {
					return -1
				}
				val.end = i
			}
		}
		// A key is new when its seen bit is clear; otherwise it is
		// looked up.
		if save && key.end > key.start {
			bit := uint64(1) << ((uint(key.end-key.start)*8 + uint(src[key.start]|0x20)) & 63)
			if seen&bit == 0 && len(attrs) < linearKeys || s.keys.add(src, attrs, key) {
				seen |= bit
				// Stored field by field: a composite literal is built
				// on the stack and copied.
				if len(attrs) == cap(attrs) {
					attrs = slices.Grow(attrs, 1)
				}
				attrs = attrs[:len(attrs)+1]
				a := &attrs[len(attrs)-1]
				a.key, a.val, a.foldKey = key, val, class&byteFold != 0
			}
		}
	}
	s.attrs = attrs
	return i
}

// TagName returns the lower-cased name of the current start, end or
// self-closing tag (NUL bytes become U+FFFD), and nil for other tokens.
// It points into the page when the name is lower case already, otherwise
// into a buffer of the Scanner; it is valid until the next call to Next.
func (s *Scanner) TagName() []byte {
	switch s.tt {
	case StartTagToken, EndTagToken, SelfClosingTagToken:
	default:
		return nil
	}
	if !s.nameReady {
		s.nameBuf, s.name = lowerName(s.nameBuf[:0], s.src[s.data.start:s.data.end])
		s.name = s.name[:len(s.name):len(s.name)]
		s.nameReady = true
	}
	return s.name
}

// TagAtom returns the atom of the current tag's name, or 0 when the name
// is not a known one or the token is not a tag.
func (s *Scanner) TagAtom() atom.Atom {
	switch s.tt {
	case StartTagToken, EndTagToken, SelfClosingTagToken:
		return s.atom
	}
	return 0
}

// longNameAtom returns the atom of the name of the tag just scanned when
// it is longer than eight bytes.
func (s *Scanner) longNameAtom() atom.Atom {
	var name []byte
	s.nameBuf, name = lowerName(s.nameBuf[:0], s.src[s.data.start:s.data.end])
	return atom.Lookup(name)
}

// atomCache remembers the atoms of the short tag names a Scanner met, by
// their bytes as written (not lower-cased) and their size: a page uses a
// few dozen names thousands of times, and a name's number finds its atom
// in fewer steps than lower-casing it for atom.Lookup's hash and
// comparison. It is direct-mapped; the atom of a name never changes, so it
// lasts from page to page.
type atomCache struct {
	slots [64]struct {
		key  uint64 // the name's bytes, the first in the low byte
		size int32  // the name's size; 0 is an empty slot
		a    atom.Atom
	}
}

// lookup returns the atom of the name of size bytes (one to eight) whose
// bytes are key, the first in the low byte, if the cache has it. The size
// tells "a" from "a\x00". It is small enough to be inlined; fill handles
// a miss.
func (c *atomCache) lookup(key uint64, size int) (atom.Atom, bool) {
	sl := &c.slots[key*0x9E3779B97F4A7C15>>58]
	return sl.a, sl.key == key && sl.size == int32(size)
}

// fill looks up the atom of a name lookup missed and keeps it in the
// name's slot. A name with a NUL has no atom, as after lowerName.
func (c *atomCache) fill(key uint64, size int) atom.Atom {
	sl := &c.slots[key*0x9E3779B97F4A7C15>>58]
	var name [8]byte
	binary.LittleEndian.PutUint64(name[:], key)
	sl.key, sl.size, sl.a = key, int32(size), atom.Lookup(ascii.AppendLower(name[:0], name[:size]))
	return sl.a
}

// HasAttr reports whether NextAttr has attributes of the current start tag
// left to return. End tags have none: their attributes are dropped, as in
// HTML5.
func (s *Scanner) HasAttr() bool {
	return s.attrNext < len(s.attrs)
}

// NextAttr returns the next attribute of the current start or self-closing
// tag: its key lower-cased and its value with character references decoded
// (attribute-value rules), "\r\n" and "\r" turned into "\n" and NUL bytes
// into U+FFFD. more reports whether further attributes follow; once none are
// left NextAttr returns nil, nil, false. Attributes with an empty key are
// skipped and of duplicate keys only the first is kept, as in x/net/html.
//
// Key and value point into the page unless they needed rewriting, in which
// case they point into a buffer of the Scanner; both stay valid until the
// next call to Next.
func (s *Scanner) NextAttr() (key, val []byte, more bool) {
	i := s.attrNext
	if i >= len(s.attrs) {
		return nil, nil, false
	}
	s.attrNext++
	return s.AttrKey(i), s.AttrValueAt(i), s.attrNext < len(s.attrs)
}

// AttrCount returns how many attributes the current start or self-closing
// tag has, as NextAttr would return them: 0 for other tokens. AttrKey and
// AttrValueAt read them by index, with no cursor to move: a reader of
// every key and of some values makes one call for each instead of two.
func (s *Scanner) AttrCount() int { return len(s.attrs) }

// AttrKey returns the key of attribute i (0 <= i < AttrCount) as NextAttr
// does: lower-cased, valid until the next call to Next.
func (s *Scanner) AttrKey(i int) []byte {
	a := &s.attrs[i]
	if a.foldKey {
		return s.lowerKey(i)
	}
	return s.src[a.key.start:a.key.end:a.key.end]
}

// lowerKey returns the key of attribute i, lower-cased into the Scanner's
// buffer. It is apart from AttrKey, which is inlined: few keys
// hold an upper-case letter.
//
//go:noinline
func (s *Scanner) lowerKey(i int) []byte {
	k := s.attrs[i].key
	var key []byte
	s.attrBuf, key = lowerName(s.attrBuf, s.src[k.start:k.end:k.end])
	return key
}

// AttrValueAt returns the value of attribute i (0 <= i < AttrCount) as
// NextAttr does: decoded, valid until the next call to Next.
func (s *Scanner) AttrValueAt(i int) []byte {
	a := &s.attrs[i]
	val := s.src[a.val.start:a.val.end:a.val.end]
	if first := needsDecode(val, attrMode); first >= 0 {
		return s.decodeAttr(val, first)
	}
	return val
}

// attrMode is how attribute values are decoded.
const attrMode = unescape | inAttr | replaceNUL

// decodeAttr returns val, an attribute value, decoded from its byte first
// on (needsDecode) into the Scanner's buffer. It is apart from
// AttrValueAt, which is inlined: few values need decoding.
//
//go:noinline
func (s *Scanner) decodeAttr(val []byte, first int) []byte {
	s.attrBuf, val = decodeFrom(s.attrBuf, val, first, attrMode)
	return val[:len(val):len(val)]
}

// equalFold reports whether a and b are equal after ASCII lower-casing.
func equalFold(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if ascii.Lower(a[i]) != ascii.Lower(b[i]) {
			return false
		}
	}
	return true
}
