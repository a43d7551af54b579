package recognize

import (
	"hash/maphash"
	"sync"
)

// Memo remembers what Text said of the short texts of one
// page. Whole-page text prints its menu, footer and share lines more than
// once (a fifth of the lines Text sees in the whole-page text of the
// evaluation pages), and a hash probe costs less than recognising again.
type Memo struct {
	slots []memoSlot // open addressing; a power of two in size
	used  int        // slots used; at most half of them, so probes end
}

// memoSlot is a text and its kind; an empty text marks a free slot
// (the memo does not keep the empty text).
type memoSlot struct {
	text string
	kind Kind
}

// maxMemoText bounds the texts remembered. Text reads up to maxView bytes
// of a text, and a page's passes (the classifier, the section readings,
// the fallbacks) ask again of the same blocks, a paragraph as often as a
// menu line; hashing a text of up to maxView bytes costs a small part of
// reading it. A longer text is only read in part by Text, and costs more
// to hash than a repeat saves.
const maxMemoText = maxView

// memoSeed seeds the memo's hash; it is set once, at start.
var memoSeed = maphash.MakeSeed()

// memoPool keeps memos between pages, so that a page costs no allocation.
var memoPool = sync.Pool{New: func() any { return new(Memo) }}

// maxMemoSlots bounds a memo's table (32 bytes a slot): room for the
// texts of a page of extract's default MaxBlocks. A page of more texts
// fills it and asks Text of the rest, with the same answers.
const maxMemoSlots = 1 << 18

// GetMemo returns an empty memo for a page of n texts; give it
// back with PutMemo. Any n is valid: the memo's size is bounded, so that
// a huge n costs no more memory than a page of 131,072 texts.
func GetMemo(n int) *Memo {
	m := memoPool.Get().(*Memo)
	size := 16
	for size < maxMemoSlots && size/2 < n {
		size *= 2
	}
	if cap(m.slots) < size {
		m.slots = make([]memoSlot, size)
	} else {
		m.slots = m.slots[:size] // clean: PutMemo cleared what was used
	}
	m.used = 0
	return m
}

// PutMemo returns m to the pool; a nil m is ignored.
func PutMemo(m *Memo) {
	if m == nil {
		return
	}
	clear(m.slots) // let the page's texts go
	memoPool.Put(m)
}

// Text returns Text(text), from the memo when text was seen. A nil memo
// remembers nothing.
func (m *Memo) Text(text string) Kind {
	if m == nil || text == "" || len(text) > maxMemoText || 2*m.used >= len(m.slots) {
		return Text(text)
	}
	mask := uint64(len(m.slots) - 1)
	i := maphash.String(memoSeed, text) & mask
	for m.slots[i].text != "" {
		if m.slots[i].text == text {
			return m.slots[i].kind
		}
		i = (i + 1) & mask
	}
	r := Text(text)
	m.slots[i] = memoSlot{text: text, kind: r}
	m.used++
	return r
}
