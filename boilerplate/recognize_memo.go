package boilerplate

import (
	"hash/maphash"
	"sync"
)

// recognizeMemo remembers what Recognize said of the short texts of one
// page. Whole-page text prints its menu, footer and share lines more than
// once (a fifth of the lines Recognize sees in the whole-page text of the
// evaluation pages), and a hash probe costs less than recognising again.
type recognizeMemo struct {
	slots []memoSlot // open addressing; a power of two in size
	used  int        // slots used; at most half of them, so probes end
}

// memoSlot is a text and its reason; an empty text marks a free slot
// (the memo does not keep the empty text).
type memoSlot struct {
	text   string
	reason Reason
}

// maxMemoText bounds the texts remembered: repeated lines are short, and
// a long text costs more to hash than a repeat saves.
const maxMemoText = 64

// memoSeed seeds the memo's hash; it is set once, at start.
var memoSeed = maphash.MakeSeed()

// memoPool keeps memos between pages, so that a page costs no allocation.
var memoPool = sync.Pool{New: func() any { return new(recognizeMemo) }}

// getRecognizeMemo returns an empty memo for a page of n blocks; give it
// back with putRecognizeMemo.
func getRecognizeMemo(n int) *recognizeMemo {
	m := memoPool.Get().(*recognizeMemo)
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(m.slots) < size {
		m.slots = make([]memoSlot, size)
	} else {
		m.slots = m.slots[:size] // clean: putRecognizeMemo cleared what was used
	}
	m.used = 0
	return m
}

// putRecognizeMemo returns m to the pool.
func putRecognizeMemo(m *recognizeMemo) {
	clear(m.slots) // let the page's texts go
	memoPool.Put(m)
}

// recognize returns Recognize(text), from the memo when text was seen.
func (m *recognizeMemo) recognize(text string) Reason {
	if text == "" || len(text) > maxMemoText || 2*m.used >= len(m.slots) {
		return Recognize(text)
	}
	mask := uint64(len(m.slots) - 1)
	i := maphash.String(memoSeed, text) & mask
	for m.slots[i].text != "" {
		if m.slots[i].text == text {
			return m.slots[i].reason
		}
		i = (i + 1) & mask
	}
	r := Recognize(text)
	m.slots[i] = memoSlot{text: text, reason: r}
	m.used++
	return r
}
