package recognize

import (
	"encoding/binary"
	"math/bits"
	"strings"

	"github.com/winnowtext/winnow/internal/wyhash"
)

// cueMatcher finds the cue phrases in a view a word at a time. A phrase is
// a path of words from the start node; a phrase whose last word is a stem
// ends in a small byte trie of the stems that continue from its node.
//
// A word is hashed with a few 8-byte loads and one multiply per load, and a
// bit filter of the (node, word) edges turns most words of a text away
// with one load from a few cache lines: the words that open a cue are a
// small part of any vocabulary. Walking a byte trie instead costs a step,
// often a cache miss, per byte of every word that shares a prefix with a
// cue.
type cueMatcher struct {
	filter [1 << edgeFilterBits / 64]uint64 // a bit per edge, by the top bits of its key
	keys   []uint64                         // the edges' keys, open addressing; 0 is empty
	child  []uint32                         // the node each edge leads to
	groups []uint64                         // of each node: groups of the phrases ending there
	stems  []*trie                          // of each node: stems of the phrases continuing from it, or nil
	// rootStems has a bit for the hash of the first bytes (stemMask) of
	// each stem of the start node, so that most words skip the stem trie.
	rootStems [1 << 16 / 64]uint64
	stemMask  uint32 // the first 1 to 4 bytes: as many as the shortest stem of the start node has
}

// edgeFilterBits sizes the edge filter: 2^16 bits, 8 KB, for some
// thousands of edges.
const edgeFilterBits = 16

// wordHash hashes the word that starts at b[p] and ends at the next
// space, and returns the hash and the index of that space. Words hold no
// space and the view ends with one; b must be readable for 7 bytes past
// the space.
func wordHash(b []byte, p int) (uint64, int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	h := uint64(wyhash.K0)
	for i := p; ; i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		y := x ^ ' '*ones // a zero byte where x has a space
		if sp := (y - ones) &^ y & highs; sp != 0 {
			// Borrows reach only the bytes above the first zero
			// byte, so the lowest flagged byte is the first space.
			n := bits.TrailingZeros64(sp) / 8
			if n > 0 {
				h = wyhash.Mix(h^(x&(1<<(8*n)-1)), wyhash.K1)
			}
			end := i + n
			return wyhash.Mix(h, wyhash.K2^uint64(end-p)), end
		}
		h = wyhash.Mix(h^x, wyhash.K1)
	}
}

// edgeKey is the key of the edge from node n by a word of hash w; never 0.
func edgeKey(n uint32, w uint64) uint64 {
	return wyhash.Mix(w^wyhash.K3, uint64(n)+wyhash.K0) | 1
}

// next returns the node reached from n by a word of hash w, or 0.
func (m *cueMatcher) next(n uint32, w uint64) uint32 {
	k := edgeKey(n, w)
	if f := k >> (64 - edgeFilterBits); m.filter[f/64]&(1<<(f%64)) == 0 {
		return 0
	}
	mask := uint64(len(m.keys) - 1)
	for i := k & mask; m.keys[i] != 0; i = (i + 1) & mask {
		if m.keys[i] == k {
			return m.child[i]
		}
	}
	return 0
}

// match records in h the groups of every cue phrase that v holds,
// starting at any word.
func (m *cueMatcher) match(v *view, h *hits) {
	*h = hits{}
	b := v.buf[:]
	n := v.n
	for p := 1; p < n; {
		first := p == 1
		if r := m.stemFilter(b, p); m.rootStems[r/64]&(1<<(r%64)) != 0 {
			m.stems[0].matchStems(b[:n], p, first, h)
		}
		w, wordEnd := wordHash(b, p)
		node, end := m.next(0, w), wordEnd
		for node != 0 {
			// The phrase covers b[p:end], and end is a space.
			if g := m.groups[node]; g != 0 {
				h.add(g, first, end+1 == n)
			}
			if end+1 >= n {
				break
			}
			if s := m.stems[node]; s != nil {
				s.matchStems(b[:n], end+1, first, h)
			}
			w, end = wordHash(b, end+1)
			node = m.next(node, w)
		}
		p = wordEnd + 1
	}
}

