package recognize

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
	"github.com/winnowtext/winnow/internal/runetab"
	"github.com/winnowtext/winnow/internal/swar"
)

// maxView bounds how much of a text the recognisers read. Boilerplate cues
// sit at the start of a line (a banner, a sign-up prompt, an editor's
// footer), so a long paragraph is judged by its opening; this keeps the
// cost per line flat. Past longView bytes, a text is too long for any rule
// but those that look at its opening, which shortView bytes hold.
const (
	maxView   = 256
	longView  = 300
	shortView = 160
)

// view is a normalised copy of the opening of a text: lower case, "ё"
// folded to "е", typographic apostrophes to "'", every run of other
// non-word runes (spaces, punctuation, hyphens) to one space, words made
// only of digits left out, with one space before the first word and after
// the last. Cue phrases written the same way match at word boundaries.
type view struct {
	buf     [maxView + 16]byte // 8 bytes past the longest view for wordHash's loads
	n       int
	words   int   // words in the view, digits-only words included
	numbers int   // digits-only words (left out of buf)
	crumbs  int   // breadcrumb and menu separators between spaces: > | » › • ·
	marks   uint8 // the viewMarks of the ASCII bytes read
	whole   bool  // the view read all of the text, so marks are all it holds
}

// Marks of viewMarks: ASCII bytes some rules need in a text, so that a text
// the view read whole, without them, is not searched for them again.
const (
	markColon = 1 << iota
	markSlash
	markAt
)

// viewMarks maps each ASCII byte to its mark, or 0.
var viewMarks = func() (t [utf8.RuneSelf]uint8) {
	t[':'], t['/'], t['@'] = markColon, markSlash, markAt
	return t
}()

// lacks reports whether v read all of its text and saw none of the bytes
// of mark m in it.
func (v *view) lacks(m uint8) bool { return v.whole && v.marks&m == 0 }

func (v *view) bytes() []byte { return v.buf[:v.n] }

// viewLetters maps each rune below U+0800 that fill copies into a word as a
// letter to what it copies (its lower case; "е" for "ё"), and every other
// rune to 0: digits, separators and the apostrophe "ʼ" take fill's
// general path.
// It is filled from the ranges of the Unicode tables: asking about each
// rune cost some 700,000 instructions at the start of every process.
var viewLetters = func() (t [0x800]uint16) {
	var letter [len(t)]bool
	runetab.Set(letter[:], true, unicode.Letter, unicode.Mark)
	var lower [len(t)]rune
	runetab.Lower(lower[:])
	for r := rune(utf8.RuneSelf); r < rune(len(t)); r++ {
		switch {
		case r == 'ʼ':
		case r == 'ё' || r == 'Ё':
			t[r] = 'е'
		case letter[r]:
			t[r] = uint16(lower[r])
		}
	}
	return t
}()

// fill normalises the opening of text into v.
func (v *view) fill(text string) {
	limit := maxView
	if len(text) > longView {
		limit = shortView
	}
	v.n, v.words, v.numbers, v.crumbs, v.marks = 0, 0, 0, 0, 0
	v.buf[0] = ' '
	v.n = 1
	wordStart := -1 // index in buf where the current word starts
	digitsOnly := true
	endWord := func() {
		if wordStart < 0 {
			return
		}
		v.words++
		if digitsOnly {
			v.numbers++
			v.n = wordStart
		} else {
			v.buf[v.n] = ' '
			v.n++
		}
		wordStart = -1
	}
	i := 0
	for i < len(text) && v.n < limit {
		c := text[i]
		if l := c | 0x20; l >= 'a' && l <= 'z' {
			// ASCII letters: up to eight at once, lower-cased, as far
			// as the limit.
			if wordStart < 0 {
				wordStart = v.n
			}
			digitsOnly = false
			n := 1
			if i+8 <= len(text) {
				t := text[i : i+8]
				x := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
					uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
				n = int(min(swar.Letters(x), uint(limit-v.n)))
				binary.LittleEndian.PutUint64(v.buf[v.n:v.n+8], x|0x2020202020202020)
			} else {
				v.buf[v.n] = l
			}
			i += n
			v.n += n
			continue
		}
		if c < utf8.RuneSelf {
			i++
			v.marks |= viewMarks[c]
			switch {
			case c >= '0' && c <= '9':
				if wordStart < 0 {
					wordStart, digitsOnly = v.n, true
				}
				v.buf[v.n] = c
				v.n++
				continue
			case c == '\'' && wordStart >= 0:
			case c == '>' || c == '|':
				if i > 1 && text[i-2] == ' ' && i < len(text) && text[i] == ' ' {
					v.crumbs++
				}
				endWord()
				continue
			default:
				endWord()
				continue
			}
			if wordStart < 0 {
				wordStart, digitsOnly = v.n, true
			}
			digitsOnly = false
			v.buf[v.n] = c
			v.n++
			continue
		}
		if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// A two-byte letter (Latin, Greek, Cyrillic, Arabic...):
			// lower-cased by a table.
			if l := viewLetters[rune(c&0x1F)<<6|rune(text[i+1]&0x3F)]; l != 0 {
				i += 2
				if wordStart < 0 {
					wordStart = v.n
				}
				digitsOnly = false
				v.n = len(utf8.AppendRune(v.buf[:v.n], rune(l)))
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		digit := false
		switch {
		case r == '’' || r == 'ʼ':
			if wordStart < 0 {
				continue
			}
			r = '\''
		case r == 'ё' || r == 'Ё':
			r = 'е'
		case runeclass.HangulSyllable(r) || runeclass.HanIdeograph(r):
			// Letters without case, the most of Korean and Chinese
			// text: no table search.
		case !runeclass.GeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r)):
			r = unicode.ToLower(r)
		case !runeclass.GeneralPunct(r) && unicode.IsDigit(r):
			digit = true
		default:
			if (r == '»' || r == '›' || r == '•' || r == '·') && i-size > 0 && text[i-size-1] == ' ' &&
				i < len(text) && text[i] == ' ' {
				v.crumbs++
			}
			endWord()
			continue
		}
		if wordStart < 0 {
			wordStart, digitsOnly = v.n, true
		}
		if !digit {
			digitsOnly = false
		}
		v.n = len(utf8.AppendRune(v.buf[:v.n], r))
	}
	if v.n >= limit && wordStart >= 0 {
		// Cut inside a word: drop the partial word.
		v.n = wordStart
		wordStart = -1
	}
	endWord()
	v.whole = i >= len(text)
	if i < len(text) {
		// The rules judge a text by its length too: estimate the words
		// of the part not read by its spaces.
		v.words += strings.Count(text[i:], " ")
	}
	if v.n > 1 && v.buf[v.n-1] != ' ' {
		v.buf[v.n] = ' '
		v.n++
	}
}

