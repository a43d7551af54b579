package htmlscan

import "github.com/winnowtext/winnow/internal/ascii"

// linearKeys is the number of attributes up to which duplicate keys are
// found by comparing with each earlier key; beyond it a hash table keeps
// hostile tags with thousands of attributes linear.
const linearKeys = 8

// keySet detects duplicate attribute keys of one tag. It is an open
// addressing table of indexes into Scanner.attrs, built only for tags with
// more than linearKeys attributes and reused between tags.
type keySet struct {
	slots []int32 // 1 + index into Scanner.attrs; 0 is an empty slot
}

// reset empties the set for a new tag.
func (k *keySet) reset() {
	k.slots = k.slots[:0]
}

// add reports whether key (a span of s.src) differs from the keys of
// s.attrs, case-insensitively, and if so records it as the key of the
// attribute about to be appended at index len(s.attrs).
func (k *keySet) add(s *Scanner, key span) bool {
	n := len(s.attrs)
	if n < linearKeys {
		// Keys of another length, nearly all, are told apart without
		// being sliced.
		size := key.end - key.start
		for i := range s.attrs {
			a := &s.attrs[i]
			if a.key.end-a.key.start == size && equalFold(s.src[a.key.start:a.key.end], s.src[key.start:key.end]) {
				return false
			}
		}
		return true
	}
	kb := s.src[key.start:key.end]
	if 2*(n+1) > len(k.slots) {
		k.rebuild(s)
	}
	mask := len(k.slots) - 1
	for h := int(hashFold(kb)) & mask; ; h = (h + 1) & mask {
		idx := k.slots[h]
		if idx == 0 {
			k.slots[h] = int32(n + 1)
			return true
		}
		a := s.attrs[idx-1]
		if equalFold(s.src[a.key.start:a.key.end], kb) {
			return false
		}
	}
}

// rebuild sizes the table for twice the current attributes and inserts
// them; they are distinct already.
func (k *keySet) rebuild(s *Scanner) {
	size := 32
	for size < 4*(len(s.attrs)+1) {
		size *= 2
	}
	if cap(k.slots) >= size {
		k.slots = k.slots[:size]
		clear(k.slots)
	} else {
		k.slots = make([]int32, size)
	}
	mask := size - 1
	for i, a := range s.attrs {
		h := int(hashFold(s.src[a.key.start:a.key.end])) & mask
		for k.slots[h] != 0 {
			h = (h + 1) & mask
		}
		k.slots[h] = int32(i + 1)
	}
}

// hashFold is FNV-1a over the ASCII lower-cased bytes of b.
func hashFold(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(ascii.Lower(c))
		h *= 16777619
	}
	return h
}
