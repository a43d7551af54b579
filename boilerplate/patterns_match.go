package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	buf     [maxView + 8]byte
	n       int
	words   int // words in the view, digits-only words included
	numbers int // digits-only words (left out of buf)
	crumbs  int // breadcrumb and menu separators between spaces: > | » › • ·
}

func (v *view) bytes() []byte { return v.buf[:v.n] }

// fill normalises the opening of text into v.
func (v *view) fill(text string) {
	limit := maxView
	if len(text) > longView {
		limit = shortView
	}
	v.n, v.words, v.numbers, v.crumbs = 0, 0, 0, 0
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
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
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
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		switch {
		case r == '’' || r == 'ʼ':
			if wordStart < 0 {
				continue
			}
			r = '\''
		case r == 'ё' || r == 'Ё':
			r = 'е'
		case !generalPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r)):
			r = unicode.ToLower(r)
		case !generalPunct(r) && unicode.IsDigit(r):
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
		if !unicode.IsDigit(r) {
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

// trie holds cue phrases. Matching starts only at word starts, so a plain
// trie walk from each word start finds every cue (an Aho-Corasick failure
// function is not needed). The root's children are a dense table; deeper
// nodes have few children, kept in a sorted slice.
type trie struct {
	root  [256]int32
	nodes []trieNode
}

type trieNode struct {
	edges  []trieEdge
	dense  *[256]int32 // the edges as a table, for nodes with many children
	groups uint64      // groups of the cues ending here
}

// denseEdges is the number of children from which a node gets a table.
const denseEdges = 4

// finish builds the tables of nodes with many children.
func (t *trie) finish() {
	for i := range t.nodes {
		n := &t.nodes[i]
		if len(n.edges) >= denseEdges {
			n.dense = new([256]int32)
			for _, e := range n.edges {
				n.dense[e.b] = e.next
			}
		}
	}
}

type trieEdge struct {
	b    byte
	next int32
}

// hits records which cue groups matched where.
type hits struct {
	any   uint64 // matched somewhere
	start uint64 // matched at the first word
	whole uint64 // matched the whole view
	end   uint64 // matched the last words
	count [numGroups]uint8
}

// add inserts a cue. A cue is lower-case words separated by single
// spaces; a trailing "*" makes the last word a prefix (a stem).
func (t *trie) add(cue string, g group) {
	key := cue
	if strings.HasSuffix(key, "*") {
		key = key[:len(key)-1]
	} else {
		key += " "
	}
	if key == "" {
		return
	}
	if len(t.nodes) == 0 {
		t.nodes = append(t.nodes, trieNode{}) // node 0: "no node"
	}
	cur := t.root[key[0]]
	if cur == 0 {
		t.nodes = append(t.nodes, trieNode{})
		cur = int32(len(t.nodes) - 1)
		t.root[key[0]] = cur
	}
	for i := 1; i < len(key); i++ {
		next := t.child(cur, key[i])
		if next == 0 {
			t.nodes = append(t.nodes, trieNode{})
			next = int32(len(t.nodes) - 1)
			n := &t.nodes[cur]
			j := 0
			for j < len(n.edges) && n.edges[j].b < key[i] {
				j++
			}
			n.edges = append(n.edges, trieEdge{})
			copy(n.edges[j+1:], n.edges[j:])
			n.edges[j] = trieEdge{key[i], next}
		}
		cur = next
	}
	t.nodes[cur].groups |= 1 << g
}

func (t *trie) child(n int32, b byte) int32 {
	node := &t.nodes[n]
	if node.dense != nil {
		return node.dense[b]
	}
	for _, e := range node.edges {
		if e.b == b {
			return e.next
		}
		if e.b > b {
			break
		}
	}
	return 0
}

// match walks the trie from every word start of the view and records the
// groups of all cues found.
func (t *trie) match(v []byte, h *hits) {
	*h = hits{}
	for p := 1; p < len(v); p++ {
		if v[p-1] != ' ' {
			continue
		}
		cur := t.root[v[p]]
		for q := p + 1; cur != 0; q++ {
			if g := t.nodes[cur].groups; g != 0 {
				h.any |= g
				if q == len(v) {
					h.end |= g
				}
				if p == 1 {
					h.start |= g
					if q == len(v) {
						h.whole |= g
					}
				}
				for g != 0 {
					i := bitIndex(g & -g)
					if h.count[i] < 255 {
						h.count[i]++
					}
					g &= g - 1
				}
			}
			if q >= len(v) {
				break
			}
			cur = t.child(cur, v[q])
		}
	}
}

func bitIndex(x uint64) int {
	n := 0
	for x > 1 {
		x >>= 1
		n++
	}
	return n
}
