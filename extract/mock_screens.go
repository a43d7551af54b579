package extract

import (
	"bytes"

	"github.com/winnowtext/winnow/boilerplate"
	"golang.org/x/net/html/atom"
)

// Shape of a mock screen (see dropMockScreens).
const (
	// mockTabOutMin is the least number of controls taken out of the
	// focus order that a mock screen holds: a sidebar's items, a
	// toolbar's buttons.
	mockTabOutMin = 3
	// mockBlocksMin is the least number of blocks of text it holds.
	mockBlocksMin = 10
	// mockShortWords is the most words of a fragment: a label, a name,
	// a count, a date.
	mockShortWords = 3
)

// isControlTag reports whether a is an element a reader focuses and
// acts on: a link, a button or a form field.
func isControlTag(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Button, atom.Input, atom.Select, atom.Textarea:
		return true
	}
	return false
}

// tabbedOut reports whether attrs take the element out of the focus order:
// tabindex="-1".
func tabbedOut(attrs []attr) bool {
	for i := range attrs {
		if string(attrs[i].key) == "tabindex" {
			return bytes.Equal(bytes.TrimSpace(attrs[i].val), []byte("-1"))
		}
	}
	return false
}

// noteControl counts a control opening in the innermost open node, as
// taken out of the focus order when out says so.
func (s *segmenter) noteControl(out bool) {
	n := &s.nodes[s.top().node]
	if n.controls < 0xffff {
		n.controls++
	}
	if out {
		if n.tabOut < 0xffff {
			n.tabOut++
		}
		s.tabOuts++
	}
}

// dropMockScreens drops the text of the mock screens software pages draw
// in HTML beside their prose: the app's sidebar, an issue with its
// activity, a task list, a timeline of months, all as text. Such a screen
// is a picture: its buttons and links are taken out of the focus order
// (tabindex="-1") so that a keyboard does not wander into it. It is the
// highest element whose controls are nearly all (four in five, at least
// mockTabOutMin) so taken out, narrowed to the one child that holds all
// of these (the section's heading and lead beside it stay), and whose
// blocks, mockBlocksMin or more, are mostly fragments of mockShortWords
// words or fewer: names, labels, counts, not sentences. A carousel takes
// the links of its hidden slides out of the focus order too, but its
// slides are prose; and an element holding half of the page's words or
// more is the page, not a picture on it: the screens are looked for
// inside it.
func dropMockScreens(s *segmenter) {
	if s.tabOuts < mockTabOutMin {
		return
	}
	t := newMockTally(s)
	for n := 0; n < len(s.nodes); {
		if t.tab[n] < mockTabOutMin || 5*t.tab[n] < 4*t.all[n] {
			n++
			continue
		}
		if r := t.narrow(n); t.screen(r) {
			for i := t.lo[r]; i >= 0 && i <= t.hi[r]; i++ {
				if at := s.blockAt[i]; at >= int32(r) && at < t.end[r] && s.blocks[i].Kept {
					s.blocks[i].Drop(boilerplate.ReasonInterface)
				}
			}
			n = int(t.end[n])
			continue
		}
		n++ // the page, or a part of it, around smaller screens
	}
}

// mockTally sums, for every node of a page, over its subtree: its
// controls (all, and those taken out of the focus order), its blocks of
// text (all, and fragments) and their words, the first and last of these
// blocks, and where the subtree ends. It is built once, in time linear
// in the nodes and blocks, so that each node is weighed at once.
type mockTally struct {
	all, tab, blocks, short, words, lo, hi, end []int32
	total                                       int32 // the page's words
}

// newMockTally tallies the nodes and blocks of s.
func newMockTally(s *segmenter) *mockTally {
	n := len(s.nodes)
	buf := make([]int32, 8*n)
	t := &mockTally{all: buf[:n], tab: buf[n : 2*n], blocks: buf[2*n : 3*n], short: buf[3*n : 4*n],
		words: buf[4*n : 5*n], lo: buf[5*n : 6*n], hi: buf[6*n : 7*n], end: buf[7*n:]}
	for i := range t.lo {
		t.lo[i], t.hi[i] = -1, -1
	}
	for i := range s.blocks {
		w := s.blocks[i].Features.Words
		t.total += int32(w)
		at := s.blockAt[i]
		if at < 0 || int(at) >= n {
			continue
		}
		if t.lo[at] < 0 {
			t.lo[at] = int32(i)
		}
		t.hi[at] = int32(i)
		if w > 0 {
			t.blocks[at]++
			t.words[at] += int32(w)
			if w <= mockShortWords {
				t.short[at]++
			}
		}
	}
	for i := n - 1; i >= 0; i-- {
		t.all[i] += int32(s.nodes[i].controls)
		t.tab[i] += int32(s.nodes[i].tabOut)
		p := s.nodes[i].parent
		if p < 0 {
			continue
		}
		t.all[p] += t.all[i]
		t.tab[p] += t.tab[i]
		t.blocks[p] += t.blocks[i]
		t.short[p] += t.short[i]
		t.words[p] += t.words[i]
		if t.lo[i] >= 0 && (t.lo[p] < 0 || t.lo[i] < t.lo[p]) {
			t.lo[p] = t.lo[i]
		}
		t.hi[p] = max(t.hi[p], t.hi[i])
	}
	// A subtree ends at the first later node no deeper than its root.
	var open []int32
	for i := range s.nodes {
		for len(open) > 0 && s.nodes[open[len(open)-1]].depth >= s.nodes[i].depth {
			t.end[open[len(open)-1]] = int32(i)
			open = open[:len(open)-1]
		}
		open = append(open, int32(i))
	}
	for _, o := range open {
		t.end[o] = int32(n)
	}
	return t
}

// narrow goes down from node n into the one child that holds all of its
// controls taken out of the focus order, as long as there is one.
func (t *mockTally) narrow(n int) int {
	for {
		next := -1
		for c := n + 1; c < int(t.end[n]); c = int(t.end[c]) {
			if t.tab[c] == t.tab[n] {
				next = c
				break
			}
		}
		if next < 0 {
			return n
		}
		n = next
	}
}

// screen reports whether node n holds what a screen does (see
// dropMockScreens): mockBlocksMin blocks or more, three in five of them
// fragments, and less than half of the page's words.
func (t *mockTally) screen(n int) bool {
	return t.blocks[n] >= mockBlocksMin && 5*t.short[n] >= 3*t.blocks[n] && 2*t.words[n] < t.total
}