// stemFilter returns the bit of rootStems for a word that starts at b[p]:
// a hash of its first bytes (stemMask), which for a short word include the
// space after it, as no stem does.
func (m *cueMatcher) stemFilter(b []byte, p int) uint32 {
	return binary.LittleEndian.Uint32(b[p:]) & m.stemMask * 0x9E3779B1 >> 16
}

// matchStems records the groups of the stems of t that the word at v[p]
// opens; the phrase they end started at the first word if first.
func (t *trie) matchStems(v []byte, p int, first bool, h *hits) {
	cur := t.child(0, v[p])
	for q := p + 1; cur != 0; q++ {
		if g := t.groups[cur]; g != 0 {
			h.add(g, first, q == len(v))
		}
		if q >= len(v) {
			break
		}
		cur = t.child(cur, v[q])
	}
}

// add records a match of groups g; first if it started at the first word,
// last if it ended with the last.
func (h *hits) add(g uint64, first, last bool) {
	h.any |= g
	if last {
		h.end |= g
	}
	if first {
		h.start |= g
		if last {
			h.whole |= g
		}
	}
	for g != 0 {
		i := bits.TrailingZeros64(g)
		if h.count[i] < 255 {
			h.count[i]++
		}
		g &= g - 1
	}
}

// buildCueMatcher builds the matcher of cues, written as the cue tables
// write them: the words of a cue but a stem are a path of edges, and a
// stem goes to the stem trie of the node its path reaches.
func buildCueMatcher(cues []cueKey) *cueMatcher {
	m := &cueMatcher{groups: []uint64{0}}
	// The edges are fewer than the words of the cues: the table is sized
	// for the words, at most half full.
	words := 0
	for _, c := range cues {
		words += strings.Count(c.key, " ") + 1
	}
	size := 1
	for size < 2*words {
		size *= 2
	}
	mask := uint64(size - 1)
	m.keys, m.child = make([]uint64, size), make([]uint32, size)
	// into holds, for each node but the start, the edge that leads to
	// it, to catch two edges whose keys are alike.
	type edge struct {
		from uint32
		word string
	}
	into := make([]edge, 1, words+1)
	stemKeys := map[uint32][]cueKey{}
	var buf []byte
	for _, c := range cues {
		text, isStem := strings.CutSuffix(c.key, "*")
		if text == "" {
			continue
		}
		// buf holds the text between spaces, padded so that wordHash
		// reads each word where it is.
		buf = append(append(append(buf[:0], ' '), text...), " \x00\x00\x00\x00\x00\x00\x00"...)
		node, p := uint32(0), 0
		for {
			end := strings.IndexByte(text[p:], ' ')
			if end < 0 {
				end = len(text)
			} else {
				end += p
			}
			if end == len(text) && isStem {
				stemKeys[node] = append(stemKeys[node], cueKey{text[p:], c.g})
				break
			}
			e := edge{node, text[p:end]}
			w, _ := wordHash(buf, 1+p)
			k := edgeKey(node, w)
			i := k & mask
			for m.keys[i] != 0 && m.keys[i] != k {
				i = (i + 1) & mask
			}
			if m.keys[i] == 0 {
				m.keys[i], m.child[i] = k, uint32(len(m.groups))
				f := k >> (64 - edgeFilterBits)
				m.filter[f/64] |= 1 << (f % 64)
				m.groups = append(m.groups, 0)
				into = append(into, e)
			} else if into[m.child[i]] != e {
				panic("recognize: two cue words hash alike: " + e.word)
			}
			node = m.child[i]
			if end == len(text) {
				m.groups[node] |= 1 << c.g
				break
			}
			p = end + 1
		}
	}

	m.stems = make([]*trie, len(m.groups))
	for node, ks := range stemKeys {
		m.stems[node] = buildTrie(ks)
	}
	prefix := 4
	for _, k := range stemKeys[0] {
		prefix = min(prefix, len(k.key))
	}
	m.stemMask = uint32(1<<(8*prefix) - 1)
	var pad [8]byte
	for _, k := range stemKeys[0] {
		r := m.stemFilter(append([]byte(k.key), pad[:]...), 0)
		m.rootStems[r/64] |= 1 << (r % 64)
	}
	if m.stems[0] == nil {
		m.stems[0] = buildTrie(nil)
	}
	return m
}
