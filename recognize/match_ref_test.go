package recognize

// The cue trie as it was before the flat layout and the view's fill as it
// was before its 8-byte letter path, kept to check that the new ones find
// exactly the same cues in exactly the same views.

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/winnowtext/winnow/internal/runeclass"
)

// trie holds cue phrases. Matching starts only at word starts, so a plain
// trie walk from each word start finds every cue (an Aho-Corasick failure
// function is not needed). The root's children are a dense table; deeper
// nodes have few children, kept in a sorted slice.
type refTrie struct {
	root  [256]int32
	nodes []refTrieNode
}

type refTrieNode struct {
	edges  []refTrieEdge
	dense  *[256]int32 // the edges as a table, for nodes with many children
	groups uint64      // groups of the cues ending here
}

// refDenseEdges is the number of children from which a node gets a table.
const refDenseEdges = 4

// finish builds the tables of nodes with many children.
func (t *refTrie) finish() {
	for i := range t.nodes {
		n := &t.nodes[i]
		if len(n.edges) >= refDenseEdges {
			n.dense = new([256]int32)
			for _, e := range n.edges {
				n.dense[e.b] = e.next
			}
		}
	}
}

type refTrieEdge struct {
	b    byte
	next int32
}

// add inserts a cue. A cue is lower-case words separated by single
// spaces; a trailing "*" makes the last word a prefix (a stem).
func (t *refTrie) add(cue string, g group) {
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
		t.nodes = append(t.nodes, refTrieNode{}) // node 0: "no node"
	}
	cur := t.root[key[0]]
	if cur == 0 {
		t.nodes = append(t.nodes, refTrieNode{})
		cur = int32(len(t.nodes) - 1)
		t.root[key[0]] = cur
	}
	for i := 1; i < len(key); i++ {
		next := t.child(cur, key[i])
		if next == 0 {
			t.nodes = append(t.nodes, refTrieNode{})
			next = int32(len(t.nodes) - 1)
			n := &t.nodes[cur]
			j := 0
			for j < len(n.edges) && n.edges[j].b < key[i] {
				j++
			}
			n.edges = append(n.edges, refTrieEdge{})
			copy(n.edges[j+1:], n.edges[j:])
			n.edges[j] = refTrieEdge{key[i], next}
		}
		cur = next
	}
	t.nodes[cur].groups |= 1 << g
}

func (t *refTrie) child(n int32, b byte) int32 {
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
func (t *refTrie) match(v []byte, h *hits) {
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

// refCueTrie builds the reference trie from the same cues as cues.
func refCueTrie() *refTrie {
	t := &refTrie{}
	for _, c := range captionCues {
		t.add(c, gCaption)
	}
	for _, c := range loginCues {
		t.add(c, gLogin)
	}
	for _, c := range postMetaCues {
		t.add(c, gPostMeta)
	}
	for _, p := range promptCues {
		for _, c := range p.cues {
			t.add(c, p.g)
		}
	}
	for g, cues := range cueTable {
		for _, c := range cues {
			t.add(c, group(g))
		}
	}
	t.finish()
	return t
}

func TestTrieMatchesReference(t *testing.T) {
	ref := refCueTrie()
	check := func(text string) {
		t.Helper()
		var v, w view
		v.fill(text)
		w.refFill(text)
		if v.words != w.words || v.numbers != w.numbers || v.crumbs != w.crumbs || string(v.bytes()) != string(w.bytes()) {
			t.Fatalf("fill(%q) = %q %d %d %d, reference %q %d %d %d", text, v.bytes(), v.words, v.numbers, v.crumbs,
				w.bytes(), w.words, w.numbers, w.crumbs)
		}
		var got, want hits
		cues().match(&v, &got)
		ref.match(v.bytes(), &want)
		if got != want {
			t.Fatalf("match(%q) = %+v, reference %+v", v.bytes(), got, want)
		}
	}
	var words []string
	all := append(cueTable[:], captionCues, loginCues, postMetaCues)
	for _, p := range promptCues {
		all = append(all, p.cues)
	}
	for _, cues := range all {
		for _, c := range cues {
			check(c)
			check(strings.TrimSuffix(c, "*") + "s and more")
			words = append(words, strings.Fields(strings.TrimSuffix(c, "*"))...)
		}
	}
	// The lines of the seed texts and of the golden articles: prompts,
	// credits and prose in the languages of the cue tables and beyond.
	files, _ := filepath.Glob("../testdata/text/*.txt")
	golden, _ := filepath.Glob("../testdata/golden/*.txt")
	if len(files) == 0 || len(golden) == 0 {
		t.Fatal("no texts in ../testdata/text or ../testdata/golden")
	}
	for _, f := range append(files, golden...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			check(strings.TrimSpace(line))
		}
	}
	words = append(words, "a", "the", "x", "12", "ab", "co", "сай", "'", "-", "’", ".", "»", "|", ">", " ", "  ",
		"Internationalisation", "ABCDEFGHIJ", "x1y2", "ё", "Ё", "É", "ÿ", "İ", "Σ", "ς", "ʼ", "·", "٣", "ا", "\u0301",
		"\u0483", "Ǆ", "\xff", "\xc2", "\xd0", strings.Repeat("Long", 30), strings.Repeat("ab ", 60))
	r := rand.New(rand.NewPCG(9, 10))
	var sb strings.Builder
	for k := range 30000 {
		sb.Reset()
		for range r.IntN(12+k%3*40) + 1 {
			w := words[r.IntN(len(words))]
			if r.IntN(4) == 0 && len(w) > 2 {
				w = w[:r.IntN(len(w)-1)+1] // a prefix: cues that almost match
			}
			sb.WriteString(w)
			sb.WriteByte(" -,"[r.IntN(3)])
		}
		check(sb.String())
	}
}

// refFill is fill as it was before the 8-byte letter path.
func (v *view) refFill(text string) {
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
		case !runeclass.GeneralPunct(r) && (unicode.IsLetter(r) || unicode.IsMark(r)):
			r = unicode.ToLower(r)
		case !runeclass.GeneralPunct(r) && unicode.IsDigit(r):
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

func bitIndex(x uint64) int {
	n := 0
	for x > 1 {
		x >>= 1
		n++
	}
	return n
}

// TestViewLetters checks the table filled from the Unicode ranges against
// the unicode package asked about each rune.
func TestViewLetters(t *testing.T) {
	for r := rune(0); r < rune(len(viewLetters)); r++ {
		var want uint16
		switch {
		case r < utf8.RuneSelf, r == 'ʼ':
		case r == 'ё' || r == 'Ё':
			want = 'е'
		case unicode.IsLetter(r) || unicode.IsMark(r):
			want = uint16(unicode.ToLower(r))
		}
		if viewLetters[r] != want {
			t.Errorf("U+%04X: %#x, want %#x", r, viewLetters[r], want)
		}
	}
}