// trie holds the stems of cue phrases (see cueMatcher), byte by byte. A
// walk from a word's first byte finds every stem the word opens.
//
// The trie is laid out flat, its nodes numbered breadth first, so that the
// nodes near the root, which every walk visits, share a few cache lines.
// Each node's children are a table by byte over the range from its least
// to its greatest byte, so a step is a bounds test and a load. Node 0 is the
// root; as a child, 0 stands for none.
type trie struct {
	spans  []uint64 // of each node: its first byte <<spanLow | range << spanLen | offset in next
	next   []uint32 // the children by byte, 0 for none
	groups []uint64 // groups of the cues ending at each node
}

// Fields of a span.
const (
	spanLow = 32 // the least byte with a child
	spanLen = 40 // how many bytes from the least to the greatest with a child
)

// The groups of a cue are bits of a uint64: the build fails if there are
// more than 64.
var _ [64 - numGroups]struct{}

// hits records which cue groups matched where.
type hits struct {
	any   uint64 // matched somewhere
	start uint64 // matched at the first word
	whole uint64 // matched the whole view
	end   uint64 // matched the last words
	count [numGroups]uint8
}

// cueKey is a cue with its group. For buildCueMatcher the key is a cue
// as the tables write it (lower-case words separated by one space, a
// trailing "*" making the last word a stem); for buildTrie it is the
// bytes the trie holds.
type cueKey struct {
	key string
	g   group
}

// buildTrie lays out the trie of keys. Sorted, the keys below a node are a
// run of keys sharing its prefix, so the nodes are made level by level
// from runs, numbered in the order made, which is breadth first.
func buildTrie(keys []cueKey) *trie {
	keys = slices.DeleteFunc(slices.Clone(keys), func(k cueKey) bool { return k.key == "" })
	slices.SortFunc(keys, func(a, b cueKey) int { return strings.Compare(a.key, b.key) })
	t := &trie{groups: []uint64{0}}
	type run struct{ lo, hi, depth int } // keys[lo:hi] share their first depth bytes: one node
	nodes := []run{{0, len(keys), 0}}    // node 0, the root
	for n := 0; n < len(nodes); n++ {
		r := nodes[n]
		i := r.lo
		for i < r.hi && len(keys[i].key) == r.depth {
			i++ // keys ending at this node, sorted first
		}
		var low int
		if i < r.hi {
			low = int(keys[i].key[r.depth])
			size := int(keys[r.hi-1].key[r.depth]) - low + 1
			t.spans = append(t.spans, uint64(low)<<spanLow|uint64(size)<<spanLen|uint64(len(t.next)))
			t.next = append(t.next, make([]uint32, size)...)
		} else {
			t.spans = append(t.spans, 0)
		}
		table := t.next[len(t.next)-int(t.spans[n]>>spanLen):]
		for i < r.hi {
			b := keys[i].key[r.depth]
			j, groups := i, uint64(0)
			for ; j < r.hi && keys[j].key[r.depth] == b; j++ {
				if len(keys[j].key) == r.depth+1 {
					groups |= 1 << keys[j].g
				}
			}
			table[int(b)-low] = uint32(len(nodes))
			nodes = append(nodes, run{i, j, r.depth + 1})
			t.groups = append(t.groups, groups)
			i = j
		}
	}
	return t
}

// child returns the child of node n by byte b, or 0.
func (t *trie) child(n uint32, b byte) uint32 {
	s := t.spans[n]
	if i := uint32(b) - uint32(s>>spanLow&0xFF); i < uint32(s>>spanLen) {
		return t.next[uint32(s)+i]
	}
	return 0
}
