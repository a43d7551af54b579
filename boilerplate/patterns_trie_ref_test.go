package boilerplate

// The cue trie as it was before the flat layout, kept to check that the
// flat trie finds exactly the same cues.

import (
	"math/rand/v2"
	"strings"
	"testing"
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

// refCueTrie builds the reference trie from the same cues as cueTrie.
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
		var v view
		v.fill(text)
		var got, want hits
		cueTrie().match(v.bytes(), &got)
		ref.match(v.bytes(), &want)
		if got != want {
			t.Fatalf("match(%q) = %+v, reference %+v", v.bytes(), got, want)
		}
	}
	var words []string
	for _, cues := range append(cueTable[:], captionCues, loginCues, postMetaCues) {
		for _, c := range cues {
			check(c)
			check(strings.TrimSuffix(c, "*") + "s and more")
			words = append(words, strings.Fields(strings.TrimSuffix(c, "*"))...)
		}
	}
	for seed := range uint64(4) {
		for _, b := range benchPage(seed, seed%2 == 1) {
			check(b.Text)
		}
	}
	words = append(words, "a", "the", "x", "12", "ab", "co", "сай", "'", "-", "’", ".", "»", "|")
	r := rand.New(rand.NewPCG(9, 10))
	var sb strings.Builder
	for range 30000 {
		sb.Reset()
		for range r.IntN(12) + 1 {
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
