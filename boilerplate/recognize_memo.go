package boilerplate

import "hash/maphash"

// recognizeMemo remembers what Recognize said of the short texts of one
// page. Whole-page text prints its menu, footer and share lines more than
// once (a fifth of the lines Recognize sees in the whole-page text of the
// evaluation pages), and a hash probe costs less than recognising again.
type recognizeMemo struct {
	slots []memoSlot // open addressing; a power of two in size
	used  int        // slots used; at most half of them, so probes end
}

type memoSlot struct {
	text   string
	reason Reason
	used   bool
}

// maxMemoText bounds the texts remembered: repeated lines are short, and
// a long text costs more to hash than a repeat saves.
const maxMemoText = 64

// memoSeed seeds the memo's hash; it is set once, at start.
var memoSeed = maphash.MakeSeed()

// newRecognizeMemo returns a memo for a page of n blocks.
func newRecognizeMemo(n int) *recognizeMemo {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &recognizeMemo{slots: make([]memoSlot, size)}
}

// recognize returns Recognize(text), from the memo when text was seen.
func (m *recognizeMemo) recognize(text string) Reason {
	if len(text) > maxMemoText || 2*m.used >= len(m.slots) {
		return Recognize(text)
	}
	mask := uint64(len(m.slots) - 1)
	i := maphash.String(memoSeed, text) & mask
	for m.slots[i].used {
		if m.slots[i].text == text {
			return m.slots[i].reason
		}
		i = (i + 1) & mask
	}
	r := Recognize(text)
	m.slots[i] = memoSlot{text: text, reason: r, used: true}
	m.used++
	return r
}
